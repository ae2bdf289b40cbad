package org.zongzhi.console.conformance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.zongzhi.console.domain.Conformance;
import org.zongzhi.console.gateway.ApiException;

/** What the conformance controllers share: a refusal shown on the page it came from, in Chinese. */
final class Pages {

    private static final Logger log = LoggerFactory.getLogger(Pages.class);

    private Pages() {}

    /**
     * Puts the sentence for a refused step on the page as {@code error} (and which form it was, as
     * {@code errorAt}) and answers with the API's status; a lapsed sign-in goes on to the sign-in page.
     */
    static void refused(ApiException e, String action, String at, Model model, HttpServletResponse response) {
        if (e.unauthorized()) {
            throw e;
        }
        log.info("conformance step {} refused: {} {} {} {}", action, e.status(), e.type(), e.field(), e.detail());
        model.addAttribute("error", Conformance.refusal(e.status(), e.type(), e.field(), action));
        model.addAttribute("errorAt", at);
        response.setStatus(e.pageStatus());
    }

    /** A list the page can show even when a part of it was refused (e.g. a center not allowed to see it). */
    static List<Map<String, Object>> listOrEmpty(java.util.function.Supplier<List<Map<String, Object>>> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            return List.of();
        }
    }

    static Map<String, Object> objectOrNull(java.util.function.Supplier<Map<String, Object>> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.unauthorized()) {
                throw e;
            }
            return null;
        }
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
