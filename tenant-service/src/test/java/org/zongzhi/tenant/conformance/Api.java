package org.zongzhi.tenant.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/** Calls of the conformance API as a demo user, the way the console or a script makes them. */
public final class Api {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + "/api/tenants/" + path;
    }

    public Http.Response get(String user, String path) {
        return Http.get(url(path), Tokens.of(user));
    }

    public Http.Response post(String user, String path, Object body) {
        return Http.postJson(url(path), Tokens.of(user), body == null ? "{}" : Http.json(body));
    }

    Http.Response delete(String user, String path) {
        return Http.delete(url(path), Tokens.of(user));
    }

    Http.Response put(String user, String path, Object body) {
        return Http.putJson(url(path), Tokens.of(user), Http.json(body));
    }

    public JsonNode ok(Http.Response response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("expected 2xx, got " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    /** A POST that may take minutes (scale runs). */
    Http.Response postSlowly(String user, String path, Object body) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .timeout(Duration.ofMinutes(10))
                            .header("Authorization", "Bearer " + Tokens.of(user))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : Http.json(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Http.Response upload(String user, String path, String filename, String contentType, byte[] content) {
        String boundary = "----zongzhi" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + Tokens.of(user))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
