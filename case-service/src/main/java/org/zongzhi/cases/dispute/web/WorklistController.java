package org.zongzhi.cases.dispute.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.application.Worklist;
import org.zongzhi.cases.dispute.application.Worklist.WorklistPage;
import org.zongzhi.platform.security.CurrentCaller;

/** The caller's 待办 ({@code scope=mine}) or their center's ({@code scope=center}), soonest due first. */
@RestController
@RequestMapping("/api/cases/worklist")
class WorklistController {

    private final Worklist worklist;

    WorklistController(Worklist worklist) {
        this.worklist = worklist;
    }

    @GetMapping
    WorklistPage worklist(
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return worklist.of(CurrentCaller.get(), scope, kind, page, size);
    }
}
