package org.zongzhi.search.cases.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared case index: physical indices {@code cases-<timestamp>} behind the alias {@code cases}, which
 * every read uses. A rebuild fills a new index while the alias keeps answering from the old one; writes go
 * to both meanwhile, then the alias moves in one atomic step.
 */
@Component
public class CaseIndex {

    public static final String ALIAS = "cases";
    private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

    private final ElasticsearchClient client;
    private final List<String> extraWriteTargets = new CopyOnWriteArrayList<>();

    CaseIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Creates the first index and the alias when there is none.
     *
     * @return true when the index in use was made by an earlier version: the fields it lacked are added now,
     *     and its documents need a rebuild to fill them (see {@code IndexSetup})
     */
    public synchronized boolean ensure() {
        try {
            if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                return addNewFields();
            }
            String index = createIndex();
            client.indices()
                    .updateAliases(
                            u -> u.actions(a -> a.add(add -> add.index(index).alias(ALIAS))));
            log.info("Created index {} behind alias {}", index, ALIAS);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /** A new, empty index with the current mapping, not yet behind the alias. */
    public String createIndex() {
        String index = ALIAS + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        String json = definition();
        try {
            client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index made by an earlier version lacks the fields added since (the mapping is strict, so writes of
     * them would fail): they are added in place. Its documents get their values when they are next indexed
     * or at a full rebuild ({@code POST /api/search/reindex}).
     */
    private boolean addNewFields() throws IOException {
        var mappings = JsonMapper.builder().build().readTree(definition()).get("mappings");
        Set<String> wanted = new java.util.HashSet<>();
        mappings.get("properties").properties().forEach(field -> wanted.add(field.getKey()));
        for (var current :
                client.indices().getMapping(m -> m.index(ALIAS)).mappings().values()) {
            wanted.removeAll(current.mappings().properties().keySet());
        }
        if (wanted.isEmpty()) {
            return false;
        }
        log.info("The case index lacks the fields {} of this version; adding them", wanted);
        client.indices().putMapping(m -> m.index(ALIAS).withJson(new StringReader(mappings.toString())));
        return true;
    }

    private String definition() {
        try (InputStream definition = getClass().getResourceAsStream("/elasticsearch/cases-index.json")) {
            return new String(definition.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indices the alias points at now. */
    public Set<String> current() {
        try {
            return client.indices().getAlias(a -> a.name(ALIAS)).aliases().keySet();
        } catch (ElasticsearchException e) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where indexing writes: the alias, plus an index being rebuilt. */
    List<String> writeTargets() {
        var targets = new java.util.ArrayList<String>();
        targets.add(ALIAS);
        targets.addAll(extraWriteTargets);
        return targets;
    }

    void alsoWriteTo(String index) {
        extraWriteTargets.add(index);
    }

    /** Moves the alias to {@code index} in one step and drops the indices it left. */
    void switchTo(String index) {
        Set<String> old = current();
        try {
            client.indices().refresh(r -> r.index(index));
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(ALIAS))));
                return u.actions(a -> a.add(add -> add.index(index).alias(ALIAS)));
            });
            extraWriteTargets.remove(index);
            for (String o : old) {
                if (!o.equals(index)) {
                    client.indices().delete(d -> d.index(o));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void abandon(String index) {
        extraWriteTargets.remove(index);
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | ElasticsearchException e) {
            log.warn("Could not delete abandoned index {}: {}", index, e.getMessage());
        }
    }
}
