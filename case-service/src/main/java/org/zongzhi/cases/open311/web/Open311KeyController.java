package org.zongzhi.cases.open311.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.open311.application.ApiKeys;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.web.Problems;

/**
 * A center's admins manage the Open311 keys of their own center: list, create (the key's text is in
 * that one answer only) and revoke. Nobody beside, above or below the center reaches them.
 */
@RestController
@RequestMapping("/api/cases/open311-keys")
@PreAuthorize("hasAnyRole('province-admin','city-admin','county-admin','center-admin')")
class Open311KeyController {

    private final ApiKeys keys;

    Open311KeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record NewKey(String channel, String label, Integer perMinute) {}

    /**
     * A key as its center's admins see it; never its text or hash.
     *
     * @param state ACTIVE or REVOKED
     */
    record KeyView(
            UUID id,
            String channel,
            String channelLabel,
            String label,
            String prefix,
            int perMinute,
            String state,
            Instant createdAt,
            String createdBy,
            Instant revokedAt,
            Instant lastUsedAt,
            long requests) {

        static KeyView of(ApiKey k) {
            return new KeyView(
                    k.id(),
                    k.channel().name(),
                    k.channel().label(),
                    k.label(),
                    k.prefix(),
                    k.perMinute(),
                    k.revoked() ? "REVOKED" : "ACTIVE",
                    k.createdAt(),
                    k.createdBy(),
                    k.revokedAt(),
                    k.lastUsedAt(),
                    k.requests());
        }
    }

    /** @param apiKey the key's text: shown in this answer only, never stored or shown again */
    record CreatedKey(KeyView key, String apiKey) {}

    @GetMapping
    List<KeyView> list() {
        return keys.list(CurrentCaller.get()).stream().map(KeyView::of).toList();
    }

    @PostMapping
    ResponseEntity<CreatedKey> create(@RequestBody(required = false) NewKey body) {
        if (body == null) {
            throw Problems.badRequest(
                    "Send {\"channel\": \"HOTLINE_12345\", \"label\": \"12345热线平台\"} (perMinute optional, default "
                            + ApiKey.DEFAULT_PER_MINUTE + ").");
        }
        ApiKeys.Created created =
                keys.create(CurrentCaller.get(), channel(body.channel()), body.label(), body.perMinute());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/cases/open311-keys/" + created.key().id()))
                .cacheControl(CacheControl.noStore())
                .body(new CreatedKey(KeyView.of(created.key()), created.secret()));
    }

    @PostMapping("/{id}/revoke")
    KeyView revoke(@PathVariable UUID id) {
        try {
            return KeyView.of(keys.revoke(CurrentCaller.get(), id));
        } catch (ApiKeys.KeyNotFound e) {
            throw Problems.notFound(e.getMessage());
        }
    }

    private static Channel channel(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "channel: required, one of HOTLINE_12345, APP, DEPARTMENT_TRANSFER, PETITION");
        }
        try {
            return Channel.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "channel: " + name + " is not a channel; one of HOTLINE_12345, APP, DEPARTMENT_TRANSFER, PETITION");
        }
    }
}
