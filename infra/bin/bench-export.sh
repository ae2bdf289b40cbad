#!/usr/bin/env bash
# Excel export benchmark: ./infra/bin/bench-export.sh [cases=100000] [elasticsearch=http://localhost:9200]
# Exports generated cases as GET /api/search/cases/export does, in a JVM of -Xmx256m (the services' serial
# GC), and prints the time and the peak heap. Needs a running Elasticsearch with the platform's analysis
# plugin (./platform up, or ./platform backing).
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl search-service -am test-compile
./mvnw -q -B -pl search-service -am dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="search-service/target/test-classes:search-service/target/classes:platform-starter/target/classes:$(cat search-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -cp "$cp" org.zongzhi.search.bench.ExportBenchmark "${1:-100000}" "${2:-http://localhost:9200}"
