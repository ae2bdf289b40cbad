package org.zongzhi.cases.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.domain.TimeLimits;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Recomputes the warning colour of every open case whose next threshold has passed, and has the parent
 * center supervise each case that turns red. Each round is one transaction of set-based SQL over at most
 * {@link WarningScanProperties#batch()} cases (locked with SKIP LOCKED so that people working on a case
 * are never blocked), repeated until no case is due; a transaction-level advisory lock keeps a second
 * replica from scanning at the same time. Every changed case gets a new version, its snapshot updated
 * and an event in the outbox, in the same statement.
 *
 * <p>The colour rule mirrors {@code Deadline.colourAt}; the issuer is the holder's parent, as in
 * {@code Case.supervisor()} (the province supervises nobody above it).
 */
@Component
public class WarningScan {

    /** The advisory lock that makes one replica scan at a time ("case-service warning scan"). */
    static final long LOCK = 0x6361_7365_7761_726EL;

    private static final String COLOUR_LABEL = Arrays.stream(WarningColour.values())
            .map(c -> "when '" + c.name() + "' then '" + c.label() + "'")
            .collect(Collectors.joining(" ", "case d.colour ", " end"));

    private static final String ROUND = """
            with picked as (
                select c.id, c.warning as old_warning,
                       case when :now >= c.due_at then 'RED' when :now >= c.yellow_at then 'YELLOW'
                            when :now >= c.blue_at then 'BLUE' else 'NONE' end as colour
                  from cases c
                 where c.next_warning_at <= :now
                 order by c.next_warning_at
                 limit :batch
                   for update skip locked
            ),
            decided as (
                select p.*, c.holder, division_parent(c.holder) as issuer, gen_random_uuid() as order_id,
                       (p.colour = 'RED' and p.old_warning <> 'RED' and length(c.holder) > 2) as supervise,
                       c.snapshot ->> 'statusLabel' as status_label
                  from picked p join cases c on c.id = p.id
            ),
            changed as (
                update cases c
                   set warning = d.colour,
                       next_warning_at = case d.colour when 'NONE' then c.blue_at when 'BLUE' then c.yellow_at
                                                       when 'YELLOW' then c.due_at end,
                       version = c.version + 1,
                       updated_at = :now,
                       snapshot = c.snapshot
                           || jsonb_build_object('warning', d.colour, 'warningLabel', COLOUR_LABEL,
                                                 'version', c.version + 1, 'updatedAt', :nowText)
                           || case when d.supervise then jsonb_build_object('supervisions',
                                  coalesce(c.snapshot -> 'supervisions', '[]'::jsonb) || jsonb_build_array(
                                      jsonb_build_object('id', d.order_id, 'issuer', d.issuer, 'target', d.holder,
                                          'reason', '超期预警：' || d.status_label || '环节已超过办理时限',
                                          'issuedAt', :nowText, 'responseDue', :dueText, 'response', null,
                                          'respondedAt', null, 'respondedBy', null)))
                              else '{}'::jsonb end
                  from decided d
                 where c.id = d.id
             returning c.id, c.holder, c.version, c.snapshot, d.colour, d.supervise, d.order_id, d.issuer,
                       d.status_label
            ),
            orders as (
                insert into case_supervision (id, case_id, issuer, target, reason, issued_at, response_due)
                select order_id, id, issuer, holder, '超期预警：' || status_label || '环节已超过办理时限', :now, :due
                  from changed where supervise
            ),
            lines as (
                insert into case_timeline (case_id, at, actor, actor_center, action, summary, from_status, to_status)
                select id, :now, 'system', issuer, 'supervise',
                       '超期自动督办：' || issuer || ' 向 ' || holder || ' 发出督办单，请于 ' || :dueLocal || ' 前回复',
                       null, snapshot ->> 'status'
                  from changed where supervise
            ),
            events as (
                insert into case_outbox (id, type, tenant, aggregate_id, version, occurred_at, payload)
                select gen_random_uuid(), case when supervise then 'CaseSupervisionOrdered' else 'CaseWarningChanged' end,
                       case when supervise then issuer else holder end, id, version, :now, snapshot
                  from changed
            )
            select count(*) as changed, count(*) filter (where supervise) as supervised from changed
            """.replace("COLOUR_LABEL", COLOUR_LABEL);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TimeLimits limits;
    private final Clock clock;
    private final WarningScanProperties properties;

    WarningScan(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            TimeLimits limits,
            Clock clock,
            WarningScanProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
        this.properties = properties;
    }

    /** What one scan did: cases whose colour changed, supervision orders issued, and whether it ran at all. */
    public record Result(long changed, long supervised, boolean ran) {}

    /** Scans until no case is due, unless another replica is scanning. */
    public Result scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long changed = 0;
        long supervised = 0;
        while (true) {
            Result round = TenantScope.asSystem("warning scan", () -> transactions.execute(tx -> round(now)));
            if (!round.ran()) {
                return new Result(changed, supervised, changed > 0);
            }
            changed += round.changed();
            supervised += round.supervised();
            if (round.changed() < properties.batch()) {
                return new Result(changed, supervised, true);
            }
        }
    }

    private Result round(Instant now) {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", LOCK)
                .query(Boolean.class)
                .single();
        if (!locked) {
            return new Result(0, 0, false);
        }
        Instant due = limits.supervisionResponseDue(now);
        return jdbc.sql(ROUND)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("nowText", now.toString())
                .param("due", OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
                .param("dueText", due.toString())
                .param("dueLocal", LOCAL.format(due.atZone(limits.calendar().zone())))
                .param("batch", properties.batch())
                .query((rs, n) -> new Result(rs.getLong("changed"), rs.getLong("supervised"), true))
                .single();
    }
}
