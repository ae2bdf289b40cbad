package org.zongzhi.tenant.conformance.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.tenant.profile.domain.CenterProfile;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the conformance feature reads of the tree and the profiles: the centers in a round's scope, names,
 * plates, and each center's latest declared profile revision.
 */
@Repository
public class CenterFacts {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CenterFacts(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record InScope(String code, Level level) {}

    public record Profile(int revision, CenterProfile profile) {}

    /** The centers of the given levels strictly below {@code root}, operating ones only unless asked. */
    public List<InScope> inScope(TenantCode root, List<Level> levels, boolean includePlanned) {
        return jdbc.query(
                "select code, level from center where code > ? and code < ? and level = any (?)"
                        + (includePlanned ? " and status <> 'SUSPENDED'" : " and status = 'OPERATING'")
                        + " order by code",
                (rs, i) -> new InScope(rs.getString(1), Level.valueOf(rs.getString(2))),
                root.value(),
                root.value() + "~",
                levels.stream().map(Enum::name).toArray(String[]::new));
    }

    public Map<String, String> names(List<String> codes) {
        var names = new HashMap<String, String>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.query(
                "select code, coalesce(display_name, name) from center where code = any (?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                },
                (Object) codes.toArray(String[]::new));
        return names;
    }

    /** Whether each center of the subtree has a plate name and an opening day. */
    public Map<String, Boolean> plates(TenantCode root) {
        var plates = new HashMap<String, Boolean>();
        jdbc.query(
                "select code, display_name is not null and opened_on is not null from center"
                        + " where code >= ? and code < ?",
                rs -> {
                    plates.put(rs.getString(1), rs.getBoolean(2));
                },
                root.value(),
                root.value() + "~");
        return plates;
    }

    /** The latest profile revision of every center of the subtree that has declared one. */
    public Map<String, Profile> latestProfiles(TenantCode root) {
        var profiles = new HashMap<String, Profile>();
        jdbc.query(
                "select distinct on (tenant_id) tenant_id, revision, document from center_profile"
                        + " where center_path <@ cast(? as ltree) order by tenant_id, revision desc",
                rs -> {
                    profiles.put(
                            rs.getString(1),
                            new Profile(rs.getInt(2), json.readValue(rs.getString(3), CenterProfile.class)));
                },
                root.path());
        return profiles;
    }

    public List<Integer> profileRevisions(TenantCode center) {
        return jdbc.queryForList(
                "select revision from center_profile where tenant_id = ? order by revision",
                Integer.class,
                center.value());
    }
}
