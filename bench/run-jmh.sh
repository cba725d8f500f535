#!/usr/bin/env bash
# JMH benchmarks of the per-record hot paths (see HotPathBenchmarks); extra arguments go to JMH,
# e.g. bench/run-jmh.sh -wi 2 -i 3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && ./mvnw -q -B -DskipTests package)
opts="$(cat "$here/jobs/target/classes/modus-jvm.options")"
# shellcheck disable=SC2086
java $opts -Dlog4j2.configurationFile=modus-log4j2.properties \
  -cp "$(cat "$here/bench/target/classpath.txt"):$here/bench/target/classes" \
  org.openjdk.jmh.Main -jvmArgsAppend "$opts" "$@"
