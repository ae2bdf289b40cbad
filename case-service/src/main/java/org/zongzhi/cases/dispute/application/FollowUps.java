package org.zongzhi.cases.dispute.application;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.cases.dispute.domain.FollowUp;
import org.zongzhi.platform.tenancy.Caller;

/** After closing: calls and visits with the parties (回访, 复诊), and reopening what is not really settled. */
@Service
@Transactional
public class FollowUps {

    private final CaseChanges changes;

    FollowUps(CaseChanges changes) {
        this.changes = changes;
    }

    public CaseView record(
            Caller caller, UUID id, FollowUp.Kind kind, FollowUp.Satisfaction satisfaction, String note) {
        return changes.change(caller, id, (c, act) -> c.followUp(act, kind, satisfaction, note));
    }

    public CaseView reopen(Caller caller, UUID id, String reason) {
        return changes.change(caller, id, (c, act) -> c.reopen(act, reason));
    }
}
