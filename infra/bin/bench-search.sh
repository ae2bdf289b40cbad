#!/usr/bin/env bash
# Search benchmark: ./infra/bin/bench-search.sh [cases=1000000] [elasticsearch=http://localhost:9200]
# Needs a running Elasticsearch with the platform's analysis plugin (./platform up, or ./platform backing).
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
# One invocation: the reactor's own modules (platform-starter, test-support, the launcher) resolve from their
# target directories, so this works on a clean clone where none of them is installed.
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl search-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="search-service/target/test-classes:search-service/target/classes:platform-starter/target/classes:$(cat search-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.zongzhi.search.bench.SearchBenchmark "${1:-1000000}" "${2:-http://localhost:9200}"
