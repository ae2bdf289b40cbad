package org.zongzhi.cases;

import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.testsupport.ServiceContractIT;

/** What every service promises ({@link ServiceContractIT}), for case-service. */
@CaseServiceIT
class WhoamiIT extends ServiceContractIT {

    @LocalServerPort
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String service() {
        return "case-service";
    }

    @Override
    protected String api() {
        return "/api/cases";
    }

    @Override
    protected List<String> stores() {
        return List.of("db", "redis");
    }
}
