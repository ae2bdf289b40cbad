package org.zongzhi.console.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.client.RestClient;

/**
 * The platform's API as a page test needs it: canned answers by method and path on a local HTTP server,
 * and a real {@link Gateway} pointed at it; the requests it received, to assert what a form sent.
 */
public final class FakeApi implements AutoCloseable {

    /** A canned answer. */
    public record Answer(int status, String contentType, byte[] body) {
        public static Answer json(String json) {
            return new Answer(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer problem(int status, String field) {
            String body = "{\"type\":\"https://zongzhi.org/problems/invalid-request\",\"status\":" + status
                    + (field == null ? "" : ",\"field\":\"" + field + "\"") + ",\"detail\":\"refused\"}";
            return new Answer(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request received: method, path with query, body. */
    public record Received(String method, String path, String body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());

    public FakeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            byte[] in = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    method, query == null ? path : path + "?" + query, new String(in, StandardCharsets.UTF_8)));
            Answer answer = answers.get(method + " " + path);
            if (answer == null) {
                answer = Answer.problem(404, null);
            }
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
            exchange.close();
        });
        server.start();
    }

    public FakeApi on(String methodAndPath, Answer answer) {
        answers.put(methodAndPath, answer);
        return this;
    }

    public FakeApi on(String methodAndPath, String json) {
        return on(methodAndPath, Answer.json(json));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Gateway gateway() {
        return new Gateway(
                RestClient.builder(), "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
