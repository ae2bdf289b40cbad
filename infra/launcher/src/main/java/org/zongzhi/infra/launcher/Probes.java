package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Cheap checks of whether something answers. */
final class Probes {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Probes() {}

    static boolean tcp(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int httpStatus(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String httpBody(String url) {
        return httpBody(url, null);
    }

    /** The body of a GET, with HTTP basic authentication when a login is given. */
    static String httpBody(String url, Credentials.Login login) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .GET();
        if (login != null) {
            request.header("Authorization", basic(login));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String basic(Credentials.Login login) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    static boolean redisPing(String host, int port) {
        return redisPing(host, port, null);
    }

    /** PING, after AUTH when a login is given (a Redis with ACL users refuses an unauthenticated PING). */
    static boolean redisPing(String host, int port, Credentials.Login login) {
        return redisCommand(host, port, login, "PING").equals("+PONG");
    }

    /**
     * One command, after AUTH when a login is given; its reply's first line ({@code +OK}, {@code -NOPERM …}),
     * the AUTH's when that failed, empty when Redis did not answer.
     */
    static String redisCommand(String host, int port, Credentials.Login login, String... command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            if (login != null) {
                out.write(resp("AUTH", login.username(), login.password()));
            }
            out.write(resp(command));
            out.flush();
            InputStream in = socket.getInputStream();
            if (login != null) {
                String auth = line(in);
                if (!auth.equals("+OK")) {
                    return auth;
                }
            }
            return line(in);
        } catch (IOException e) {
            return "";
        }
    }

    private static String line(InputStream in) throws IOException {
        var line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static byte[] resp(String... parts) {
        var command = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            command.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        return command.toString().getBytes(StandardCharsets.UTF_8);
    }
}
