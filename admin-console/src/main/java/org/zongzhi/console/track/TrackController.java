package org.zongzhi.console.track;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zongzhi.console.domain.CaseCodeHint;
import org.zongzhi.console.domain.TrackText;

/**
 * {@code /track}: the form, with the code filled in from the receipt's QR link ({@code /track?code=…}),
 * and its no-script answer. With script, {@code track.js} sends the form from the citizen's browser
 * straight to {@code POST /api/cases/lookup} instead, so that the gateway's per-address limit counts
 * each citizen on their own address; through this controller every citizen would share the console's.
 */
@Controller
class TrackController {

    private final CitizenLookupClient lookup;

    TrackController(CitizenLookupClient lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/track")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : CaseCodeHint.display(code));
        if (code != null && !code.isBlank()) {
            CaseCodeHint.problem(code).ifPresent(hint -> model.addAttribute("codeHint", hint));
        }
        return page(model);
    }

    @PostMapping("/track")
    String lookUp(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String secret,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("code", CaseCodeHint.display(code));
        var hint = CaseCodeHint.problem(code);
        if (hint.isPresent()) {
            model.addAttribute("codeHint", hint.get());
            response.setStatus(400);
            return page(model);
        }
        String typedSecret = secret == null ? "" : secret.replaceAll("\\s", "").toUpperCase();
        if (typedSecret.length() != 8) {
            model.addAttribute("secretHint", TrackText.BAD_SECRET);
            response.setStatus(400);
            return page(model);
        }
        CitizenLookupClient.Answer answer = lookup.lookUp(CaseCodeHint.compact(code), typedSecret);
        if (answer.status() == 200) {
            model.addAttribute("view", answer.view());
            model.addAttribute("steps", answer.view().get("steps") instanceof List<?> s ? s : List.of());
            model.addAttribute("notes", answer.view().get("publicNotes") instanceof List<?> n ? n : List.of());
            Object holder = answer.view().get("holderCenter");
            model.addAttribute("card", lookup.card(holder == null ? null : holder.toString()));
            return page(model);
        }
        String text = TrackText.of(answer.status(), answer.type(), answer.field(), answer.retryAfter());
        if (answer.status() == 400 && "code".equals(answer.field())) {
            model.addAttribute("codeHint", text);
        } else {
            model.addAttribute("error", text);
        }
        if (answer.retryAfter() != null) {
            response.setHeader("Retry-After", answer.retryAfter().toString());
        }
        response.setStatus(answer.status() >= 400 && answer.status() < 600 ? answer.status() : 502);
        return page(model);
    }

    private static String page(Model model) {
        model.addAttribute(
                "messages",
                Map.of(
                        "notFound", TrackText.NOT_FOUND,
                        "badSecret", TrackText.BAD_SECRET,
                        "locked", TrackText.LOCKED,
                        "unavailable", TrackText.UNAVAILABLE,
                        "busy", TrackText.BUSY));
        return "track";
    }
}
