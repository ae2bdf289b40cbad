package org.zongzhi.tenant.tree.infrastructure;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterDirectory;
import org.zongzhi.tenant.tree.domain.CenterEvent;

/** Tree reads: the hot ones through the Redis cache, pages of subtrees straight from PostgreSQL. */
@Component
class CachedCenterDirectory implements CenterDirectory {

    private final JdbcCenters centers;
    private final TreeCache cache;

    CachedCenterDirectory(JdbcCenters centers, TreeCache cache) {
        this.centers = centers;
        this.cache = cache;
    }

    @Override
    public Optional<Center> find(TenantCode code) {
        return cache.center(code.value(), () -> centers.find(code));
    }

    @Override
    public List<Center> children(TenantCode code) {
        return cache.list("children", code.value(), () -> centers.children(code));
    }

    @Override
    public List<Center> ancestors(TenantCode code) {
        return cache.list("ancestors", code.value(), () -> centers.ancestors(code));
    }

    @Override
    public List<CenterEvent> history(TenantCode code) {
        return centers.history(code);
    }

    @Override
    public SubtreePage subtree(TenantCode root, SubtreeQuery query) {
        return centers.subtree(root, query);
    }
}
