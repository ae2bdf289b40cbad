package org.zongzhi.search.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.Visibility;

/** Case documents for tests, in the words of the domain. */
final class Documents {

    private Documents() {}

    /** Writes the documents and makes them searchable at once. */
    static void index(
            org.zongzhi.search.cases.infrastructure.CaseIndex index,
            org.zongzhi.search.cases.infrastructure.CaseIndexWriter writer,
            co.elastic.clients.elasticsearch.ElasticsearchClient client,
            List<CaseDocument> documents)
            throws java.io.IOException {
        index.ensure();
        writer.upsert(documents);
        client.indices().refresh(r -> r.index(org.zongzhi.search.cases.infrastructure.CaseIndex.ALIAS));
    }

    static CaseDocument withVersion(CaseDocument d, long version, String description) {
        return copy(d, version, description, d.place(), d.partyKeys(), d.partyNames(), d.notes(), d.internalNotes());
    }

    /** The same case with these party names as case-service sends them (not masked). */
    static CaseDocument withPartyNames(CaseDocument d, List<String> names) {
        return copy(d, d.version(), d.description(), d.place(), d.partyKeys(), names, d.notes(), d.internalNotes());
    }

    /** The same case with public and internal notes. */
    static CaseDocument withNotes(CaseDocument d, List<String> publicNotes, List<String> internalNotes) {
        return copy(
                d, d.version(), d.description(), d.place(), d.partyKeys(), d.partyNames(), publicNotes, internalNotes);
    }

    static CaseDocument withPlaceAndParties(CaseDocument d, String place, List<String> partyKeys) {
        return copy(d, d.version(), d.description(), place, partyKeys, d.partyNames(), d.notes(), d.internalNotes());
    }

    private static CaseDocument copy(
            CaseDocument d,
            long version,
            String description,
            String place,
            List<String> partyKeys,
            List<String> partyNames,
            List<String> notes,
            List<String> internalNotes) {
        return new CaseDocument(
                d.id(),
                d.code(),
                version,
                d.title(),
                description,
                notes,
                internalNotes,
                place,
                d.category(),
                d.channel(),
                d.status(),
                d.risk(),
                d.warning(),
                d.originCenter(),
                d.originLevel(),
                d.originAncestors(),
                d.holderCenter(),
                d.visibleTo(),
                partyNames,
                partyKeys,
                d.respondents(),
                d.applicantCount(),
                d.createdAt(),
                d.acceptedAt(),
                d.closedAt(),
                d.accepted(),
                d.acceptedOnTime(),
                d.closed(),
                d.closedOnTime(),
                d.resolved(),
                d.outcome(),
                d.cycleDays(),
                d.followedUp(),
                d.satisfaction(),
                d.supervision(),
                d.indexedAt(),
                d.gridCode());
    }

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
                null,
                Instant.now(),
                null);
    }
}
