package org.zongzhi.cases.dispute.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.cases.fixtures.Cases.MONDAY_MORNING;
import static org.zongzhi.cases.fixtures.Cases.act;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.fixtures.Cases;
import org.zongzhi.cases.fixtures.Centers;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;

/** What each kind of caller is offered on a case: holder staff, grid workers, named mediators, others. */
class AllowedActionsTest {

    private static final PartyKeys KEYS = party -> null;
    private static final Caller CLERK = Centers.clerkOf(Centers.HANDIAN);
    private static final Caller GRID =
            new Caller("sub-grid", "grid.140404001001", Centers.CHANGAN, Set.of("grid-worker"));

    @Test
    void aGridWorkerMayEscalateAndNoteWhatTheyTookInAndNothingElse() {
        Case theirs = Cases.reported(Cases.sewageLeak(), GRID, MONDAY_MORNING);
        Case colleagues = Cases.reported(Cases.sewageLeak(), Centers.adminOf(Centers.CHANGAN), MONDAY_MORNING);

        assertThat(allowed(theirs, GRID)).containsExactly("escalate", "add-note");
        assertThat(allowed(colleagues, GRID)).isEmpty();
        assertThat(allowed(theirs, Centers.adminOf(Centers.CHANGAN))).contains("file", "reject", "escalate");
    }

    @Test
    void theNamedMediatorOfAnotherCenterIsOfferedOnlyTheirTasksNextStep() {
        Case c = Cases.reported(Cases.neighbourQuarrel(), CLERK, MONDAY_MORNING);
        c.file(act(CLERK, MONDAY_MORNING.plus(Duration.ofMinutes(5))), null, null);
        Caller mediator = Centers.mediatorOf(Centers.SHANGDANG);
        UUID task = c.assign(
                act(CLERK, MONDAY_MORNING.plus(Duration.ofMinutes(10))),
                Department.LABOUR_INSPECTION,
                mediator.username(),
                null);

        assertThat(allowed(c, mediator)).containsExactly("accept-task");
        assertThat(allowed(c, Centers.clerkOf(Centers.SHANGDANG))).isEmpty();
        c.acceptTask(act(mediator, MONDAY_MORNING.plus(Duration.ofMinutes(20))), task);
        assertThat(allowed(c, mediator)).containsExactly("record-part");
        c.recordPart(act(mediator, MONDAY_MORNING.plus(Duration.ofMinutes(30))), task, "核实");
        assertThat(allowed(c, mediator)).isEmpty();
    }

    @Test
    void aCaseNotAcceptedOffersOnlyArchivingNotesAndSupervisionAnswers() {
        Case c = Cases.reported(Cases.neighbourQuarrel(), CLERK, MONDAY_MORNING);
        c.reject(act(CLERK, MONDAY_MORNING.plus(Duration.ofMinutes(5))), "不属于受理范围");

        assertThat(allowed(c, CLERK)).containsExactly("archive", "add-note", "respond-supervision");
    }

    private static java.util.List<String> allowed(Case c, Caller caller) {
        return CaseReading.allowedActions(CaseSnapshots.of(c, KEYS), caller);
    }
}
