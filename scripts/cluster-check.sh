#!/usr/bin/env bash
# Cluster check (issue 9): Redis (or PostgreSQL) on loopback, two silo processes, a cluster extraction
# over >= 10,000 generated documents (4,000 with PostgreSQL) with one silo killed (SIGKILL, by PID)
# midway; the output must hold every document exactly once and equal the local run byte for byte.
#
#   scripts/cluster-check.sh               # the check, Redis membership
#   scripts/cluster-check.sh --postgres    # the check, PostgreSQL membership (+ the membership table tests)
#   scripts/cluster-check.sh --bench       # throughput: local run vs 1 and 2 silos (no kill); --postgres too
#
# Installs redis-server (or postgresql) with apt-get when missing. PostgreSQL runs as a throwaway
# cluster (initdb in a temporary folder, 127.0.0.1, a free port; as the postgres user when run as
# root). Everything it starts it stops by PID at exit; scratch files live in temporary folders that
# are removed at the end.
# --bench: CLUSTER_BENCH_PARALLEL (per silo, default 1), CLUSTER_BENCH_ARGS (extra extract options).
# CLUSTER_CHECK_SKIP_BUILD=1 reuses the Release build. CLUSTER_CHECK_DOCS sets the number of documents (default 12000); CLUSTER_CHECK_KEEP=1 keeps the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

MODE=check
STORE=redis
for arg in "$@"; do
  case "$arg" in
    --bench) MODE=bench ;;
    --postgres) STORE=postgres ;;
    *) echo "usage: $0 [--postgres] [--bench]" >&2; exit 2 ;;
  esac
done
if [[ "$STORE" == postgres ]]; then DOCS=${CLUSTER_CHECK_DOCS:-4000}; else DOCS=${CLUSTER_CHECK_DOCS:-12000}; fi
SEED=seeds/000_0247617bfd7dbdd2.txt
WORK=$(mktemp -d -t cluster-check.XXXXXX)
PIDS=()
PG_DIR=""
PG_PID=""

