package org.zongzhi.cases.dispute.application;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.dispute.domain.Receivers;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * Moving a case between centers: escalating to the parent (上报), referring below (转办/转诊), and the
 * receiver accepting or returning it. The step's clock moves with the case; its whole path stays on the
 * timeline and every center on it keeps reading the case.
 */
@Service
@Transactional
public class AcrossLevels {

    private final CaseChanges changes;
    private final Receivers receivers;

    AcrossLevels(CaseChanges changes, CenterDirectory centers) {
        this.changes = changes;
        this.receivers = center -> switch (centers.state(center)) {
            case OPERATING -> Optional.empty();
            case PLANNED ->
                Optional.of("center " + center + " is not on the platform yet (planned, no staff to accept the case)");
            case SUSPENDED -> Optional.of("center " + center + " is suspended and cannot accept cases");
            case UNKNOWN -> Optional.of("there is no center " + center);
        };
    }

    /** Staff of the holding center escalate; a grid worker escalates what they took in (网格员一键上报). */
    public CaseView escalate(Caller caller, UUID id, String reason) {
        return changes.change(caller, id, (c, act) -> {
            Reporters.require(caller, c);
            c.escalate(act, reason);
        });
    }

    public CaseView refer(Caller caller, UUID id, TenantCode to, String reason) {
        return changes.change(caller, id, (c, act) -> c.refer(act, to, reason, receivers));
    }

    public CaseView acceptTransfer(Caller caller, UUID id) {
        return changes.change(caller, id, (c, act) -> c.acceptTransfer(act));
    }

    public CaseView returnTransfer(Caller caller, UUID id, String reason) {
        return changes.change(caller, id, (c, act) -> c.returnTransfer(act, reason));
    }
}
