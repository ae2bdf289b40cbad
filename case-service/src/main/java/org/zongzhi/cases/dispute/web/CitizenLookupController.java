package org.zongzhi.cases.dispute.web;

import jakarta.servlet.http.HttpServletRequest;
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
    ResponseEntity<PublicView> lookUp(@RequestBody Requests.Lookup body, HttpServletRequest request) {
        Requests.Lookup given = Bodies.required(body);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(lookup.lookUp(given.code(), given.secret(), client(request)));
    }

    /**
     * The caller's address. Behind the gateway (a request from this host or the private network) it is the
     * last address of {@code X-Forwarded-For}, the one the gateway appended; earlier entries are whatever the
     * client sent and are not trusted. Anyone else is their own remote address.
     */
    static String client(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && internal(remote)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64 && last.matches("[0-9A-Fa-f:.]+")) {
                return last;
            }
        }
        return remote;
    }

    private static boolean internal(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]+")) {
            return false; // only literal addresses: never a name lookup
        }
        try {
            java.net.InetAddress a = java.net.InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
