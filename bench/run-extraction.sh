#!/usr/bin/env bash
# Extraction benchmark: Modus's extraction stage next to a regex-UDF baseline on local[2], and Modus
# alone on local[1] (for the speed-up), in one session on one machine, alternating implementations so
# that machine noise hits both. The baseline is not run on local[1]: no target needs it and it takes
# six minutes per round at 100k ads (set BASELINE_LOCAL1=1 to run it anyway).
# Each measurement is a fresh JVM timing only the stage (see ExtractionBench). Prints every run, then
# the medians, ads/s, the Modus/baseline ratio and the local[2]/local[1] speed-up; appends the runs to
# bench/results/extraction.tsv.
# CLASSIFIER=1 also times the stage with the bundled classifier stacked on the rules (modus+classifier);
# BASELINE=0 leaves the regex baseline out (four minutes a round at 100k ads).
#   usage: bench/run-extraction.sh ADS [RUNS]      e.g. bench/run-extraction.sh 100000 3
set -euo pipefail
ads="${1:?usage: bench/run-extraction.sh ADS [RUNS]}"
runs="${2:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/bench/work/extract-$ads"
results="$here/bench/results"
mkdir -p "$work" "$results"

(cd "$here" && ./mvnw -q -B -DskipTests package)
opts="$(cat "$here/jobs/target/classes/modus-jvm.options")"
cp="$(cat "$here/bench/target/classpath.txt"):$here/bench/target/classes"
export SPARK_LOCAL_IP=127.0.0.1
bench_java() {
  # shellcheck disable=SC2086
  java -Xmx6g $opts -Dlog4j2.configurationFile=modus-log4j2.properties -cp "$cp" "$@"
}

if [ ! -f "$work/run/tables/ads/_SUCCESS" ]; then
  [ -f "$work/corpus/_SUCCESS" ] || bench_java org.modus.bench.BenchCorpus "$work/corpus" "$ads" 1
  [ -f "$work/modus.key" ] || "$here/modus" keygen --out "$work/modus.key" >/dev/null
  "$here/modus" ingest-ads --run "$work/run" --key-file "$work/modus.key" --input "$work/corpus" \
    --format csv --delimiter , --source bench \
    --map ad_id=listing_id,title=headline,text=body,posted_at=published,country=where,site=portal
fi

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n1 | tr -d '"')"
tmp="$work/runs.tsv"; : > "$tmp"
for i in $(seq 1 "$runs"); do
  for master in 'local[2]' 'local[1]'; do
    for impl in modus ${CLASSIFIER:+modus+classifier} baseline; do
      if [ "$impl" = baseline ] && [ "$master" = 'local[1]' ] && [ "${BASELINE_LOCAL1:-0}" != 1 ]; then
        continue
      fi
      if [ "$impl" = baseline ] && [ "${BASELINE:-1}" = 0 ]; then
        continue
      fi
      bench_java org.modus.bench.ExtractionBench "$work/run" "$impl" "$master" | grep -E '^(modus|baseline)' \
        | while IFS= read -r line; do
          printf '%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$line" "$machine" | tee -a "$results/extraction.tsv" >> "$tmp"
          echo "$line"
        done
    done
  done
done
echo "medians over $runs runs (ads/s):"
for master in 'local[2]' 'local[1]'; do
  for impl in modus modus:warm modus+classifier modus+classifier:warm baseline; do
    m="$(awk -F'\t' -v i="$impl" -v m="$master" '$2==i && $3==m {print $6}' "$tmp" | sort -n \
      | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    if [ -n "$m" ]; then echo "$impl $master $m"; fi
  done
done | tee "$work/medians.txt"
awk '{v[$1" "$2]=$3} END {
  if (v["baseline local[2]"]) printf "modus/baseline on local[2]: %.2fx\n", v["modus local[2]"]/v["baseline local[2]"];
  if (v["modus+classifier local[2]"]) printf "classifier on/off, local[2]: %.2f (warm: %.2f)\n",
    v["modus+classifier local[2]"]/v["modus local[2]"], v["modus+classifier:warm local[2]"]/v["modus:warm local[2]"];
  printf "modus local[2]/local[1] speed-up: %.2fx (warm: %.2fx)\n", v["modus local[2]"]/v["modus local[1]"],
    v["modus:warm local[2]"]/v["modus:warm local[1]"] }' "$work/medians.txt"
