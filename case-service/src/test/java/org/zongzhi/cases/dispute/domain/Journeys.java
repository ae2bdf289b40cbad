package org.zongzhi.cases.dispute.domain;

import static org.zongzhi.cases.fixtures.Cases.MONDAY_MORNING;
import static org.zongzhi.cases.fixtures.Cases.act;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zongzhi.cases.dispute.domain.Outcome.Agreement;
import org.zongzhi.cases.fixtures.Cases;
import org.zongzhi.cases.fixtures.Centers;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/** Drives a neighbours' quarrel taken in at the Handian township center to any status of the loop. */
final class Journeys {

    static final TenantCode TOWNSHIP = Centers.HANDIAN;
    static final Caller CLERK = Centers.clerkOf(TOWNSHIP);
    static final Caller MEDIATOR = Centers.mediatorOf(TOWNSHIP);
    static final Caller COUNTY = Centers.adminOf(Centers.SHANGDANG);

    private Journeys() {}

    static Instant minutes(int n) {
        return MONDAY_MORNING.plus(Duration.ofMinutes(n));
    }

    static Case in(CaseStatus status) {
        Case c = Cases.reported(Cases.neighbourQuarrel(), CLERK, MONDAY_MORNING);
        switch (status) {
            case REPORTED -> {}
            case TRANSFERRING -> c.escalate(act(CLERK, minutes(5)), "本镇无法调处");
            default -> {
                c.file(act(CLERK, minutes(5)), null, "属人民调解范围");
                if (status == CaseStatus.FILED) {
                    break;
                }
                UUID task = c.assign(act(CLERK, minutes(10)), Department.PEOPLES_MEDIATION, "王调解员", null);
                if (status == CaseStatus.ASSIGNED) {
                    break;
                }
                c.acceptTask(act(MEDIATOR, minutes(20)), task);
                if (status == CaseStatus.INVESTIGATING) {
                    break;
                }
                c.feedBack(act(MEDIATOR, minutes(60)), "双方达成一致，拟签订调解协议");
                if (status == CaseStatus.FED_BACK) {
                    break;
                }
                c.close(act(CLERK, minutes(70)), mediatedBetweenNeighbours());
                if (status == CaseStatus.CLOSED) {
                    break;
                }
                c.followUp(act(CLERK, minutes(90)), FollowUp.Kind.PHONE, FollowUp.Satisfaction.SATISFIED, null);
                c.archive(act(CLERK, minutes(100)));
            }
        }
        if (c.status() != status) {
            throw new IllegalStateException("journey ended " + c.status() + ", not " + status);
        }
        return Case.restore(c.state());
    }

    static Outcome.Mediated mediatedBetweenNeighbours() {
        return new Outcome.Mediated(
                List.of(new Agreement(List.of("张三", "李四"), "张三改建排水沟，李四承担一半费用", LocalDate.of(2026, 11, 23), null)));
    }

    /** The caller of the center holding the case. */
    static Caller holderOf(Case c) {
        return c.holder().equals(TOWNSHIP) ? CLERK : Centers.adminOf(c.holder());
    }

    static Case withOpenSupervision(Case c) {
        Case.State s = c.state();
        List<SupervisionOrder> orders = new ArrayList<>(s.supervisions());
        orders.add(new SupervisionOrder(
                UUID.randomUUID(),
                c.supervisor().orElseThrow(),
                c.holder(),
                "超期未办结",
                minutes(200),
                minutes(3000),
                null,
                null,
                null));
        return Case.restore(new Case.State(
                s.id(),
                s.code(),
                s.origin(),
                s.holder(),
                s.custody(),
                s.channel(),
                s.category(),
                s.title(),
                s.description(),
                s.place(),
                s.parties(),
                s.riskFactors(),
                s.risk(),
                s.status(),
                s.firstResponder(),
                s.responsible(),
                s.tasks(),
                s.transfer(),
                s.outcome(),
                s.followUps(),
                orders,
                s.notes(),
                s.deadline(),
                s.warning(),
                s.createdAt(),
                s.filedAt(),
                s.fileDueAt(),
                s.closeDueAt(),
                s.updatedAt(),
                s.closedAt(),
                s.archivedAt(),
                s.version(),
                s.gridCode()));
    }
}