log() { echo "cluster-check [${SECONDS}s]: $*"; }
fail() { echo "cluster-check: FAIL: $*" >&2; for f in "$WORK"/*.log "$WORK"/*.err; do [[ -f "$f" ]] && { echo "--- $f" >&2; tail -n 20 "$f" | cut -c1-400 >&2; }; done; exit 1; }

stop_pid() { # SIGTERM, up to 15 s to stop gracefully, then SIGKILL
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for (( i = 0; i < 150; i++ )); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local i
  # Newest first: clients and silos before the membership store, which stopping silos still write to.
  for (( i = ${#PIDS[@]} - 1; i >= 0; i-- )); do
    if [[ "${PIDS[i]}" == "${STORE_PID:-}" && -n "$PG_PID" ]]; then
      kill -INT "$PG_PID" 2>/dev/null || true # PostgreSQL's fast shutdown; runuser then exits
    fi
    stop_pid "${PIDS[i]}"
  done
  [[ -z "$PG_DIR" || -n "${CLUSTER_CHECK_KEEP:-}" ]] || rm -rf "$PG_DIR"
  if [[ -n "${CLUSTER_CHECK_KEEP:-}" ]]; then echo "cluster-check: scratch kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A TCP port nobody listens on (bash's /dev/tcp fails to connect to a free one).
free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$(( SECONDS + $1 )) what=$2; shift 2
  until "$@" >/dev/null 2>&1; do
    (( SECONDS < deadline )) || fail "timed out waiting for $what"
    sleep 0.2
  done
}

# --- tools -------------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [[ "$STORE" == redis ]] && ! command -v redis-server >/dev/null 2>&1; then
  log "installing redis-server"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
if [[ "$STORE" == postgres && -z "$(pg_bin)" ]]; then
  log "installing postgresql"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [[ -n "$(pg_bin)" ]] || fail "postgresql installed but no /usr/lib/postgresql/*/bin"
fi

if [[ -n "${CLUSTER_CHECK_SKIP_BUILD:-}" ]]; then log "using the CLI already built"; else log "building the CLI"; fi
[[ -n "${CLUSTER_CHECK_SKIP_BUILD:-}" ]] || dotnet build src/FactExtract.Cli/FactExtract.Cli.csproj -c Release -nologo -v quiet -warnaserror >"$WORK/build.log" 2>&1 || fail "build failed"
if [[ "$STORE" == postgres && -z "${CLUSTER_CHECK_SKIP_BUILD:-}" ]]; then
  dotnet build tests/FactExtract.Cluster.Tests/FactExtract.Cluster.Tests.csproj -c Release -nologo -v quiet -warnaserror >>"$WORK/build.log" 2>&1 || fail "test build failed"
fi
CLI=(dotnet src/FactExtract.Cli/bin/Release/net10.0/FactExtract.Cli.dll)

# --- input: generated news-like sentences and the seed article; never corpus text ---------------
generate_corpus() { # generate_corpus N SEED_FILE OUT
  awk -v n="$1" -v seedfile="$2" '
  function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); gsub(/\r/, "\\r", s); return s }
  function pick(arr, k) { return arr[int(rand() * k) + 1] }
  BEGIN {
    srand(20151130)
    while ((getline line < seedfile) > 0) seed = seed (seed == "" ? "" : "\\n") esc(line)
    no = split("Acme Corp|Globex Inc.|Initech|Umbrella Holdings|Stark Industries|the Federal Reserve|the World Bank|Northwind Traders|Contoso Ltd|BlackBerry|the European Commission|Wayne Enterprises", org, "|")
    np = split("John Smith|Maria Garcia|Wei Chen|Fatima Khan|Pierre Dubois|Anna Kowalski|James O\x27Brien|Priya Patel", per, "|")
    ng = split("Pakistan|Canada|Brazil|Germany|Kenya|Japan|New York|London|Paris|Sydney", gpe, "|")
    nd = split("on Monday|last week|on November 30, 2015|yesterday|next Friday|in March|by the end of the year|on 12 May 2016|two years ago|this morning", dt, "|")
    nv = split("said|announced|warned|confirmed|told reporters|added", vb, "|")
    nq = split("We are delighted with the result|This is a difficult decision for everyone|The market will decide|We will not comment on rumours|Our customers come first|The numbers speak for themselves", qt, "|")
    nx = split("plans to buy|will invest $2 billion in|cut 400 jobs at|opened a new office in|reported record profits for|signed a deal with", act, "|")
    for (i = 1; i <= n; i++) {
      id = sprintf("doc-%06d", i)
      date = sprintf("20%02d-%02d-%02d", 10 + (i % 15), (i % 12) + 1, (i % 28) + 1)
      if (i % 50 == 0) text = seed
      else {
        text = ""
        k = 3 + int(rand() * 6)
        for (j = 1; j <= k; j++) {
          r = rand()
          if (r < 0.4) s = pick(org, no) " " pick(act, nx) " " pick(org, no) " " pick(dt, nd) ", " pick(per, np) " " pick(vb, nv) "."
          else if (r < 0.7) s = "\\u201c" pick(qt, nq) ",\\u201d " pick(vb, nv) " " pick(per, np) ", a spokesperson for " pick(org, no) " in " pick(gpe, ng) "."
          else s = "Officials in " pick(gpe, ng) " " pick(vb, nv) " " pick(dt, nd) " that " pick(org, no) " " pick(act, nx) " local firms."
          s = toupper(substr(s, 1, 1)) substr(s, 2)
          text = text (j == 1 ? "" : (j % 3 == 0 ? "\\n\\n" : " ")) s
        }
      }
      printf "{\"id\":\"%s\",\"text\":\"%s\",\"date\":\"%s\"}\n", id, text, date
    }
  }' > "$3"
}

CORPUS="$WORK/news.jsonl"
generate_corpus "$DOCS" "$SEED" "$CORPUS"
log "generated $DOCS documents ($(stat -c %s "$CORPUS") bytes)"

