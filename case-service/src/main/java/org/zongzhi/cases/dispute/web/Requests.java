package org.zongzhi.cases.dispute.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.dispute.domain.FollowUp;
import org.zongzhi.cases.dispute.domain.Outcome;
import org.zongzhi.cases.dispute.domain.PartyKind;
import org.zongzhi.cases.dispute.domain.Vulnerability;
import org.zongzhi.platform.department.Department;

/** Request bodies of the case API. */
final class Requests {

    private Requests() {}

    record Intake(
            Channel channel,
            Category category,
            String title,
            String description,
            String place,
            List<PartyInput> applicants,
            List<PartyInput> respondents,
            Integer groupSize,
            Boolean violenceRisk,
            Boolean vulnerableParties,
            Boolean sensitivePeriod,
            String publicNote,
            String gridCode) {}

    record PartyInput(
            PartyKind kind,
            String name,
            String idNumber,
            String phone,
            String address,
            Set<Vulnerability> vulnerabilities) {}

    record File(Category category, String note) {}

    record Reason(String reason) {}

    record Assign(Department department, String mediator, String note) {}

    record Consult(List<Department> departments, String topic) {}

    record Part(String contribution) {}

    record Feedback(String result) {}

    record Close(
            Outcome.OutcomeKind kind,
            List<AgreementInput> agreements,
            Outcome.LegalRoute route,
            String note,
            String summary) {}

    record AgreementInput(List<String> parties, String terms, LocalDate signedOn, Confirmation confirmation) {}

    record Confirmation(Integer agreement, String court, String rulingNumber, LocalDate confirmedOn) {}

    record Confirmations(List<Confirmation> confirmations) {}

    record Refer(String to, String reason) {}

    record FollowUpInput(FollowUp.Kind kind, FollowUp.Satisfaction satisfaction, String note) {}

    record HandOver(String to, String reason) {}

    record NoteInput(String text, Boolean publicNote) {}

    record Response(String response) {}

    record Disclosure(String purpose) {}

    record PartySearch(String idNumber, String phone) {}

    record Lookup(String code, String secret) {}
}
