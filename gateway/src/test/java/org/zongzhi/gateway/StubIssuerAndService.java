package org.zongzhi.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a gateway under test needs around it without the platform: an issuer publishing its JWKS (tokens
 * signed here pass the gateway's checks as Keycloak's do) and a service behind the routes that answers 200
 * and counts what reached it.
 */
final class StubIssuerAndService implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    final AtomicInteger served = new AtomicInteger();

    StubIssuerAndService() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/realms/zongzhi/protocol/openid-connect/certs", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String issuer() {
        return url() + "/realms/zongzhi";
    }

    /** A platform access token for {@code subject} of {@code tenant}, issued {@code issuedAt}, valid 5 minutes. */
    String token(String subject, String tenant, Instant issuedAt) {
        try {
            var claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .audience(List.of("zongzhi-api"))
                    .subject(subject)
                    .claim("preferred_username", subject)
                    .claim("tenant", tenant)
                    .claim("realm_access", Map.of("roles", List.of("intake-clerk")))
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plusSeconds(300)))
                    .build();
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port on this host where nothing listens (bound and released at once). */
    static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
