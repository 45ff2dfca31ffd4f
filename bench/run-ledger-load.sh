#!/usr/bin/env bash
# Runs io.relaypay.bench.LedgerLoad over {postgres, h2} x batch {1, 100, 1000} and prints a
# markdown table. Builds bench/target/benchmarks.jar first when it is missing or older than the
# ledger or bench sources. See docs/benchmarks.md.
#
# Settings (environment):
#   BENCH_DBS="postgres h2"   BENCH_BATCHES="1 100 1000"   BENCH_CLIENTS=8
#   BENCH_SECONDS=20          BENCH_WARMUP=5               BENCH_ACCOUNTS=10000
#   BENCH_JAVA_OPTS=""        BENCH_LOG_DIR=(a new temporary directory)
#   RELAYPAY_BENCH_DB_URL / _USER / _PASSWORD for another PostgreSQL (see BenchDatabase).
# Exit status: 0 if every run passed its checks, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

dbs="${BENCH_DBS:-postgres h2}"
batches="${BENCH_BATCHES:-1 100 1000}"
clients="${BENCH_CLIENTS:-8}"
seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-5}"
accounts="${BENCH_ACCOUNTS:-10000}"
log_dir="${BENCH_LOG_DIR:-$(mktemp -d -t relaypay-ledger-load.XXXXXX)}"
mkdir -p "$log_dir"

jar=bench/target/benchmarks.jar
if [[ ! -f $jar ]] || [[ -n "$(find ledger/src/main bench/src/main bench/pom.xml ledger/pom.xml pom.xml -newer "$jar" -type f -print -quit)" ]]; then
  echo "Building $jar ..." >&2
  ./mvnw -B -q -pl bench -am -DskipTests -DskipITs install >"$log_dir/build.log" 2>&1 \
    || { echo "build failed, see $log_dir/build.log" >&2; exit 1; }
fi

status=0
results=()
for db in $dbs; do
  for batch in $batches; do
    log="$log_dir/$db-batch$batch.log"
    echo "== $db, batch $batch, $clients clients, $accounts accounts: ${warmup} s warmup + ${seconds} s" >&2
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
    if ! "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$jar" io.relaypay.bench.LedgerLoad \
        --db "$db" --batch "$batch" --clients "$clients" --seconds "$seconds" \
        --warmup "$warmup" --accounts "$accounts" 2>&1 | tee "$log" >&2; then
      status=1
    fi
    line="$(grep '^RESULT ' "$log" | tail -n 1 || true)"
    if [[ -z $line ]]; then
      line="RESULT db=$db batch=$batch clients=$clients accounts=$accounts status=NO_RESULT"
      status=1
    fi
    results+=("$line")
  done
done

field() { # field NAME LINE: the value of NAME=value in a RESULT line, or "-"
  local value
  value="$(tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p")"
  echo "${value:--}"
}

echo
echo "| Database | Batch | Clients | Accounts | Transfers/s | Batches/s | p50 batch ms | p99 batch ms | max batch ms | Checks |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for line in "${results[@]}"; do
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$(field db "$line")" "$(field batch "$line")" "$(field clients "$line")" "$(field accounts "$line")" \
    "$(field transfers_per_s "$line")" "$(field batches_per_s "$line")" "$(field p50_ms "$line")" \
    "$(field p99_ms "$line")" "$(field max_ms "$line")" "$(field status "$line")"
done
echo
echo "Logs: $log_dir" >&2
exit $status
