package org.zongzhi.tenant.tree.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.tenant.tree.domain.Center;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot part of the tree in Redis (through Lettuce): single centers, children lists and ancestor chains.
 * Keys name the center they describe, never the caller, and hold the same answer for everyone: who may
 * read them is decided before the cache is asked. Any change to the tree bumps a generation number that is
 * part of every key, which drops the whole cached tree at once (changes are rare; reads are not). When
 * Redis is down, reads go to PostgreSQL.
 */
@Component
class TreeCache {

    private static final Logger log = LoggerFactory.getLogger(TreeCache.class);
    private static final String GENERATION = "tenant-tree:generation";
    private static final Duration TTL = Duration.ofHours(6);
    private static final TypeReference<List<Center>> CENTERS = new TypeReference<>() {};

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    TreeCache(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    Optional<Center> center(String code, Supplier<Optional<Center>> load) {
        String key = key("center", code);
        String cached = get(key);
        if (cached != null) {
            return Optional.of(json.readValue(cached, Center.class));
        }
        Optional<Center> loaded = load.get();
        loaded.ifPresent(center -> put(key, json.writeValueAsString(center)));
        return loaded;
    }

    List<Center> list(String kind, String code, Supplier<List<Center>> load) {
        String key = key(kind, code);
        String cached = get(key);
        if (cached != null) {
            return json.readValue(cached, CENTERS);
        }
        List<Center> loaded = load.get();
        put(key, json.writeValueAsString(loaded));
        return loaded;
    }

    void invalidateAll() {
        try {
            redis.opsForValue().increment(GENERATION);
        } catch (DataAccessException e) {
            log.warn("Could not invalidate the cached tree in Redis: {}", e.getMessage());
        }
    }

    private String key(String kind, String code) {
        String generation;
        try {
            generation = redis.opsForValue().get(GENERATION);
        } catch (DataAccessException e) {
            generation = null;
        }
        return "tenant-tree:" + (generation == null ? "0" : generation) + ":" + kind + ":" + code;
    }

    private String get(String key) {
        try {
            return redis.opsForValue().get(key);
        } catch (DataAccessException e) {
            log.warn("Tree cache unavailable, reading PostgreSQL: {}", e.getMessage());
            return null;
        }
    }

    private void put(String key, String value) {
        try {
            redis.opsForValue().set(key, value, TTL);
        } catch (DataAccessException e) {
            log.warn("Could not cache {}: {}", key, e.getMessage());
        }
    }
}
