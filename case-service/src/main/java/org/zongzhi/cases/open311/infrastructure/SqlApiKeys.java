package org.zongzhi.cases.open311.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.open311.application.ApiKeyStore;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.platform.tenancy.TenantCode;

/** Keys in {@code open311_key}; which rows a call sees is up to row-level security (the acting center's). */
@Component
class SqlApiKeys implements ApiKeyStore {

    private static final String COLUMNS = "id, center, channel, label, prefix, per_minute, created_at, created_by,"
            + " revoked_at, last_used_at, requests, key_hash";

    private final JdbcClient jdbc;

    SqlApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiKey key, String hash) {
        jdbc.sql("insert into open311_key (id, center, channel, label, prefix, key_hash, per_minute, created_at,"
                        + " created_by) values (:id, :center, :channel, :label, :prefix, :hash, :perMinute, :at, :by)")
                .param("id", key.id())
                .param("center", key.center().value())
                .param("channel", key.channel().name())
                .param("label", key.label())
                .param("prefix", key.prefix())
                .param("hash", hash)
                .param("perMinute", key.perMinute())
                .param("at", time(key.createdAt()))
                .param("by", key.createdBy())
                .update();
    }

    @Override
    public List<ApiKey> ofCenter(TenantCode center) {
        return jdbc.sql("select " + COLUMNS + " from open311_key where center = :center order by created_at desc, id")
                .param("center", center.value())
                .query((rs, n) -> key(rs))
                .list();
    }

    @Override
    public Optional<ApiKey> revoke(UUID id, String by, Instant at) {
        return jdbc.sql("update open311_key set revoked_at = coalesce(revoked_at, :at),"
                        + " revoked_by = coalesce(revoked_by, :by) where id = :id returning " + COLUMNS)
                .param("at", time(at))
                .param("by", by)
                .param("id", id)
                .query((rs, n) -> key(rs))
                .optional();
    }

    @Override
    public Optional<Stored> byPrefix(String prefix) {
        return jdbc.sql("select " + COLUMNS + " from open311_key where prefix = :prefix")
                .param("prefix", prefix)
                .query((rs, n) -> new Stored(key(rs), rs.getString("key_hash")))
                .optional();
    }

    @Override
    public void used(UUID id, Instant at) {
        jdbc.sql("update open311_key set requests = requests + 1, last_used_at = greatest(last_used_at, :at)"
                        + " where id = :id")
                .param("at", time(at))
                .param("id", id)
                .update();
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(
                rs.getObject("id", UUID.class),
                TenantCode.of(rs.getString("center")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("label"),
                rs.getString("prefix"),
                rs.getInt("per_minute"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "revoked_at"),
                instant(rs, "last_used_at"),
                rs.getLong("requests"));
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
