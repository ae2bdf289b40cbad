#!/usr/bin/env bash
# Search benchmark: ./infra/bin/bench-search.sh [cases=1000000] [elasticsearch=http://localhost:9200]
# Needs a running Elasticsearch with the platform's analysis plugin (./platform up, or ./platform backing).
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
# One invocation: the reactor's own modules (platform-starter, test-support, the launcher) resolve from their
# target directories, so this works on a clean clone where none of them is installed.
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl search-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
# Elasticsearch's login: BENCH_ES_USERNAME / BENCH_ES_PASSWORD, else search-service's of the local instance
# whose port the URL names (9200 dev, 29200 test, 39200 fault, 49200 secure), when that instance has credentials.
es_url="${2:-http://localhost:9200}"
if [ -z "${BENCH_ES_USERNAME:-}" ]; then
  case "$es_url" in
    *:29200*) es_instance=test ;; *:39200*) es_instance=fault ;; *:49200*) es_instance=secure ;; *) es_instance=dev ;;
  esac
  es_credentials=".platform/$es_instance/credentials/elasticsearch.properties"
  if [ -r "$es_credentials" ]; then
    export BENCH_ES_USERNAME=search-service
    BENCH_ES_PASSWORD="$(grep '^search-service=' "$es_credentials" | cut -d= -f2-)"
    export BENCH_ES_PASSWORD
  fi
fi
cp="search-service/target/test-classes:search-service/target/classes:platform-starter/target/classes:$(cat search-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.zongzhi.search.bench.SearchBenchmark "${1:-1000000}" "$es_url"
