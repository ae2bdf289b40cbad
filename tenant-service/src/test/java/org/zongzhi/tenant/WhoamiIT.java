package org.zongzhi.tenant;

import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import org.zongzhi.testsupport.ServiceContractIT;

/** What every service promises ({@link ServiceContractIT}), for tenant-service. */
@PlatformIntegrationTest
class WhoamiIT extends ServiceContractIT {

    @LocalServerPort
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String service() {
        return "tenant-service";
    }

    @Override
    protected String api() {
        return "/api/tenants";
    }

    @Override
    protected List<String> stores() {
        return List.of("db", "redis");
    }
}
