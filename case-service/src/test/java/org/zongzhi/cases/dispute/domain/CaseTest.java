package org.zongzhi.cases.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zongzhi.cases.dispute.domain.Journeys.CLERK;
import static org.zongzhi.cases.dispute.domain.Journeys.MEDIATOR;
import static org.zongzhi.cases.dispute.domain.Journeys.minutes;
import static org.zongzhi.cases.fixtures.Cases.MONDAY_MORNING;
import static org.zongzhi.cases.fixtures.Cases.act;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zongzhi.cases.deadline.domain.TimeLimit;
import org.zongzhi.cases.dispute.domain.FollowUp.Satisfaction;
import org.zongzhi.cases.dispute.domain.Outcome.Agreement;
import org.zongzhi.cases.dispute.domain.Outcome.JudicialConfirmation;
import org.zongzhi.cases.fixtures.Cases;
import org.zongzhi.cases.fixtures.Centers;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

class CaseTest {

    private static final Caller COUNTY = Centers.adminOf(Centers.SHANGDANG);
    private static final Receivers OPERATING = center -> Optional.empty();

    @Test
    void aReferralToACenterThatCannotReceiveItIsRefusedNamingTheField() {
        Case c = Journeys.in(CaseStatus.FILED);

        assertThatThrownBy(
                        () -> c.refer(act(CLERK, minutes(50)), Centers.CHANGAN, "x", center -> Optional.of("planned")))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(c.holder()).isEqualTo(Centers.HANDIAN);
    }

