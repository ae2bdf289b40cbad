package org.zongzhi.cases.dispute.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.application.CitizenLookup;
import org.zongzhi.cases.dispute.application.CitizenLookup.PublicView;

/**
 * The citizen's view of a case, by code and secret, without an account ("一码可查"). A POST, so that the
 * secret stays out of URLs and logs; never cached.
 */
@RestController
class CitizenLookupController {

    private final CitizenLookup lookup;

    CitizenLookupController(CitizenLookup lookup) {
        this.lookup = lookup;
    }

    @PostMapping("/api/cases/lookup")
    ResponseEntity<PublicView> lookUp(@RequestBody Requests.Lookup body) {
        Requests.Lookup given = Bodies.required(body);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(lookup.lookUp(given.code(), given.secret()));
    }
}
