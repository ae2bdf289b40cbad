package org.zongzhi.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An address whose percent-escapes are not UTF-8 ({@code %C0%AE}, a lone {@code %FF}, a cut {@code %E4%B8})
 * is refused here with a 400 problem: passed on, the services' servlet container would answer it with an
 * HTML error page (in the path) before any of the platform's code runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Utf8AddressFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
        String part = !isUtf8(uri.getRawPath()) ? "path" : !isUtf8(uri.getRawQuery()) ? "query" : null;
        if (part == null) {
            return chain.filter(exchange);
        }
        return GatewayErrors.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "invalid-encoding",
                "请求地址编码有误 (Bad address encoding)",
                "The " + part + " has percent-escapes that are not UTF-8 (such as %C0%AE, a lone %FF or a cut"
                        + " %E4%B8): percent-encode every character as its UTF-8 bytes.");
    }

    /** Whether the percent-escapes of a raw URI part decode as UTF-8 (a '+' or a broken escape aside). */
    static boolean isUtf8(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 2;
            } else {
                bytes.put((byte) (c < 0x80 ? c : '?'));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
