package org.zongzhi.tenant.tree.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.tree.domain.Center;
import org.zongzhi.tenant.tree.domain.CenterDirectory;
import org.zongzhi.tenant.tree.domain.CenterStatus;

/**
 * A center's public card for citizens (the 一码可查 page names the center handling a case and its phone):
 * read without an account, so outside any caller's row-level security, and therefore limited to what a
 * center's plate says anyway: code, name and phone of an operating center. Any other center is not found.
 */
@Service
public class CenterCards {

    private final CenterDirectory directory;
    private final TransactionTemplate transactions;

    CenterCards(CenterDirectory directory, TransactionTemplate transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    /** What anyone may know of an operating center. */
    public record Card(String code, String name, String phone) {}

    public Card card(TenantCode code) {
        Optional<Center> center =
                TenantScope.asSystem("public center card", () -> transactions.execute(tx -> directory.find(code)));
        return center.filter(c -> c.status() == CenterStatus.OPERATING)
                .map(c -> new Card(
                        c.code().value(),
                        c.displayName() == null ? c.name() + "综治中心" : c.displayName(),
                        c.adminPhone()))
                .orElseThrow(() -> Problems.notFound("There is no operating center " + code + "."));
    }
}
