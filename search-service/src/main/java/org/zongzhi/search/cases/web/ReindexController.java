package org.zongzhi.search.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.search.cases.infrastructure.Reindexing;

/** Rebuilding the shared index, which only the province may start (it serves every center). */
@RestController
class ReindexController {

    private final Reindexing reindexing;

    ReindexController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @PostMapping("/api/search/reindex")
    @PreAuthorize("hasRole('province-admin') and principal.claims['tenant'] == '14'")
    ResponseEntity<Reindexing.Progress> start() {
        return reindexing
                .start()
                .map(started -> ResponseEntity.status(HttpStatus.ACCEPTED).body(started))
                .orElseThrow(
                        () -> Problems.conflict("A reindex is already running; follow it at GET /api/search/reindex."));
    }

    @GetMapping("/api/search/reindex")
    @PreAuthorize("hasAnyRole('province-admin', 'auditor')")
    Reindexing.Progress progress() {
        return reindexing.progress();
    }
}
