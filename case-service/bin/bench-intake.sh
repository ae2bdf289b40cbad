#!/usr/bin/env bash
# Intake throughput: case-service/bin/bench-intake.sh [base=http://localhost:8080] [issuer=http://localhost:8180/realms/zongzhi] [cases=2000] [clients=16]
# Needs the platform running (./platform up: the gateway on :8080, Keycloak on :8180 with the demo realm).
# Cases are taken in by the realm's demo intake users of six centers; they stay in the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
# One invocation: the reactor's own modules (platform-starter, test-support, the launcher) resolve from their
# target directories, so this works on a clean clone where none of them is installed.
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl case-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp="case-service/target/test-classes:case-service/target/classes:platform-starter/target/classes:test-support/target/classes:$(cat case-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -cp "$cp" org.zongzhi.cases.bench.IntakeBenchmark \
  "${1:-http://localhost:8080}" "${2:-http://localhost:8180/realms/zongzhi}" "${3:-2000}" "${4:-16}"