now() { date +%s.%N; }
# --bench also counts CPU seconds: the client's with /usr/bin/time, the silos' from /proc/PID/stat.
TIMED=()
[[ "$MODE" == bench && -x /usr/bin/time ]] && TIMED=(/usr/bin/time -f "%U %S" -o "$WORK/cpu.txt")
client_cpu() { [[ -s "$WORK/cpu.txt" ]] && awk '{ printf "%.1f", $1 + $2 }' "$WORK/cpu.txt" || echo "?"; }
silo_cpu() { local pid sum=0; for pid in "$@"; do sum=$(awk -v s="$sum" -v t="$(getconf CLK_TCK)" '{ printf "%.2f", s + ($14 + $15) / t }' "/proc/$pid/stat"); done; echo "$sum"; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.2f s, %.0f docs/s", b - a, n / (b - a) }'; }

# --- the local run: the reference output ------------------------------------------------------
local_run() {
  local t0 t1
  t0=$(now)
  "${TIMED[@]}" "${CLI[@]}" extract "$CORPUS" --format jsonl --out "$WORK/local.jsonl" 2>"$WORK/local.err" || fail "local run failed"
  t1=$(now)
  log "local run: $(rate "$DOCS" "$t0" "$t1")$([[ "$MODE" == check ]] && echo " (while the silos start)")$([[ "$MODE" == bench ]] && echo ", $(client_cpu) CPU s")"
  LOCAL_BYTES=$(stat -c %s "$WORK/local.jsonl")
}
[[ "$MODE" == check ]] || local_run # the benchmark's local run has the machine to itself

# --- the membership store and silos ----------------------------------------------------------
start_redis() {
  local port; port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
  PIDS+=($!)
  wait_for 20 "redis on port $port" bash -c "exec 3<>/dev/tcp/127.0.0.1/$port"
  MEMBERSHIP="redis:127.0.0.1:$port"
  log "redis on 127.0.0.1:$port (pid ${PIDS[-1]})"
}

start_postgres() { # a throwaway cluster: trust logins on 127.0.0.1 only, no fsync (it is thrown away)
  local bin port as=()
  bin=$(pg_bin); port=$(free_port)
  PG_DIR=$(mktemp -d -t cluster-check-pg.XXXXXX) # under $TMPDIR, else the system's temporary folder
  if (( EUID == 0 )); then # initdb refuses root: run the server as postgres, in a folder it owns
    chown postgres "$PG_DIR"; as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U factextract --no-sync >"$WORK/pg-initdb.log" 2>&1 || fail "initdb failed"
  "${as[@]}" "$bin/postgres" -D "$PG_DIR/data" -p "$port" -c listen_addresses=127.0.0.1 -k "$PG_DIR" -c fsync=off >"$WORK/postgres.log" 2>&1 &
  PIDS+=($!); STORE_PID=$!
  wait_for 30 "postgresql on port $port" "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"
  PG_PID=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U factextract factextract || fail "createdb failed"
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=factextract;Database=factextract"
  MEMBERSHIP="postgres:$PG_CONNECTION"
  log "postgresql $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (pid $PG_PID)"
}

if [[ "$STORE" == postgres ]]; then start_postgres; else start_redis; fi

start_silo() { # start_silo NAME CLUSTER_ID PARALLEL -> sets SILO_PID
  local name=$1 cluster=$2 parallel=$3 port gateway
  port=$(free_port); gateway=$(free_port)
  "${CLI[@]}" silo --cluster-id "$cluster" --port "$port" --gateway-port "$gateway" --membership "$MEMBERSHIP" --parallel "$parallel" >"$WORK/$name.log" 2>&1 &
  SILO_PID=$!
  PIDS+=("$SILO_PID")
}

# The check's silos boot while the reference output and the table tests run.
if [[ "$MODE" == check ]]; then
  CLUSTER_ID="check-$$"
  start_silo silo-a "$CLUSTER_ID" 1; SILO_A=$SILO_PID
  start_silo silo-b "$CLUSTER_ID" 1; SILO_B=$SILO_PID
  local_run
fi

if [[ "$STORE" == postgres ]]; then
  # The membership table contract (insert/update compare-and-swap, heartbeats, gateways, cleanup) against this server.
  FACTEXTRACT_TEST_POSTGRES="$PG_CONNECTION" dotnet test tests/FactExtract.Cluster.Tests/FactExtract.Cluster.Tests.csproj -c Release --no-build \
    --filter "FullyQualifiedName~PostgresMembershipTableTests" --logger "console;verbosity=minimal" >"$WORK/pg-tests.log" 2>&1 \
    || { cat "$WORK/pg-tests.log" >&2; fail "membership table tests failed on PostgreSQL"; }
  grep -q "Skipped: *0," "$WORK/pg-tests.log" || { cat "$WORK/pg-tests.log" >&2; fail "membership table tests were skipped"; }
  log "membership table tests on PostgreSQL: $(grep -o 'Passed: *[0-9]*' "$WORK/pg-tests.log" | head -n 1)"
fi

wait_ready() { wait_for 120 "silo $1" grep -q "silo ready" "$WORK/$1.log"; }

cluster_run() { # cluster_run CLUSTER_ID OUT ERR [extra options]
  local cluster=$1 out=$2 err=$3; shift 3
  "${TIMED[@]}" "${CLI[@]}" extract "$CORPUS" --cluster "$MEMBERSHIP" --cluster-id "$cluster" --format jsonl --out "$out" "$@" 2>"$err"
}

summary_line() { grep '^cluster:' "$1" | tail -n 1; }

if [[ "$MODE" == bench ]]; then
  PAR=${CLUSTER_BENCH_PARALLEL:-1}
  start_silo bench1-a bench1 "$PAR"; A=$SILO_PID; wait_ready bench1-a
  c0=$(silo_cpu "$A"); t0=$(now); cluster_run bench1 "$WORK/one.jsonl" "$WORK/one.err" ${CLUSTER_BENCH_ARGS:-} || fail "1-silo run failed"; t1=$(now); c1=$(silo_cpu "$A")
  cmp -s "$WORK/local.jsonl" "$WORK/one.jsonl" || fail "1-silo output differs from the local run"
  log "1 silo (--parallel $PAR): $(rate "$DOCS" "$t0" "$t1") (client wall time incl. connect), CPU s: client $(client_cpu), silo $(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.1f", b - a }')"
  start_silo bench1-b bench1 "$PAR"; B=$SILO_PID; wait_ready bench1-b
  sleep 2 # let the client see both gateways in the membership table
  c0=$(silo_cpu "$A" "$B"); t0=$(now); cluster_run bench1 "$WORK/two.jsonl" "$WORK/two.err" ${CLUSTER_BENCH_ARGS:-} || fail "2-silo run failed"; t1=$(now); c1=$(silo_cpu "$A" "$B")
  cmp -s "$WORK/local.jsonl" "$WORK/two.jsonl" || fail "2-silo output differs from the local run"
  log "2 silos (--parallel $PAR each): $(rate "$DOCS" "$t0" "$t1") (client wall time incl. connect), CPU s: client $(client_cpu), silos $(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.1f", b - a }')"
  log "$(summary_line "$WORK/two.err")"
  log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

