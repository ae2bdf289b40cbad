package org.zongzhi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.zongzhi.infra.launcher.Platform;

/**
 * The platform's real gateway (the jar the build made) in front of a service under test, so a test calls
 * the service the way users do: token checked at the edge, tenant headers dropped, request id added.
 * One gateway per service and test JVM, stopped when the JVM ends.
 */
public final class TestGateway {

    private static String url;
    private static int frontedPort = -1;

    private TestGateway() {}

    /**
     * The base URL of a gateway routing to the service on {@code servicePort}.
     *
     * @param serviceUrlVariable the gateway's setting for that service, e.g. {@code CASE_SERVICE_URL}
     */
    public static synchronized String inFrontOf(String serviceUrlVariable, int servicePort) {
        if (url != null && frontedPort == servicePort) {
            return url;
        }
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        String name = "gateway-for-" + serviceUrlVariable.toLowerCase().replace('_', '-');
        platform.stopServices(List.of(name));
        url = platform.startGateway(name, freePort(), Map.of(serviceUrlVariable, "http://localhost:" + servicePort));
        frontedPort = servicePort;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> platform.stopServices(List.of(name))));
        return url;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
