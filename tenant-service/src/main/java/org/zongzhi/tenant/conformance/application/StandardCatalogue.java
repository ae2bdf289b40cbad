package org.zongzhi.tenant.conformance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.conformance.domain.AppliedItem;
import org.zongzhi.tenant.conformance.domain.ConformancePolicy;
import org.zongzhi.tenant.conformance.domain.EffectiveStandard;
import org.zongzhi.tenant.conformance.domain.Refusal;
import org.zongzhi.tenant.conformance.domain.StandardDocument;
import org.zongzhi.tenant.conformance.domain.StandardVersion;
import org.zongzhi.tenant.conformance.domain.Tailoring;
import org.zongzhi.tenant.conformance.domain.VersionStatus;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore.Stored;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore.StoredTailoring;

/**
 * The standard's versions (authored and published by the province) and the tailorings of cities and
 * counties. Drafts are the province's own; every center reads published and retired versions.
 */
@Service
public class StandardCatalogue {

    private final StandardStore store;
    private final Transactions tx;

    StandardCatalogue(StandardStore store, Transactions tx) {
        this.store = store;
        this.tx = tx;
    }

    /** A new draft: a copy of an existing version, or the given content. */
    public record CreateDraft(Integer copyOf, StandardDocument document) {}

    /** The items as they apply to one center: its level, the tailorings above it, each item's rule. */
    public record Effective(
            int version, String center, Level level, List<String> tailoredBy, List<AppliedItem> items) {}

    public List<Stored> versions(Caller caller) {
        boolean author = isAuthor(caller);
        return tx.run(() -> store.all().stream()
                .filter(s -> author || s.version().status() != VersionStatus.DRAFT)
                .toList());
    }

    public Stored version(Caller caller, int number) {
        return tx.run(() -> visible(caller, number));
    }

    public Stored createDraft(Caller caller, CreateDraft request) {
        ConformancePolicy.requireAuthor(caller);
        return tx.run(() -> {
            StandardDocument document;
            if (request != null && request.copyOf() != null) {
                document = store.find(request.copyOf())
                        .orElseThrow(() -> Refusal.invalid("There is no version " + request.copyOf() + " to copy."))
                        .version()
                        .document();
            } else if (request != null && request.document() != null) {
                document = request.document();
            } else {
                throw Refusal.invalid("Give either copyOf (the number of a version to start from) or a document.");
            }
            int number = store.nextNumber();
            store.insert(StandardVersion.draft(number, document), caller.username());
            return store.find(number).orElseThrow();
        });
    }

    public Stored revise(Caller caller, int number, StandardDocument document) {
        ConformancePolicy.requireAuthor(caller);
        if (document == null) {
            throw Refusal.invalid("The request body must be the version's document (title, dimensions, items, bands).");
        }
        return tx.run(() -> {
            StandardVersion revised = existing(number).revise(document);
            store.update(revised, caller.username());
            return store.find(number).orElseThrow();
        });
    }

    public Stored publish(Caller caller, int number, LocalDate effectiveFrom) {
        ConformancePolicy.requireAuthor(caller);
        return tx.run(() -> {
            store.update(existing(number).publish(effectiveFrom), caller.username());
            return store.find(number).orElseThrow();
        });
    }

    public Stored retire(Caller caller, int number) {
        ConformancePolicy.requireAuthor(caller);
        return tx.run(() -> {
            store.update(existing(number).retire(), caller.username());
            return store.find(number).orElseThrow();
        });
    }

    /** A tailoring, readable by its owner, the centers above it and the centers below it. */
    public StoredTailoring tailoring(Caller caller, int number, TenantCode owner) {
        requireReachable(caller, owner);
        return tx.run(() -> {
            visible(caller, number);
            return store.tailoring(number, owner)
                    .orElseThrow(() -> Refusal.notFound(owner + " has not tailored version " + number + "."));
        });
    }

    /** Every tailoring of a version the caller can read. */
    public List<StoredTailoring> tailorings(Caller caller, int number) {
        return tx.run(() -> {
            visible(caller, number);
            return store.tailorings(number);
        });
    }

    /** Replaces the owner's tailoring of a published version; refused when it would loosen anything. */
    public StoredTailoring tailor(Caller caller, int number, TenantCode owner, Tailoring proposed) {
        if (!owner.isWithin(caller.tenant()) && !caller.tenant().isWithin(owner)) {
            throw Refusal.notFound("There is no center " + owner + " in your part of the tree.");
        }
        ConformancePolicy.requireTailor(caller, owner);
        var tailoring = new Tailoring(
                owner,
                proposed == null ? List.of() : proposed.additions(),
                proposed == null ? List.of() : proposed.tightenings());
        return tx.run(() -> {
            // A published version never changes, so it is read without a lock (which only the province may take).
            StandardVersion version = store.find(number)
                    .orElseThrow(() -> Refusal.notFound("There is no version " + number + " of the standard."))
                    .version();
            version.requireOpenForRounds();
            List<Tailoring> above = store.chain(number, tailoringOwnersAbove(owner));
            List<String> problems =
                    EffectiveStandard.of(version.document(), above).problems(version.document(), tailoring);
            if (!problems.isEmpty()) {
                throw Refusal.invalid("The tailoring of " + owner + " was refused: " + String.join("; ", problems));
            }
            return store.saveTailoring(number, tailoring, caller.username());
        });
    }

    /** The items as they apply to {@code center}, which must be the caller's or within its subtree. */
    public Effective effective(Caller caller, int number, TenantCode center) {
        if (!center.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + center + " in your part of the tree.");
        }
        if (center.level() == Level.PROVINCE) {
            throw Refusal.invalid("The province is not assessed against the standard; ask for a city or below.");
        }
        return tx.run(() -> {
            StandardVersion version = visible(caller, number).version();
            List<Tailoring> chain = store.chain(number, tailoringOwnersAbove(center));
            return new Effective(
                    number,
                    center.value(),
                    center.level(),
                    chain.stream().map(t -> t.owner().value()).toList(),
                    EffectiveStandard.of(version.document(), chain).at(center.level()));
        });
    }

    /** The cities and counties above a center (top first), whose tailorings apply to it. */
    static List<TenantCode> tailoringOwnersAbove(TenantCode center) {
        var owners = new ArrayList<TenantCode>();
        for (TenantCode ancestor : center.ancestors()) {
            if (ancestor.level() == Level.CITY || ancestor.level() == Level.COUNTY) {
                owners.add(ancestor);
            }
        }
        return owners;
    }

    StandardVersion existing(int number) {
        return store.findForUpdate(number)
                .orElseThrow(() -> Refusal.notFound("There is no version " + number + " of the standard."))
                .version();
    }

    private Stored visible(Caller caller, int number) {
        Stored stored = store.find(number)
                .orElseThrow(() -> Refusal.notFound("There is no version " + number + " of the standard."));
        if (stored.version().status() == VersionStatus.DRAFT && !isAuthor(caller)) {
            throw Refusal.notFound("There is no version " + number + " of the standard.");
        }
        return stored;
    }

    private static boolean isAuthor(Caller caller) {
        return caller.tenant().level() == Level.PROVINCE && caller.hasRole("province-admin");
    }

    private static void requireReachable(Caller caller, TenantCode center) {
        if (!center.isWithin(caller.tenant()) && !caller.tenant().isWithin(center)) {
            throw Refusal.notFound("There is no center " + center + " in your part of the tree.");
        }
    }
}
