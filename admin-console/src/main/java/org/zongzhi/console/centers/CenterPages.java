package org.zongzhi.console.centers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.ui.Model;
import org.zongzhi.console.gateway.ApiException;
import org.zongzhi.console.gateway.Gateway;

/** What the center pages share: the code check, a center read with its chain above, refusals on the page. */
final class CenterPages {

    private static final Logger log = LoggerFactory.getLogger(CenterPages.class);
    private static final Pattern CODE = Pattern.compile("\\d{2,12}");

    private CenterPages() {}

    /** The code, or a 404 page for anything that cannot be a division code. */
    static String code(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ApiException(404, "not-found", null, "not a center code: " + code, Map.of());
        }
        return code;
    }

    /** The center and the chain above it into the model ({@code center}, {@code ancestors}). */
    static Map<String, Object> center(Gateway gateway, OAuth2AuthorizedClient client, String code, Model model) {
        Map<String, Object> center =
                gateway.object(client, uri -> uri.path("/api/tenants/{code}").build(code));
        model.addAttribute("center", center);
        List<Map<String, Object>> ancestors;
        try {
            ancestors = gateway.list(
                    client, uri -> uri.path("/api/tenants/{code}/ancestors").build(code));
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            ancestors = List.of();
        }
        model.addAttribute("ancestors", ancestors);
        return center;
    }

    /** A refused step shown on its page as {@code error}, answered with the API's status. */
    static void refused(ApiException e, String step, String sentence, Model model, HttpServletResponse response) {
        if (e.unauthorized()) {
            throw e;
        }
        log.info("center step {} refused: {} {} {} {}", step, e.status(), e.type(), e.field(), e.detail());
        model.addAttribute("error", sentence);
        response.setStatus(e.pageStatus());
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