    @Test
    void aCaseNotAcceptedOffersNeitherConfirmationNorFollowUpNorReopening() {
        Case c = Journeys.in(CaseStatus.REPORTED);
        c.reject(act(CLERK, minutes(5)), "不属于受理范围");

        assertThat(c.allowedActionsFor(Centers.HANDIAN))
                .doesNotContain(CaseAction.CONFIRM_JUDICIALLY, CaseAction.FOLLOW_UP, CaseAction.REOPEN)
                .contains(CaseAction.ARCHIVE, CaseAction.ADD_NOTE);
        assertThatThrownBy(() ->
                        c.followUp(act(CLERK, minutes(6)), FollowUp.Kind.PHONE, FollowUp.Satisfaction.SATISFIED, null))
                .isInstanceOfSatisfying(
                        TransitionRefused.class, e -> assertThat(e.allowed()).doesNotContain(CaseAction.FOLLOW_UP));
        assertThatThrownBy(() -> c.reopen(act(CLERK, minutes(6)), "x")).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.confirmJudicially(act(CLERK, minutes(6)), Map.of()))
                .isInstanceOf(TransitionRefused.class);
    }

    @Test
    void theMediatorNamedOnATaskOfAnotherCenterAcceptsItAndRecordsTheirPart() {
        Case c = Journeys.in(CaseStatus.FILED);
        Caller countyMediator = Centers.mediatorOf(Centers.SHANGDANG);
        Caller otherCountyStaff = Centers.clerkOf(Centers.SHANGDANG);
        UUID task = c.assign(act(CLERK, minutes(10)), Department.LABOUR_INSPECTION, countyMediator.username(), null);

        assertThatThrownBy(() -> c.acceptTask(act(otherCountyStaff, minutes(15)), task))
                .isInstanceOf(NotHolder.class);
        c.acceptTask(act(countyMediator, minutes(20)), task);
        c.recordPart(act(countyMediator, minutes(30)), task, "核实欠薪金额");

        assertThat(c.holder()).isEqualTo(Centers.HANDIAN);
        assertThat(c.tasks().getFirst().partRecordedBy()).isEqualTo(countyMediator.username());
        assertThat(c.newTimelineEntries().getLast().actorCenter()).isEqualTo(Centers.SHANGDANG);
    }

    @Test
    void anUnansweredTransferGoesBackToTheSenderWhenItsTimeRunsOut() {
        Case c = Journeys.in(CaseStatus.FILED);
        c.refer(act(CLERK, minutes(50)), Centers.CHANGAN, "属社区网格范围", OPERATING);
        Instant due = c.deadline().orElseThrow().dueAt();
        Caller platform = new Caller("platform", "platform", Centers.CHANGAN, Set.of());

        assertThatThrownBy(() -> c.returnUnanswered(new Act(platform, due.minusSeconds(60), Cases.LIMITS)))
                .isInstanceOf(TransitionRefused.class);
        c.returnUnanswered(new Act(platform, due, Cases.LIMITS));

        assertThat(c.holder()).isEqualTo(Centers.HANDIAN);
        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(c.transfer()).isEmpty();
        assertThat(c.newTimelineEntries().getLast().summary()).contains("自动退回", "140404001");
    }

    @Test
    void reportingGivesTheCaseItsCodeRiskFirstResponderAndClock() {
        Case c = Cases.reported(Cases.wageArrears(6), Centers.clerkOf(Centers.YOUYU), MONDAY_MORNING);

        assertThat(c.code().center()).isEqualTo(Centers.YOUYU);
        assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(c.origin()).isEqualTo(Centers.YOUYU);
        assertThat(c.holder()).isEqualTo(Centers.YOUYU);
        assertThat(c.risk().level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(c.firstResponder()).isEqualTo("clerk.140623");
        assertThat(c.responsible()).isEqualTo("clerk.140623");
        assertThat(c.deadline()).hasValueSatisfying(d -> assertThat(d.limit()).isEqualTo(new TimeLimit.Hours(4)));
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.pendingEvent()).contains("CaseReported");
        assertThat(c.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.isPublic()).isTrue());
    }

    @Test
    void aMajorRiskIsPushedToEveryCenterAboveAtOnce() {
        Case c = Cases.reported(Cases.wageArrears(6), Centers.clerkOf(Centers.YOUYU), MONDAY_MORNING);

        assertThat(c.newTimelineEntries()).extracting(TimelineEntry::action).containsExactly("report", "alert");
        assertThat(c.newTimelineEntries().getLast().summary()).contains("14", "1406");
    }

    @Test
    void onlyTheHoldingCenterActsOnACase() {
        Case c = Journeys.in(CaseStatus.REPORTED);

        assertThatThrownBy(() -> c.file(act(COUNTY, minutes(1)), null, null))
                .isInstanceOf(NotHolder.class)
                .hasMessageContaining("held by center 140404001");
        assertThatThrownBy(() -> c.file(act(Centers.clerkOf(Centers.CHANGAN), minutes(1)), null, null))
                .isInstanceOf(NotHolder.class);
        assertThat(c.allowedActionsFor(Centers.SHANGDANG)).isEmpty();
        assertThat(c.allowedActionsFor(Centers.HANDIAN)).contains(CaseAction.FILE, CaseAction.ESCALATE);
    }

    @Test
    void escalationHandsTheCaseToTheParentWhoseAcceptingPersonBecomesResponsible() {
        Case c = Journeys.in(CaseStatus.INVESTIGATING);

        c.escalate(act(CLERK, minutes(100)), "涉及多个部门，镇里无法调处");

        assertThat(c.holder()).isEqualTo(Centers.SHANGDANG);
        assertThat(c.status()).isEqualTo(CaseStatus.TRANSFERRING);
        assertThat(c.custody()).containsExactly(Centers.HANDIAN, Centers.SHANGDANG);
        assertThat(c.handedOverBy()).contains(Centers.HANDIAN);
        assertThat(c.transfer()).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(Transfer.Kind.ESCALATION);
            assertThat(t.statusBefore()).isEqualTo(CaseStatus.INVESTIGATING);
        });
        assertThat(c.deadline().orElseThrow().startedAt()).isEqualTo(minutes(100));

        c.acceptTransfer(act(COUNTY, minutes(200)));

        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(c.transfer()).isEmpty();
        assertThat(c.closeDueAt()).isPresent();
        assertThat(c.responsible()).isEqualTo(COUNTY.username());
        assertThat(c.firstResponder()).isEqualTo(CLERK.username());
    }

    @Test
    void aCaseEscalatedBeforeFilingIsAcceptedWhenTheParentTakesItOver() {
        Case c = Journeys.in(CaseStatus.REPORTED);
        c.escalate(act(CLERK, minutes(5)), "需县级处置");

        c.acceptTransfer(act(COUNTY, minutes(30)));

        assertThat(c.filedAt()).contains(minutes(30));
        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void aReceiverReturnsATransferWithItsReasonToWhereItStood() {
        Case c = Journeys.in(CaseStatus.ASSIGNED);
        c.escalate(act(CLERK, minutes(100)), "需县级协调");

        c.returnTransfer(act(COUNTY, minutes(150)), "属乡镇调处范围，请先行调解");

        assertThat(c.holder()).isEqualTo(Centers.HANDIAN);
        assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(c.custody()).containsExactly(Centers.HANDIAN, Centers.SHANGDANG);
        assertThat(c.newTimelineEntries().getLast().summary()).contains("请先行调解");
        assertThatThrownBy(() -> c.acceptTransfer(act(COUNTY, minutes(160)))).isInstanceOf(NotHolder.class);
    }

    @Test
    void referralGoesOnlyToCentersBelowTheHolder() {
        Case c = Journeys.in(CaseStatus.FILED);

        assertThatThrownBy(() -> c.refer(act(CLERK, minutes(50)), Centers.HANDIAN, "x", OPERATING))
                .isInstanceOf(UnprocessableRequest.class);
        assertThatThrownBy(() -> c.refer(act(CLERK, minutes(50)), Centers.SHANGDANG, "x", OPERATING))
                .isInstanceOf(UnprocessableRequest.class)
                .hasMessageContaining("escalate");
        assertThatThrownBy(() -> c.refer(act(CLERK, minutes(50)), Centers.YONGJI, "x", OPERATING))
                .isInstanceOf(UnprocessableRequest.class);

        c.refer(act(CLERK, minutes(50)), Centers.CHANGAN, "属社区网格范围", OPERATING);

        assertThat(c.holder()).isEqualTo(Centers.CHANGAN);
        assertThat(c.transfer().orElseThrow().kind()).isEqualTo(Transfer.Kind.REFERRAL);
    }

    @Test
    void theProvinceHasNobodyToEscalateTo() {
        Case c = Cases.reportedAt(Centers.SHANXI);

        assertThatThrownBy(() -> c.escalate(act(Centers.clerkOf(Centers.SHANXI), minutes(5)), "x"))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("no higher center");
        assertThat(c.supervisor()).isEmpty();
        assertThat(Journeys.in(CaseStatus.FILED).supervisor()).contains(Centers.SHANGDANG);
    }

    @Test
    void theFirstResponderStaysResponsibleUntilAnExplicitHandOver() {
        Case c = Journeys.in(CaseStatus.INVESTIGATING);
        assertThat(c.responsible()).isEqualTo(CLERK.username());

        c.handOver(act(CLERK, minutes(100)), "zhao.clerk", "轮岗");

        assertThat(c.responsible()).isEqualTo("zhao.clerk");
        assertThat(c.firstResponder()).isEqualTo(CLERK.username());
        assertThatThrownBy(() -> c.handOver(act(CLERK, minutes(101)), "zhao.clerk", "again"))
                .isInstanceOf(UnprocessableRequest.class);
    }

    @Test
    void aConsultationWaitsForEveryDepartmentsPartBeforeFeedback() {
        Case c = Journeys.in(CaseStatus.FILED);
        List<UUID> seats = c.consult(
                act(CLERK, minutes(30)),
                List.of(Department.HUMAN_RESOURCES, Department.HOUSING, Department.COURT),
                "逾期交房群体纠纷会诊");
        c.recordPart(act(MEDIATOR, minutes(40)), seats.get(0), "核实购房人社保与就业");

        assertThatThrownBy(() -> c.feedBack(act(MEDIATOR, minutes(50)), "done"))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("住建局")
                .hasMessageContaining("法院");

        c.recordPart(act(MEDIATOR, minutes(60)), seats.get(1), "督促开发商制定交房计划");
        c.recordPart(act(MEDIATOR, minutes(70)), seats.get(2), "法官现场指导调解");
        c.feedBack(act(MEDIATOR, minutes(80)), "达成调解协议");

        assertThat(c.status()).isEqualTo(CaseStatus.FED_BACK);
        assertThat(c.tasks()).allMatch(Task::hasPart);
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.CONSULT);
    }

    @Test
    void aConsultationNeedsSeveralDepartmentsAndAPartIsRecordedOnce() {
        Case c = Journeys.in(CaseStatus.FILED);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> c.consult(act(CLERK, minutes(30)), List.of(Department.COURT, Department.COURT), "x"))
                .withMessageContaining("two different departments");

        UUID seat = c.consult(act(CLERK, minutes(30)), List.of(Department.COURT, Department.JUSTICE), "t")
                .getFirst();
        c.recordPart(act(MEDIATOR, minutes(40)), seat, "first");
        assertThatThrownBy(() -> c.recordPart(act(MEDIATOR, minutes(41)), seat, "second"))
                .isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> c.recordPart(act(MEDIATOR, minutes(41)), UUID.randomUUID(), "x"))
                .isInstanceOf(NoSuchPart.class);
    }

    @Test
    void assignedWorkIsAcceptedOnceAndStartsTheInvestigation() {
        Case c = Journeys.in(CaseStatus.ASSIGNED);
        c.assign(act(CLERK, minutes(30)), Department.JUSTICE, null, null);
        UUID first = c.tasks().getFirst().id();
        c.acceptTask(act(MEDIATOR, minutes(35)), first);

        assertThatThrownBy(() -> c.acceptTask(act(MEDIATOR, minutes(36)), first))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("already accepted");
        assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING);
    }

    @Test
    void closingTakesTheOutcomeAndRefusesAgreementsSignedByStrangers() {
        Case c = Journeys.in(CaseStatus.FED_BACK);
        Outcome strangers = new Outcome.Mediated(
                List.of(new Agreement(List.of("张三", "王五"), "terms", LocalDate.of(2026, 11, 23), null)));

        assertThatThrownBy(() -> c.close(act(CLERK, minutes(100)), strangers))
                .isInstanceOf(UnprocessableRequest.class)
                .hasMessageContaining("王五");
        assertThatThrownBy(() -> c.close(act(CLERK, minutes(100)), new Outcome.Withdrawn("x")))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("withdraw");

        c.close(act(CLERK, minutes(100)), new Outcome.GuidedToLaw(Outcome.LegalRoute.LITIGATION, "引导起诉"));

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closedAt()).contains(minutes(100));
        assertThat(c.deadline()).isEmpty();
        assertThat(c.warning()).isEqualTo(WarningColour.NONE);
        assertThat(c.diagnosis()).isEqualTo(Diagnosis.REFER);
    }

    @Test
    void confirmingEveryAgreementMakesTheOutcomeJudiciallyConfirmed() {
        Case c = Journeys.in(CaseStatus.CLOSED);
        JudicialConfirmation ruling =
                new JudicialConfirmation("上党区人民法院", "(2026)晋0404民特88号", LocalDate.of(2026, 11, 25));

        c.confirmJudicially(act(CLERK, minutes(200)), Map.of(1, ruling));

        assertThat(c.outcome().orElseThrow().kind()).isEqualTo(Outcome.OutcomeKind.JUDICIALLY_CONFIRMED);
        assertThatThrownBy(() -> c.confirmJudicially(act(CLERK, minutes(201)), Map.of(1, ruling)))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("already confirmed");
        assertThatThrownBy(() -> c.confirmJudicially(act(CLERK, minutes(201)), Map.of(2, ruling)))
                .isInstanceOf(NoSuchPart.class);
    }

    @Test
    void onlyMediatedCasesCanBeConfirmedByACourt() {
        Case c = Journeys.in(CaseStatus.REPORTED);
        c.reject(act(CLERK, minutes(10)), "不属于调解范围，已告知向法院起诉");

        assertThatThrownBy(() -> c.confirmJudicially(
                        act(CLERK, minutes(11)),
                        Map.of(1, new JudicialConfirmation("法院", "号", LocalDate.of(2026, 11, 25)))))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("不予受理");
    }

    @Test
    void archivingNeedsAFollowUpThatFoundThePartiesSatisfied() {
        Case c = Journeys.in(CaseStatus.CLOSED);

        assertThatThrownBy(() -> c.archive(act(CLERK, minutes(200))))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("follow up");

        c.followUp(act(CLERK, minutes(210)), FollowUp.Kind.PHONE, Satisfaction.DISSATISFIED, "排水仍有问题");
        assertThatThrownBy(() -> c.archive(act(CLERK, minutes(220))))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("unsatisfied");

        c.followUp(act(CLERK, minutes(230)), FollowUp.Kind.HOME_VISIT, Satisfaction.BASICALLY_SATISFIED, null);
        c.archive(act(CLERK, minutes(240)));
        assertThat(c.status()).isEqualTo(CaseStatus.ARCHIVED);
    }

    @Test
    void casesNotAcceptedOrWithdrawnArchiveWithoutFollowUp() {
        Case rejected = Journeys.in(CaseStatus.REPORTED);
        rejected.reject(act(CLERK, minutes(10)), "重复投诉");
        rejected.archive(act(CLERK, minutes(20)));

        Case withdrawn = Journeys.in(CaseStatus.ASSIGNED);
        withdrawn.withdraw(act(CLERK, minutes(30)), "双方已和解");
        withdrawn.archive(act(CLERK, minutes(40)));

        assertThat(rejected.status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.ARCHIVED);
    }

    @Test
    void anUnsatisfiedFollowUpReopensTheCaseAndTheNextClosingNeedsANewFollowUp() {
        Case c = Journeys.in(CaseStatus.CLOSED);
        c.followUp(act(CLERK, minutes(200)), FollowUp.Kind.PHONE, Satisfaction.SATISFIED, null);
        assertThatThrownBy(() -> c.reopen(act(CLERK, minutes(201)), "x"))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("满意");

        c.followUp(act(CLERK, minutes(210)), FollowUp.Kind.HOME_VISIT, Satisfaction.DISSATISFIED, "又起争执");
        c.reopen(act(CLERK, minutes(220)), "回访发现纠纷未真正化解");

        assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING);
        assertThat(c.outcome()).isEmpty();
        assertThat(c.closedAt()).isEmpty();

        c.feedBack(act(MEDIATOR, minutes(300)), "再次调解");
        c.close(act(CLERK, minutes(310)), Journeys.mediatedBetweenNeighbours());
        assertThatThrownBy(() -> c.reopen(act(CLERK, minutes(311)), "again"))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("no follow-up");
        assertThatThrownBy(() -> c.archive(act(CLERK, minutes(312)))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void eachNewStepRestartsTheClockAndTheColourFollowsIt() {
        Case c = Journeys.in(CaseStatus.FILED);
        var filedClock = c.deadline().orElseThrow();
        assertThat(filedClock.limit()).isEqualTo(new TimeLimit.WorkingDays(1));

        c.addNote(act(CLERK, filedClock.yellowAt().plusSeconds(1)), "note", false);
        assertThat(c.deadline()).contains(filedClock);
        assertThat(c.warning()).isEqualTo(WarningColour.YELLOW);

        c.assign(act(CLERK, filedClock.dueAt().plus(Duration.ofHours(1))), Department.JUSTICE, null, null);
        assertThat(c.deadline().orElseThrow().startedAt())
                .isEqualTo(filedClock.dueAt().plus(Duration.ofHours(1)));
        assertThat(c.warning()).isEqualTo(WarningColour.NONE);
    }

    @Test
    void theFiveDiagnosesFollowTheLoop() {
        assertThat(Journeys.in(CaseStatus.REPORTED).diagnosis()).isEqualTo(Diagnosis.TRIAGE);
        assertThat(Journeys.in(CaseStatus.ASSIGNED).diagnosis()).isEqualTo(Diagnosis.ACCEPT);
        assertThat(Journeys.in(CaseStatus.INVESTIGATING).diagnosis()).isEqualTo(Diagnosis.ACCEPT);
        assertThat(Journeys.in(CaseStatus.TRANSFERRING).diagnosis()).isEqualTo(Diagnosis.REFER);
        assertThat(Journeys.in(CaseStatus.CLOSED).diagnosis()).isEqualTo(Diagnosis.FOLLOW_UP);
    }

    @Test
    void everyActionLeavesWhoWhichCenterWhenAndWhatOnTheTimeline() {
        Case c = Journeys.in(CaseStatus.REPORTED);

        c.file(act(CLERK, minutes(3)), Category.PROPERTY_MANAGEMENT, "实为物业排水问题");

        TimelineEntry entry = c.newTimelineEntries().getLast();
        assertThat(entry.actor()).isEqualTo(CLERK.username());
        assertThat(entry.actorCenter()).isEqualTo(Centers.HANDIAN);
        assertThat(entry.at()).isEqualTo(minutes(3));
        assertThat(entry.fromStatus()).isEqualTo(CaseStatus.REPORTED);
        assertThat(entry.toStatus()).isEqualTo(CaseStatus.FILED);
        assertThat(entry.summary()).contains("物业");
        assertThat(c.category()).isEqualTo(Category.PROPERTY_MANAGEMENT);
        assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void filingRecordsWhenTheCaseWasAcceptedAndWhenItMustBeClosed() {
        Case c = Journeys.in(CaseStatus.REPORTED);
        assertThat(c.fileDueAt()).isEqualTo(c.deadline().orElseThrow().dueAt());
        assertThat(c.filedAt()).isEmpty();

        c.file(act(CLERK, minutes(3)), null, null);

        assertThat(c.filedAt()).contains(minutes(3));
        assertThat(c.closeDueAt())
                .contains(Cases.LIMITS
                        .calendar()
                        .plusWorkingDays(
                                minutes(3),
                                TimeLimits.handlingDays(Category.NEIGHBOURS, TenantCode.Level.TOWNSHIP) + 5));
    }
}
