package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zongzhi.cases.dispute.domain.Journeys.minutes;
import static org.zongzhi.cases.fixtures.Cases.act;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.cases.fixtures.Centers;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;

/**
 * Every action in every status, through the case itself: allowed ones lead where the table below says,
 * all others are refused naming the status and what it allows. The table is written out here on its own
 * so that a change to the loop has to be made twice, on purpose.
 */
class LifecycleTest {

    private static final String EXPECTED = """
            REPORTED:     file>FILED reject>CLOSED withdraw>CLOSED escalate>TRANSFERRING refer>TRANSFERRING hand-over>REPORTED add-note>REPORTED respond-supervision>REPORTED
            FILED:        assign>ASSIGNED consult>INVESTIGATING withdraw>CLOSED escalate>TRANSFERRING refer>TRANSFERRING hand-over>FILED add-note>FILED respond-supervision>FILED
            ASSIGNED:     assign>ASSIGNED accept-task>INVESTIGATING consult>INVESTIGATING withdraw>CLOSED escalate>TRANSFERRING refer>TRANSFERRING hand-over>ASSIGNED add-note>ASSIGNED respond-supervision>ASSIGNED
            INVESTIGATING:  assign>INVESTIGATING accept-task>INVESTIGATING consult>INVESTIGATING record-part>INVESTIGATING feed-back>FED_BACK withdraw>CLOSED escalate>TRANSFERRING refer>TRANSFERRING hand-over>INVESTIGATING add-note>INVESTIGATING respond-supervision>INVESTIGATING
            FED_BACK:     close>CLOSED withdraw>CLOSED hand-over>FED_BACK add-note>FED_BACK respond-supervision>FED_BACK
            TRANSFERRING: accept-transfer>FILED return-transfer>REPORTED add-note>TRANSFERRING respond-supervision>TRANSFERRING
            CLOSED:       confirm-judicially>CLOSED follow-up>CLOSED reopen>INVESTIGATING archive>ARCHIVED add-note>CLOSED respond-supervision>CLOSED
            ARCHIVED:
            """;

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> MATRIX = parse();

    private static Map<CaseStatus, Map<CaseAction, CaseStatus>> parse() {
        Map<CaseStatus, Map<CaseAction, CaseStatus>> matrix = new EnumMap<>(CaseStatus.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] halves = line.split(":", 2);
            Map<CaseAction, CaseStatus> row = new LinkedHashMap<>();
            for (String cell : halves[1].strip().split("\\s+")) {
                if (cell.isBlank()) {
                    continue;
                }
                String[] arrow = cell.split(">");
                row.put(CaseAction.valueOf(arrow[0].toUpperCase().replace('-', '_')), CaseStatus.valueOf(arrow[1]));
            }
            matrix.put(CaseStatus.valueOf(halves[0].strip()), row);
        }
        return matrix;
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(status -> Arrays.stream(CaseAction.values()).map(action -> Arguments.of(status, action)));
    }

    @Test
    void theTableCoversEveryStatus() {
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrder(CaseStatus.values());
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(Lifecycle.allowed(status)).isEqualTo(MATRIX.get(status).keySet());
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStatusAndAction")
    void eachActionIsAllowedOrRefusedByTheLoop(CaseStatus status, CaseAction action) {
        Case c = Journeys.in(status);
        CaseStatus expected = MATRIX.get(status).get(action);

        if (expected != null) {
            Case after = perform(c, action);
            assertThat(after.status()).isEqualTo(expected);
            assertThat(after.newTimelineEntries().getLast().action()).isEqualTo(action.apiName());
            assertThat(after.pendingEvent()).contains(action.eventType());
        } else {
            assertThatThrownBy(() -> perform(c, action)).isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                assertThat(refused.status()).isEqualTo(status);
                assertThat(refused.action()).isEqualTo(action);
                assertThat(refused.allowed()).isEqualTo(MATRIX.get(status).keySet());
                assertThat(refused.getMessage()).contains(status.name(), action.apiName());
            });
            assertThat(c.status()).isEqualTo(status);
            assertThat(c.newTimelineEntries()).isEmpty();
        }
    }

    /** Performs the action with valid input, after whatever the action's own rule needs first. */
    private static Case perform(Case given, CaseAction action) {
        Case c = action == CaseAction.RESPOND_SUPERVISION && given.status() != CaseStatus.ARCHIVED
                ? Journeys.withOpenSupervision(given)
                : given;
        Caller by = Journeys.holderOf(c);
        var act = act(by, minutes(500));
        UUID anyTask =
                c.tasks().isEmpty() ? UUID.randomUUID() : c.tasks().getFirst().id();
        switch (action) {
            case FILE -> c.file(act, null, null);
            case REJECT -> c.reject(act, "不属于受理范围");
            case ASSIGN -> c.assign(act, Department.JUSTICE, null, "请司法所协助");
            case ACCEPT_TASK -> {
                UUID task = anyTask;
                if (c.status() == CaseStatus.INVESTIGATING) {
                    task = c.assign(act(by, minutes(400)), Department.JUSTICE, null, null);
                }
                c.acceptTask(act, task);
            }
            case CONSULT -> c.consult(act, List.of(Department.COURT, Department.JUSTICE), "疑难纠纷会诊");
            case RECORD_PART -> c.recordPart(act, anyTask, "已组织双方面谈");
            case FEED_BACK -> c.feedBack(act, "已调解");
            case CLOSE -> c.close(act, Journeys.mediatedBetweenNeighbours());
            case WITHDRAW -> c.withdraw(act, "双方自行和解");
            case CONFIRM_JUDICIALLY ->
                c.confirmJudicially(
                        act,
                        Map.of(1, new JudicialConfirmation("上党区人民法院", "(2026)晋0404民特1号", LocalDate.of(2026, 11, 24))));
            case ARCHIVE -> {
                if (c.status() == CaseStatus.CLOSED) {
                    c.followUp(act(by, minutes(400)), FollowUp.Kind.PHONE, FollowUp.Satisfaction.SATISFIED, null);
                }
                c.archive(act);
            }
            case ESCALATE -> c.escalate(act, "需上级协调");
            case REFER -> c.refer(act, Centers.CHANGAN, "属社区调解范围", center -> Optional.empty());
            case ACCEPT_TRANSFER -> c.acceptTransfer(act);
            case RETURN_TRANSFER -> c.returnTransfer(act, "应由乡镇先行调处");
            case FOLLOW_UP ->
                c.followUp(act, FollowUp.Kind.HOME_VISIT, FollowUp.Satisfaction.BASICALLY_SATISFIED, null);
            case REOPEN -> {
                if (c.status() == CaseStatus.CLOSED) {
                    c.followUp(act(by, minutes(400)), FollowUp.Kind.PHONE, FollowUp.Satisfaction.DISSATISFIED, null);
                }
                c.reopen(act, "排水问题复发");
            }
            case HAND_OVER -> c.handOver(act, "someone.else", "调岗");
            case ADD_NOTE -> c.addNote(act, "已电话联系申请人", true);
            case RESPOND_SUPERVISION ->
                c.respondToSupervision(
                        act,
                        c.supervisions().isEmpty()
                                ? UUID.randomUUID()
                                : c.supervisions().getLast().id(),
                        "已加快办理");
        }
        return c;
    }
}
