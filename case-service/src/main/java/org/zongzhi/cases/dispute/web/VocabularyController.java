package org.zongzhi.cases.dispute.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.domain.CaseAction;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.dispute.domain.Diagnosis;
import org.zongzhi.cases.dispute.domain.FollowUp;
import org.zongzhi.cases.dispute.domain.Outcome;
import org.zongzhi.cases.dispute.domain.PartyKind;
import org.zongzhi.cases.dispute.domain.PartyRole;
import org.zongzhi.cases.dispute.domain.RiskLevel;
import org.zongzhi.cases.dispute.domain.Vulnerability;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.department.Department;

/**
 * Every code list of the case domain with its Chinese label, read off the domain enums: the one label table
 * of the platform, so that clients show the same words the timeline and the snapshot use.
 */
@RestController
@RequestMapping("/api/cases/vocabulary")
class VocabularyController {

    /** One code and the words users see for it. */
    record Term(String code, String label) {}

    private static final Map<String, List<Term>> VOCABULARY = build();

    @GetMapping
    Map<String, List<Term>> vocabulary() {
        return VOCABULARY;
    }

    private static Map<String, List<Term>> build() {
        var lists = new LinkedHashMap<String, List<Term>>();
        lists.put("category", terms(Category.class, Category::label));
        lists.put("channel", terms(Channel.class, Channel::label));
        lists.put("department", terms(Department.class, Department::label));
        lists.put("status", terms(CaseStatus.class, CaseStatus::label));
        lists.put("risk", terms(RiskLevel.class, RiskLevel::label));
        lists.put("warning", terms(WarningColour.class, WarningColour::label));
        lists.put(
                "action",
                Arrays.stream(CaseAction.values())
                        .map(a -> new Term(a.apiName(), a.label()))
                        .toList());
        lists.put("outcomeKind", terms(Outcome.OutcomeKind.class, Outcome.OutcomeKind::label));
        lists.put("legalRoute", terms(Outcome.LegalRoute.class, Outcome.LegalRoute::label));
        lists.put("followUpKind", terms(FollowUp.Kind.class, FollowUp.Kind::label));
        lists.put("satisfaction", terms(FollowUp.Satisfaction.class, FollowUp.Satisfaction::label));
        lists.put("vulnerability", terms(Vulnerability.class, Vulnerability::label));
        lists.put("partyKind", terms(PartyKind.class, PartyKind::label));
        lists.put("partyRole", terms(PartyRole.class, PartyRole::label));
        lists.put("diagnosis", terms(Diagnosis.class, Diagnosis::label));
        return Collections.unmodifiableMap(lists);
    }

    private static <E extends Enum<E>> List<Term> terms(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Term(e.name(), label.apply(e)))
                .toList();
    }
}
