package org.zongzhi.cases.open311.infrastructure;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.open311.application.RequestStore;
import org.zongzhi.platform.tenancy.TenantCode;

/**
 * {@code open311_request} joined with the case's current state. Runs as the key's center: row-level
 * security shows its own requests, and the cases it took in (a center stays on a case's custody trail
 * after escalating it, so the status keeps reading).
 */
@Component
class SqlRequests implements RequestStore {

    private final JdbcClient jdbc;

    SqlRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Recorded r) {
        jdbc.sql("insert into open311_request (case_id, code, center, channel, key_id, service_code, lat, long,"
                        + " address, media_url, requested_at) values (:case, :code, :center, :channel, :key,"
                        + " :service, :lat, :long, :address, :media, :at) on conflict (case_id) do nothing")
                .param("case", r.caseId())
                .param("code", r.code())
                .param("center", r.center().value())
                .param("channel", r.channel().name())
                .param("key", r.keyId())
                .param("service", r.serviceCode())
                .param("lat", r.lat())
                .param("long", r.lon())
                .param("address", r.address())
                .param("media", r.mediaUrl())
                .param("at", SqlApiKeys.time(r.requestedAt()))
                .update();
    }

    @Override
    public List<PublicRequest> find(TenantCode center, Channel channel, Query q, int limit) {
        StringBuilder sql = new StringBuilder("select r.code, c.status, r.service_code, c.description, c.holder,"
                + " r.requested_at, c.updated_at, r.lat, r.long, r.address, r.media_url"
                + " from open311_request r join cases c on c.id = r.case_id"
                + " where r.center = :center and r.channel = :channel");
        if (!q.codes().isEmpty()) {
            sql.append(" and r.code in (:codes)");
        } else {
            sql.append(" and r.requested_at >= :start and r.requested_at <= :end");
            if (!q.serviceCodes().isEmpty()) {
                sql.append(" and r.service_code in (:services)");
            }
            if (q.open().size() == 1) {
                sql.append(
                        q.open().contains(true)
                                ? " and c.status in (:openStates)"
                                : " and c.status not in (:openStates)");
            }
        }
        sql.append(" order by r.requested_at desc, r.code limit :limit");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
                .param("center", center.value())
                .param("channel", channel.name())
                .param("limit", limit);
        if (!q.codes().isEmpty()) {
            spec = spec.param("codes", q.codes());
        } else {
            spec = spec.param("start", SqlApiKeys.time(q.start())).param("end", SqlApiKeys.time(q.end()));
            if (!q.serviceCodes().isEmpty()) {
                spec = spec.param("services", List.copyOf(q.serviceCodes()));
            }
            if (q.open().size() == 1) {
                spec = spec.param(
                        "openStates",
                        java.util.Arrays.stream(CaseStatus.values())
                                .filter(CaseStatus::isOpen)
                                .map(Enum::name)
                                .toList());
            }
        }
        return spec.query((rs, n) -> new PublicRequest(
                        rs.getString("code"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("service_code"),
                        rs.getString("description"),
                        rs.getString("holder"),
                        SqlApiKeys.instant(rs, "requested_at"),
                        SqlApiKeys.instant(rs, "updated_at"),
                        (Double) rs.getObject("lat"),
                        (Double) rs.getObject("long"),
                        rs.getString("address"),
                        rs.getString("media_url")))
                .list();
    }
}
