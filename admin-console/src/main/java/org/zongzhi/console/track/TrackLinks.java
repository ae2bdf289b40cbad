package org.zongzhi.console.track;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The link a printed QR code holds: the citizen's page with the case code filled in. */
public final class TrackLinks {

    private TrackLinks() {}

    /**
     * {@code https://<the address the page was asked at>/track?code=<code>}: the gateway preserves the host
     * and forwards the scheme, so the link is the public one a citizen's phone can open.
     */
    public static String forCode(Object code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/track")
                .queryParam("code", String.valueOf(code))
                .build()
                .toUriString();
    }
}