# --- the check: kill one silo midway ---------------------------------------------------------
wait_ready silo-a; wait_ready silo-b
sleep 2
log "silos up: A pid $SILO_A, B pid $SILO_B"

# The user's command, `extract --cluster` with its defaults, through the same writers as a local run.
OUT="$WORK/cluster.jsonl"
"${CLI[@]}" extract "$CORPUS" --cluster "$MEMBERSHIP" --cluster-id "$CLUSTER_ID" --format jsonl --out "$OUT" 2>"$WORK/cluster.err" &
CLIENT=$!
PIDS+=("$CLIENT")

# Kill silo B (SIGKILL: a crash, no goodbye) once a quarter of the output is written
# (extract writes OUT.part and renames it to OUT at the end).
KILL_AT=$(( LOCAL_BYTES / 4 ))
killed_at=""
while kill -0 "$CLIENT" 2>/dev/null; do
  size=$(stat -c %s "$OUT.part" 2>/dev/null || stat -c %s "$OUT" 2>/dev/null || echo 0)
  if (( size >= KILL_AT )); then
    kill -9 "$SILO_B"
    wait "$SILO_B" 2>/dev/null || true
    killed_at=$size
    break
  fi
  sleep 0.05
done
[[ -n "$killed_at" ]] || fail "the run ended before silo B could be killed midway (output $(stat -c %s "$OUT" 2>/dev/null || echo 0) of $LOCAL_BYTES bytes)"
log "killed silo B (pid $SILO_B) with $killed_at of $LOCAL_BYTES output bytes written"

rc=0; wait "$CLIENT" || rc=$?
(( rc == 0 )) || fail "extract --cluster exited with $rc"
log "$(grep '^cluster:' "$WORK/cluster.err" | tail -n 1)"

lines=$(wc -l < "$OUT")
(( lines == DOCS )) || fail "$lines results for $DOCS documents"
dups=$(grep -o '^{"id":"[^"]*"' "$OUT" | sort | uniq -d | wc -l)
(( dups == 0 )) || fail "$dups document ids written more than once"
missing=$(comm -23 <(grep -o '^{"id":"[^"]*"' "$CORPUS" | sort) <(grep -o '^{"id":"[^"]*"' "$OUT" | sort) | wc -l)
(( missing == 0 )) || fail "$missing documents missing"
cmp -s "$WORK/local.jsonl" "$OUT" || fail "cluster output differs from the local run"
kill -0 "$SILO_A" 2>/dev/null || fail "silo A died too"
log "PASS: extract --cluster ($STORE membership): $DOCS documents, each exactly once, output equal to the local run byte for byte, after losing one of two silos"

# A second run on the surviving silo alone.
cluster_run "$CLUSTER_ID" "$WORK/survivor.jsonl" "$WORK/survivor.err" \
  || fail "extract --cluster on the surviving silo exited with $? ($(tail -n 3 "$WORK/survivor.err"))"
cmp -s "$WORK/local.jsonl" "$WORK/survivor.jsonl" || fail "extract --cluster output on the surviving silo differs from the local run"
log "$(summary_line "$WORK/survivor.err")"
log "PASS: extract --cluster on the surviving silo equals the local run"
