#!/usr/bin/env bash
# Console page render times in headless Chromium through the gateway (p50/p95 over 50 loads per page).
# Starts the test instance's services if they are not running; prints one line per page.
#   infra/bin/bench-console.sh            (BENCH_LOADS=50 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
. infra/bin/browser.sh
./mvnw -B -q -DskipTests -Dspotless.check.skip=true install
./mvnw -B -pl infra/e2e verify -Dspotless.check.skip=true -Dit.test=ConsolePagesBench -Dbench.loads="${BENCH_LOADS:-50}" \
  -Dfailsafe.failIfNoSpecifiedTests=false | grep -E '^(page|首页|待办|登记|案件|中心|统计)|Tests run|BUILD'
