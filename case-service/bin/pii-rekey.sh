#!/usr/bin/env bash
# Re-encrypts personal data under the current key while the platform runs: case-service/bin/pii-rekey.sh
# Uses the same settings as case-service (environment variables; defaults: the local platform of ./platform up):
#   SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD   the case database (jdbc:postgresql://localhost:5432/case)
#   CASE_PII_KEY               the master key
#   CASE_PII_ENCRYPTION_KEYS   every key still in use, id:base64,… (the old ones and the new one)
#   CASE_PII_CURRENT_KEY       the new key's id
# Prints the encrypted values per key before and after. See case-service/README.md, "Personal data".
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/bin/jdk.sh
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl case-service -am package >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx256m -jar case-service/target/case-service.jar \
  --spring.main.web-application-type=none \
  --cases.background-jobs.enabled=false \
  --cases.pii.rekey=run
