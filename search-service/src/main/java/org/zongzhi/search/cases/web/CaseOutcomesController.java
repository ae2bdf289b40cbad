package org.zongzhi.search.cases.web;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.search.cases.infrastructure.CaseOutcomes;

/** Where given cases stand, by code (for the grid numbers of tenant-service); only cases the caller may see. */
@RestController
class CaseOutcomesController {

    private final CaseOutcomes outcomes;

    CaseOutcomesController(CaseOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    record Codes(List<String> codes) {}

    record Answer(List<CaseOutcomes.Outcome> cases) {}

    @PostMapping("/api/search/cases/outcomes")
    Answer outcomes(@RequestBody Codes body) {
        if (body == null || body.codes() == null) {
            throw Problems.badRequest("codes is required: the case codes to look up, e.g."
                    + " {\"codes\": [\"140404001001-261127-00042-7\"]}.");
        }
        var codes = new LinkedHashSet<String>();
        for (String code : body.codes()) {
            if (code != null && !code.isBlank()) {
                codes.add(code.trim());
            }
        }
        if (codes.size() > CaseOutcomes.MAX_CODES) {
            throw Problems.badRequest("At most " + CaseOutcomes.MAX_CODES + " codes per request, not " + codes.size()
                    + "; send them in parts.");
        }
        return new Answer(outcomes.of(CurrentCaller.get(), codes));
    }
}
