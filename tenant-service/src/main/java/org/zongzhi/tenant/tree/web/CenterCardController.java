package org.zongzhi.tenant.tree.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.tree.application.CenterCards;
import org.zongzhi.tenant.tree.application.CenterCards.Card;

/** {@code GET /api/tenants/{code}/card}: an operating center's name and phone, for citizens, without an account. */
@RestController
class CenterCardController {

    private final CenterCards cards;

    CenterCardController(CenterCards cards) {
        this.cards = cards;
    }

    @GetMapping("/api/tenants/{code:\\d{2,12}}/card")
    ResponseEntity<Card> card(@PathVariable String code) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(cards.card(TenantCode.of(code)));
    }

    /** The card is the one read of the tree outside the platform's token check (the gateway permits it too). */
    @Configuration(proxyBeanMethods = false)
    static class PublicCard {

        @Bean
        WebSecurityCustomizer centerCardNeedsNoToken() {
            return web -> web.ignoring()
                    .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "/api/tenants/[0-9]{2,12}/card"));
        }
    }
}
