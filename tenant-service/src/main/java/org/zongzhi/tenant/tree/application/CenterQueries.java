package org.zongzhi.tenant.tree.application;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterDirectory;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreePage;
import org.zongzhi.tenant.tree.domain.CenterDirectory.SubtreeQuery;
import org.zongzhi.tenant.tree.domain.CenterEvent;
import org.zongzhi.tenant.tree.domain.TreeVisibility;

/** What a center may read of the tree. Outside its reach the answer is the same as for a code that does not exist. */
@Service
@Transactional(readOnly = true)
public class CenterQueries {

    private final CenterDirectory directory;

    CenterQueries(CenterDirectory directory) {
        this.directory = directory;
    }

    public Center get(Caller caller, TenantCode code) {
        if (!TreeVisibility.canSee(caller, code)) {
            throw notVisible(code);
        }
        return directory.find(code).orElseThrow(() -> notVisible(code));
    }

    public List<Center> ancestors(Caller caller, TenantCode code) {
        get(caller, code);
        return directory.ancestors(code);
    }

    public List<Center> children(Caller caller, TenantCode code) {
        requireOwnSubtree(caller, code);
        return directory.children(code);
    }

    public SubtreePage subtree(Caller caller, TenantCode code, SubtreeQuery query) {
        requireOwnSubtree(caller, code);
        return directory.subtree(code, query);
    }

    /** What happened to a center, newest first; readable by the center and those above it. */
    public List<CenterEvent> history(Caller caller, TenantCode code) {
        requireOwnSubtree(caller, code);
        return directory.history(code);
    }

    private void requireOwnSubtree(Caller caller, TenantCode code) {
        if (!TreeVisibility.canSeeOwnData(caller, code)) {
            throw notVisible(code);
        }
        directory.find(code).orElseThrow(() -> notVisible(code));
    }

    static RuntimeException notVisible(TenantCode code) {
        return Problems.notFound("There is no center " + code + " in your part of the tree.");
    }
}
