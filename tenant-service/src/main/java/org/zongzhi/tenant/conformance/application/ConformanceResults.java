package org.zongzhi.tenant.conformance.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.conformance.domain.Ranking;
import org.zongzhi.tenant.conformance.domain.Refusal;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore;
import org.zongzhi.tenant.conformance.infrastructure.CenterFacts;

/**
 * Rankings and 达标率 over final scorecards of one version, within a subtree the caller heads (its own center
 * or one below it): a center never ranks its siblings, its parent does.
 */
@Service
public class ConformanceResults {

    private final AssessmentStore store;
    private final CenterFacts centers;
    private final Transactions tx;

    ConformanceResults(AssessmentStore store, CenterFacts centers, Transactions tx) {
        this.store = store;
        this.centers = centers;
        this.tx = tx;
    }

    public record RankedCenter(
            int rank,
            String center,
            String name,
            BigDecimal percent,
            BigDecimal awarded,
            BigDecimal points,
            String grade,
            boolean passing) {}

    /** One page of the ranking; ranks are over all {@code total} centers. */
    public record RankingView(
            String root,
            Level level,
            int standardVersion,
            long total,
            int page,
            int size,
            List<RankedCenter> centers) {}

    public static final int MAX_PAGE_SIZE = 1000;

    public record ChildRate(String center, String name, long assessed, long passing, BigDecimal rate) {}

    /** @param overall over every assessed center of the subtree; children: the same per child of the root */
    public record RateView(
            String root,
            int standardVersion,
            Level level,
            long assessed,
            long passing,
            BigDecimal rate,
            List<ChildRate> children) {}

    public RankingView ranking(Caller caller, TenantCode root, Level level, int version, int page, int size) {
        check(caller, root, level);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusal.invalid("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return tx.run(() -> {
            List<Ranking.Ranked> all = Ranking.rank(store.finalResults(root, level, version));
            List<Ranking.Ranked> ranked = all.subList((int) Math.min((long) page * size, all.size()), (int)
                    Math.min((long) page * size + size, all.size()));
            Map<String, String> names =
                    centers.names(ranked.stream().map(r -> r.result().center()).toList());
            return new RankingView(
                    root.value(),
                    level,
                    version,
                    all.size(),
                    page,
                    size,
                    ranked.stream()
                            .map(r -> new RankedCenter(
                                    r.rank(),
                                    r.result().center(),
                                    names.get(r.result().center()),
                                    r.result().percent(),
                                    r.result().awarded(),
                                    r.result().points(),
                                    r.result().grade(),
                                    r.result().passing()))
                            .toList());
        });
    }

    /** 达标率 of the subtree and of each child of the root, of one level or of every level below the root. */
    public RateView rate(Caller caller, TenantCode root, Level level, int version) {
        if (level != null) {
            check(caller, root, level);
        } else if (!root.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + root + " in your part of the tree.");
        }
        if (root.level() == Level.VILLAGE) {
            throw Refusal.invalid("A village has no centers below it to count.");
        }
        return tx.run(() -> {
            List<Ranking.Result> results =
                    level == null ? store.finalResults(root, version) : store.finalResults(root, level, version);
            Ranking.Rate overall = Ranking.rate(results);
            int childLength = Level.values()[root.level().ordinal() + 1].codeLength();
            Map<String, List<Ranking.Result>> byChild = new LinkedHashMap<>();
            for (Ranking.Result r : results) {
                byChild.computeIfAbsent(r.center().substring(0, childLength), k -> new ArrayList<>())
                        .add(r);
            }
            Map<String, String> names = centers.names(new ArrayList<>(byChild.keySet()));
            var children = new ArrayList<ChildRate>();
            byChild.forEach((child, list) -> {
                Ranking.Rate rate = Ranking.rate(list);
                children.add(new ChildRate(child, names.get(child), rate.centers(), rate.passing(), rate.rate()));
            });
            return new RateView(
                    root.value(), version, level, overall.centers(), overall.passing(), overall.rate(), children);
        });
    }

    private static void check(Caller caller, TenantCode root, Level level) {
        if (!root.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + root + " in your part of the tree.");
        }
        if (level == null || level.ordinal() <= root.level().ordinal()) {
            throw Refusal.invalid("level must be a level below " + root + " (" + root.level() + "), e.g. "
                    + (root.level() == Level.VILLAGE
                            ? "none"
                            : Level.values()[root.level().ordinal() + 1]));
        }
    }
}
