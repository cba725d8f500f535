#!/usr/bin/env bash
# End-to-end benchmark: N generated ads, N/10 CTDC case records and a country questionnaire whose panel
# grows with N, through every stage (ingest -> extract -> trends -> compare -> report -> notebooks) with
# ./modus run on local[*], timed from outside with peak memory (/usr/bin/time -v), RUNS times; prints
# each run with its stage times and the median, and appends them to bench/results/e2e.tsv with the
# machine description.
#   usage: bench/run-e2e.sh ADS [RUNS]      e.g. bench/run-e2e.sh 100000 3
set -euo pipefail
ads="${1:?usage: bench/run-e2e.sh ADS [RUNS]}"
runs="${2:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/bench/work/e2e-$ads"
results="$here/bench/results"
mkdir -p "$work" "$results"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

(cd "$here" && ./mvnw -q -B -DskipTests package)
# The launcher rebuilds when sources are newer than its own stamp: let it do so now, not in a timed run.
"$here/modus" --version >/dev/null
opts="$(cat "$here/jobs/target/classes/modus-jvm.options")"
cp="$(cat "$here/bench/target/classpath.txt"):$here/bench/target/classes"
export SPARK_LOCAL_IP=127.0.0.1

if [ ! -f "$work/corpus/_SUCCESS" ]; then
  # shellcheck disable=SC2086
  java -Xmx4g $opts -Dlog4j2.configurationFile=modus-log4j2.properties -cp "$cp" \
    org.modus.bench.BenchCorpus "$work/corpus" "$ads" 1 "$work/inputs"
fi
[ -f "$work/modus.key" ] || "$here/modus" keygen --out "$work/modus.key" >/dev/null
cat > "$work/run-config.yaml" <<YAML
period: quarter
ads:
  - name: bench
    input: corpus/*.csv
    format: csv
    delimiter: ","
    map: {ad_id: listing_id, title: headline, text: body, posted_at: published, country: where, site: portal}
cases:
  - name: bench-cases
    input: inputs/ctdc.csv
    format: ctdc
    delimiter: ";"
surveys:
  - name: bench-survey
    input: inputs/survey/answers.csv
    questionnaire: inputs/survey/questionnaire.csv
    format: csv
    options: {year: "2024"}
YAML

machine="$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n1 | tr -d '"')"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/run"
  /usr/bin/time -v -o "$work/time.txt" "$here/modus" run --config "$work/run-config.yaml" \
    --out "$work/run" --key-file "$work/modus.key" > "$work/stdout.txt"
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")"
  secs="$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')"
  rss_kb="$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time.txt")"
  printf '%s\t%s\t%s\t%.1f\t%.2f\t%s\n' "$(date -u +%FT%TZ)" "$ads" "$i" "$secs" "$(echo "$rss_kb / 1048576" | bc -l)" "$machine" \
    | tee -a "$results/e2e.tsv"
  python3 - "$work/run/manifest.json" <<'PY'
import json, sys
stages = json.load(open(sys.argv[1]))["stages"]
print("  stages: " + ", ".join(f"{k} {v['duration_ms'] / 1000:.1f} s" for k, v in stages.items()))
PY
done
echo "median of the last $runs runs (seconds, peak GiB):"
tail -n "$runs" "$results/e2e.tsv" | sort -t$'\t' -k4 -n | awk -F'\t' -v n="$runs" 'NR==int((n+1)/2){print $4" s, "$5" GiB"}'
