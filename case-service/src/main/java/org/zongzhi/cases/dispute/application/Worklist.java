package org.zongzhi.cases.dispute.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * The caller's 待办: what waits for them (scope {@code mine}) or for their whole center ({@code center}),
 * soonest due first. Four kinds: cases they are responsible for, tasks assigned to them by name (also on
 * other centers' cases, see {@link CoHandling}), transfers waiting for their center to accept or return,
 * and supervision orders their center has to answer. Everything but the named tasks is read under
 * row-level security and limited to what the caller's center holds, so a parent, a child or a sibling
 * never sees another center's work.
 */
@Service
public class Worklist {

    public static final int MAX_SIZE = 100;

    private final WorklistReads reads;
    private final TransactionTemplate transactions;

    Worklist(WorklistReads reads, TransactionTemplate transactions) {
        this.reads = reads;
        this.transactions = transactions;
    }

    public enum Scope {
        MINE,
        CENTER
    }

    public enum Kind {
        RESPONSIBLE,
        TASK,
        TRANSFER,
        SUPERVISION
    }

    /** One thing to do; {@code taskId} and {@code orderId} are set for tasks and supervision orders. */
    public record WorkItem(
            Kind kind,
            UUID caseId,
            String code,
            String title,
            String status,
            String statusLabel,
            String warning,
            Instant dueAt,
            UUID taskId,
            UUID orderId,
            String detail) {}

    public record WorklistPage(List<WorkItem> items, Map<Kind, Long> counts, int page, int size, boolean hasNext) {}

    /** The store side. {@code namedTasks} and {@code countNamedTasks} run as a system job. */
    public interface WorklistReads {

        /** What the caller's center holds, of the given kinds, soonest due first, at most {@code limit}. */
        List<WorkItem> held(Caller caller, Scope scope, List<Kind> kinds, int limit);

        Map<Kind, Long> countHeld(Caller caller, Scope scope);

        /** Open tasks naming this user as mediator, on any center's case. */
        List<WorkItem> namedTasks(String username, int limit);

        long countNamedTasks(String username);
    }

    public WorklistPage of(Caller caller, String scopeParameter, String kindParameter, int page, int size) {
        Scope scope = parse("scope", scopeParameter, Scope.class, Scope.MINE);
        Kind kind = parse("kind", kindParameter, Kind.class, null);
        if (page < 0) {
            throw new InvalidField("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "size is between 1 and " + MAX_SIZE);
        }
        int limit = (page + 1) * size + 1;
        boolean namedTasks = scope == Scope.MINE && (kind == null || kind == Kind.TASK);
        List<Kind> heldKinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if ((kind == null || kind == k) && !(scope == Scope.MINE && k == Kind.TASK)) {
                heldKinds.add(k);
            }
        }
        List<WorkItem> items = new ArrayList<>();
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        transactions.executeWithoutResult(tx -> {
            if (!heldKinds.isEmpty()) {
                items.addAll(reads.held(caller, scope, heldKinds, limit));
            }
            counts.putAll(reads.countHeld(caller, scope));
        });
        TenantScope.asSystem("the tasks naming the caller as mediator, on any center's case", () -> {
            transactions.executeWithoutResult(tx -> {
                if (namedTasks) {
                    items.addAll(reads.namedTasks(caller.username(), limit));
                }
                if (scope == Scope.MINE) {
                    counts.put(Kind.TASK, reads.countNamedTasks(caller.username()));
                }
            });
            return null;
        });
        items.sort(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::caseId));
        int from = Math.min(items.size(), page * size);
        int to = Math.min(items.size(), from + size);
        Map<Kind, Long> allCounts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            allCounts.put(k, counts.getOrDefault(k, 0L));
        }
        return new WorklistPage(List.copyOf(items.subList(from, to)), allCounts, page, size, items.size() > to);
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(
                    field,
                    field + "=" + value + " is not one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()
                            + " (in any case)");
        }
    }
}
