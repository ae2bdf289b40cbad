package org.zongzhi.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.zongzhi.console.domain.ProblemText;
import org.zongzhi.console.gateway.ApiException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every page shares: the signed-in user for the navigation bar, and API failures turned into a
 * friendly page (401: sign in again — except for a suspended center, which the page explains; others: the
 * problem's detail).
 */
@ControllerAdvice
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    static final String SIGN_IN = "/oauth2/authorization/keycloak";
    private static final String REAUTH_AT = ConsoleAdvice.class.getName() + ".reauthAt";
    private static final long REAUTH_GUARD_MILLIS = 60_000;

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final Vocabulary vocabulary;
    private final JsonMapper json;

    ConsoleAdvice(OAuth2AuthorizedClientRepository authorizedClients, Vocabulary vocabulary, JsonMapper json) {
        this.authorizedClients = authorizedClients;
        this.vocabulary = vocabulary;
        this.json = json;
    }

    @ModelAttribute("me")
    Me me(@AuthenticationPrincipal OidcUser user, HttpServletRequest request) {
        OAuth2AuthorizedClient client = client(request);
        vocabulary.ensureLoaded(client);
        return Me.of(user, client, json);
    }

    private OAuth2AuthorizedClient client(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !(auth.getPrincipal() instanceof OidcUser)
                ? null
                : authorizedClients.loadAuthorizedClient("keycloak", auth, request);
    }

    @ExceptionHandler(ApiException.class)
    ModelAndView apiFailed(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        // Signing in again does not help while the center is suspended: the page says so instead.
        boolean centerSuspended = e.unauthorized() && "center-suspended".equals(e.type());
        if (e.unauthorized() && !centerSuspended && !recentlyReauthenticated(request)) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            authorizedClients.removeAuthorizedClient("keycloak", auth, request, response);
            request.getSession().setAttribute(REAUTH_AT, System.currentTimeMillis());
            return new ModelAndView("redirect:" + SIGN_IN);
        }
        log.info("API refused a page: {} {} {}", e.status(), e.type(), e.detail());
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(HttpStatus.valueOf(e.status() >= 400 && e.status() < 600 ? e.status() : 502));
        page.addObject("status", e.status());
        page.addObject("detail", ProblemText.of(e.status(), e.type(), e.field(), null, null));
        page.addObject("title", centerSuspended ? "中心已暂停使用" : titleOf(e.status()));
        page.addObject("me", Me.of(currentUser(), client(request), json));
        return page;
    }

    private static OidcUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof OidcUser user ? user : null;
    }

    private static boolean recentlyReauthenticated(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(REAUTH_AT) instanceof Long at
                && System.currentTimeMillis() - at < REAUTH_GUARD_MILLIS;
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要重新登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409, 422 -> "无法办理";
            case 502, 503, 504 -> "服务暂不可用";
            default -> "出错了";
        };
    }
}
