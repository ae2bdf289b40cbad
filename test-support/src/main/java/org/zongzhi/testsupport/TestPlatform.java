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
            platform = new Platform(Instance.named(instanceName(), Instance.findRoot()));
        }
        return platform;
    }

    /**
     * {@code test}, unless {@code PLATFORM_TEST_INSTANCE} (or the system property
     * {@code platform.test-instance}) names another, e.g. {@code secure} to run tests against backing
     * services started with credentials while the test instance keeps serving others.
     */
    static String instanceName() {
        String name = System.getProperty("platform.test-instance", System.getenv("PLATFORM_TEST_INSTANCE"));
        return name == null || name.isBlank() ? "test" : name;
    }

    public static synchronized Platform.Backing backing() {
        if (backing == null) {
            backing = platform().ensureBacking();
        }
        return backing;
    }
}
