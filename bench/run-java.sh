#!/usr/bin/env bash
# Runs one bench main class on the bench classpath with Modus's JVM flags, after building,
#   usage: bench/run-java.sh CLASS [ARGS...]   e.g. bench/run-java.sh LanguageSamplingCheck 5000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && ./mvnw -q -B -DskipTests package)
opts="$(cat "$here/jobs/target/classes/modus-jvm.options")"
main="$1"; shift
# shellcheck disable=SC2086
exec java $opts -Dlog4j2.configurationFile=modus-log4j2.properties \
  -cp "$(cat "$here/bench/target/classpath.txt"):$here/bench/target/classes" "org.modus.bench.$main" "$@"
