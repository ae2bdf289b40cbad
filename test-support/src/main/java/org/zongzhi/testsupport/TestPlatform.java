package org.zongzhi.testsupport;

import org.zongzhi.infra.launcher.Instance;
import org.zongzhi.infra.launcher.Platform;

/**
 * The {@code test} instance of the local platform, shared by every test class and every module of a test
 * run: the first caller starts PostgreSQL, Redis, Elasticsearch and Keycloak (or finds them running), the
 * others reuse them. Tests isolate themselves by tenant and data, not by fresh servers. The processes stay
 * up after the run so the next one starts warm; {@code ./platform down --test} stops them.
 */
public final class TestPlatform {

    private static Platform platform;
    private static Platform.Backing backing;

    private TestPlatform() {}

    public static synchronized Platform platform() {
        if (platform == null) {
            platform = new Platform(Instance.test(Instance.findRoot()));
        }
        return platform;
    }

    public static synchronized Platform.Backing backing() {
        if (backing == null) {
            backing = platform().ensureBacking();
        }
        return backing;
    }
}
