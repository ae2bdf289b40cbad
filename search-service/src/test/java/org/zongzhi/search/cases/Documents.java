package org.zongzhi.search.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.Visibility;

/** Case documents for tests, in the words of the domain. */
final class Documents {

    private Documents() {}

    static CaseDocument openCase(String center, String title, String description, String category, Instant createdAt) {
        return handled(center, center, List.of(), title, description, category, createdAt);
    }

    static CaseDocument handled(
            String origin,
            String holder,
            List<String> formerHolders,
            String title,
            String description,
            String category,
            Instant createdAt) {
        String id = UUID.randomUUID().toString();
        return new CaseDocument(
                id,
                "ZZ" + origin + createdAt.toEpochMilli() % 100000,
                1,
                title,
                description,
                List.of(),
                "测试路" + (id.hashCode() & 0xff) + "号",
                category,
                "GRID_REPORT",
                "INVESTIGATING",
                "GENERAL",
                "NONE",
                origin,
                org.zongzhi.platform.tenancy.TenantCode.of(origin).level().name(),
                Visibility.chain(origin),
                holder,
                Visibility.visibleTo(origin, holder, formerHolders),
                List.of("张*"),
                List.of("party-" + id),
                List.of(),
                1,
                createdAt,
                null,
                null,
                false,
                null,
                false,
                null,
                false,
                null,
                null,
                false,
                null,
                Instant.now());
    }
}
