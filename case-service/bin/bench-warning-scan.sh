#!/usr/bin/env bash
# Warning scan over many open cases: case-service/bin/bench-warning-scan.sh [cases=1000000]
# Runs against the test instance's PostgreSQL (started if needed, like the integration tests), seeds the
# cases, times the scan, and removes them again.
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
exec ./mvnw -B -pl case-service -am verify -Dspotless.check.skip=true -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WarningScanBenchmark -Dbench.cases="${1:-1000000}"
