package org.zongzhi.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' Elasticsearch client: with the login in {@code BENCH_ES_USERNAME} / {@code BENCH_ES_PASSWORD}
 * (the scripts default them to search-service's of the local instance, whose user may manage the
 * {@code bench-cases-*} and {@code bench-export-*} indices), without one when they are unset (an
 * Elasticsearch running open).
 */
final class BenchClient {

    private BenchClient() {}

    static ElasticsearchClient of(String url) {
        String username = System.getenv("BENCH_ES_USERNAME");
        String password = System.getenv("BENCH_ES_PASSWORD");
        return ElasticsearchClient.of(b -> {
            b.host(url).jsonMapper(new Jackson3JsonpMapper(JsonMapper.builder().build()));
            if (username != null && !username.isBlank()) {
                b.usernameAndPassword(username, password == null ? "" : password);
            }
            return b;
        });
    }
}
