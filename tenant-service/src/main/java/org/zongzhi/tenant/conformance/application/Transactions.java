package org.zongzhi.tenant.conformance.application;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Every read and write of the feature runs in a transaction, so row-level security sees the caller. */
@Component
class Transactions {

    private final TransactionTemplate template;

    Transactions(TransactionTemplate template) {
        this.template = template;
    }

    <T> T run(Supplier<T> work) {
        return template.execute(tx -> work.get());
    }
}
