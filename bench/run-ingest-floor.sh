#!/usr/bin/env bash
# Ingest against its floor, side by side: N generated ads as JSON Lines, then, alternating in fresh JVMs,
#   (a) ./modus ingest-ads on them (clean, language, contacts and redaction, duplicates, near-duplicates,
#       lineage, quarantine), and
#   (b) the floor: a plain Spark job (org.modus.bench.IngestFloor) reading the same files with a given
#       schema and writing Parquet, with the same JVM flags and session defaults,
# each timed from outside with peak RSS, ROUNDS times; prints the medians and their ratio and appends every
# run to bench/results/ingest-floor.tsv with the machine description.
#   usage: bench/run-ingest-floor.sh ADS [ROUNDS]      e.g. bench/run-ingest-floor.sh 200000 3
# Extra JVM flags for the Modus side (a JFR recording, say) go in MODUS_JAVA_OPTS as for ./modus.
set -euo pipefail
ads="${1:?usage: bench/run-ingest-floor.sh ADS [ROUNDS]}"
rounds="${2:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/bench/work/floor-$ads"
results="$here/bench/results"
mkdir -p "$work" "$results"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

(cd "$here" && ./mvnw -q -B -DskipTests package)
"$here/modus" --version >/dev/null
opts="$(cat "$here/jobs/target/classes/modus-jvm.options")"
cp="$(cat "$here/bench/target/classpath.txt"):$here/bench/target/classes"
export SPARK_LOCAL_IP=127.0.0.1

if [ ! -f "$work/corpus/_SUCCESS" ]; then
  # shellcheck disable=SC2086
  java -Xmx4g $opts -Dlog4j2.configurationFile=modus-log4j2.properties -cp "$cp" \
    org.modus.bench.BenchCorpus --json "$work/corpus" "$ads" 1
fi
[ -f "$work/modus.key" ] || "$here/modus" keygen --out "$work/modus.key" >/dev/null

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n1 | tr -d '"')"
# One timed process: its wall seconds and peak GiB on stdout.
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/stdout.txt"
  local wall rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")"
  rss="$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time.txt")"
  echo "$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }') $(echo "$rss / 1048576" | bc -l)"
}
for i in $(seq 1 "$rounds"); do
  rm -rf "$work/floor-out" "$work/run"
  # shellcheck disable=SC2086
  read -r fs fr < <(timed java -Xmx4g $opts -Dlog4j2.configurationFile=modus-log4j2.properties -cp "$cp" \
    org.modus.bench.IngestFloor "$work/corpus" "$work/floor-out")
  read -r ms mr < <(timed "$here/modus" ingest-ads --run "$work/run" --input "$work/corpus/*.json" \
    --format jsonl --source bench --key-file "$work/modus.key" \
    --map ad_id=listing_id,title=headline,text=body,posted_at=published,country=where,site=portal)
  printf '%s\t%s\t%s\t%.1f\t%.2f\t%.1f\t%.2f\t%.2f\t%s\t%s\n' "$(date -u +%FT%TZ)" "$ads" "$i" \
    "$ms" "$mr" "$fs" "$fr" "$(echo "$ms / $fs" | bc -l)" "$machine" "$(git -C "$here" rev-parse --short HEAD)" | tee -a "$results/ingest-floor.tsv"
done
echo "columns: when, ads, round, modus s, modus GiB, floor s, floor GiB, ratio, machine, commit"
tail -n "$rounds" "$results/ingest-floor.tsv" | python3 -c '
import sys, statistics as st
rows = [l.split("\t") for l in sys.stdin]
m = st.median(float(r[3]) for r in rows); f = st.median(float(r[5]) for r in rows)
print(f"median of {len(rows)} rounds: ingest-ads {m:.1f} s, floor {f:.1f} s, ratio {m / f:.2f} "
      f"(peak {max(float(r[4]) for r in rows):.2f} / {max(float(r[6]) for r in rows):.2f} GiB)")'
