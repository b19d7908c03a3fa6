#!/usr/bin/env bash
# Starts a real one-node Slurm cluster on loopback (munged, slurmctld and slurmd
# in the foreground, no systemd, everything under one temporary directory),
# runs tools/slurm/newsie-slurm over three shards of a dump, compares its
# records and change reports with a single-process run of the same dump, and
# shuts the cluster down by the process ids it started, within a bounded time.
#
#   tests/slurm/slurm_cluster_test.sh NEWSIE_BINARY SOURCE_DIR
#
# Exits 77 (CTest's SKIP_RETURN_CODE) with a "SKIPPED:" message only where a
# cluster cannot run here: Slurm or munge not installed, not root (munged must
# be started as the munge user), or the daemons fail to come up.
# NEWSIE_SLURM_KEEP=1 keeps the temporary directory for inspection.
set -euo pipefail

newsie=${1:?usage: $0 NEWSIE_BINARY SOURCE_DIR}
src=${2:?usage: $0 NEWSIE_BINARY SOURCE_DIR}
partitions=4
nshards=3

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in munged slurmctld slurmd sbatch scontrol scancel sinfo squeue setpriv python3; do
  case $tool in
    munged) pkg=munge ;;
    setpriv) pkg=util-linux ;;
    python3) pkg=python3 ;;
    *) pkg=slurm-wlm ;;
  esac
  command -v "$tool" >/dev/null ||
    skip "'$tool' not installed (Debian: apt-get install $pkg; scripts/test.sh installs it)"
done
[[ $(id -u) == 0 ]] || skip "needs root to start munged as the munge user and slurmd"
id munge >/dev/null 2>&1 || skip "no munge user"
[[ -x $newsie ]] || fail "newsie binary '$newsie' not found"

dump=
for d in "${NEWSIE_CORPORA:-}" "$src/../shared/corpora"; do
  if [[ -n $d && -f $d/news-article-versions/versions.jsonl ]]; then
    dump=$d/news-article-versions/versions.jsonl
    break
  fi
done
if [[ -z $dump ]]; then
  dump=$(ls "$src"/examples/*.jsonl 2>/dev/null | head -n1 || true)
fi
[[ -n $dump ]] || fail "no dump: neither the corpora nor examples/*.jsonl found"

T=$(mktemp -d /tmp/newsie-slurm-test.XXXXXX)
chmod 755 "$T"
pids=()
names=()

# Stops what this script started: cancels the cluster's jobs, then TERM to each
# daemon by pid, KILL after 10 s.
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ ${#pids[@]} -gt 0 ]]; then
    if [[ -n ${SLURM_CONF:-} ]]; then
      timeout 10 scancel --user=root >/dev/null 2>&1 || true
    fi
    local k
    # Reverse order: slurmd, slurmctld, then munged.
    for ((k = ${#pids[@]} - 1; k >= 0; --k)); do
      kill -TERM "${pids[k]}" 2>/dev/null || true
    done
    local deadline=$((SECONDS + 10))
    for ((k = ${#pids[@]} - 1; k >= 0; --k)); do
      while kill -0 "${pids[k]}" 2>/dev/null && [[ $SECONDS -lt $deadline ]]; do sleep 0.2; done
      if kill -0 "${pids[k]}" 2>/dev/null; then
        echo "cleanup: ${names[k]} (pid ${pids[k]}) ignored TERM; killing" >&2
        kill -KILL "${pids[k]}" 2>/dev/null || true
      fi
      wait "${pids[k]}" 2>/dev/null || true
    done
  fi
  if [[ $rc != 0 && $rc != 77 ]]; then
    for f in "$T"/log/*.log "$T"/run/logs/*.log; do
      [[ -f $f ]] || continue
      echo "---- tail $f" >&2
      tail -n 20 "$f" >&2
    done
  fi
  if [[ ${NEWSIE_SLURM_KEEP:-0} == 1 ]]; then
    echo "kept $T" >&2
  else
    rm -rf "$T"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

started() { pids+=("$1"); names+=("$2"); }

# --- munge: a fresh key and socket, owned by the munge user.
mkdir -p "$T/munge" "$T/state" "$T/spool" "$T/log" "$T/run"
chown munge: "$T/munge"
chmod 700 "$T/munge"
setpriv --reuid=munge --regid="$(id -g munge)" --init-groups \
  dd if=/dev/urandom of="$T/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$T/munge/munge.key"
chmod 755 "$T/munge"
setpriv --reuid=munge --regid="$(id -g munge)" --init-groups \
  munged --foreground --socket="$T/munge/munge.socket" \
  --key-file="$T/munge/munge.key" --log-file="$T/munge/munged.log" \
  --pid-file="$T/munge/munged.pid" --seed-file="$T/munge/munged.seed" \
  >"$T/log/munged.log" 2>&1 &
started $! munged
for _ in $(seq 50); do [[ -S $T/munge/munge.socket ]] && break; sleep 0.1; done
[[ -S $T/munge/munge.socket ]] || { cat "$T/log/munged.log"; skip "munged did not start"; }

# --- slurm.conf for one node: this machine's CPUs and memory.
read -r port_ctld port_d < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
cpus=$(nproc)
mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
export SLURM_CONF=$T/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=newsietest
SlurmctldHost=localhost
SlurmctldPort=$port_ctld
SlurmdPort=$port_d
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/munge.socket
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/run/slurmctld.pid
SlurmdPidFile=$T/run/slurmd.pid
SlurmctldLogFile=$T/log/slurmctld.log
SlurmdLogFile=$T/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$T/log/jobcomp.txt
MailProg=/bin/true
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=300
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF

slurmctld -D -i -f "$SLURM_CONF" >"$T/log/slurmctld.out.log" 2>&1 &
started $! slurmctld
slurmd -D -f "$SLURM_CONF" -N localhost >"$T/log/slurmd.out.log" 2>&1 &
started $! slurmd

up=0
for _ in $(seq 60); do
  st=$(timeout 5 sinfo -h -n localhost -o %T 2>/dev/null || true)
  if [[ $st == idle* ]]; then up=1; break; fi
  for k in 1 2; do
    kill -0 "${pids[k]}" 2>/dev/null || break 2
  done
  sleep 0.5
done
if [[ $up != 1 ]]; then
  tail -n 20 "$T"/log/slurm*.log
  skip "the one-node Slurm cluster did not come up (node state '${st:-none}')"
fi
echo "cluster up: slurmctld :$port_ctld, slurmd :$port_d, $cpus CPUs"

# --- three contiguous shards, so versions of one article sit in different shards.
lines=$(wc -l <"$dump")
per=$(((lines + nshards - 1) / nshards))
mkdir -p "$T/shards"
shards=()
for ((i = 0; i < nshards; ++i)); do
  sed -n "$((i * per + 1)),$(((i + 1) * per))p" "$dump" >"$T/shards/shard$i.jsonl"
  shards+=("$T/shards/shard$i.jsonl")
done

# --- the cluster run.
timeout 150 "$src/tools/slurm/newsie-slurm" --out "$T/run" --partitions $partitions \
  --newsie "$newsie" --poll 1 --timeout 120 --extract-arg=--format=jsonl \
  --sbatch-arg=--time=5 "${shards[@]}" ||
  fail "newsie-slurm failed (exit $?)"

# --- the same dump in one process.
mkdir -p "$T/single/changes"
timeout 60 "$newsie" extract "$dump" --partitions $partitions \
  --out-prefix "$T/single/records" --format jsonl 2>"$T/single/extract.log" ||
  fail "single-process extract failed: $(cat "$T/single/extract.log")"
for ((j = 0; j < partitions; ++j)); do
  if [[ ! -s $T/single/records.part$j ]]; then
    : >"$T/single/changes/part$j"  # an empty partition: no changes
    continue
  fi
  timeout 60 "$newsie" reconcile "$T/single/records.part$j" \
    -o "$T/single/changes/part$j" 2>>"$T/single/reconcile.log" ||
    fail "single-process reconcile of part$j failed: $(cat "$T/single/reconcile.log")"
done

# --- compare: per partition, the shards' records in shard order must equal the
# single run's (the 'origin' field names the input file and line, which differ),
# and the change reports must be identical.
python3 - "$T" $nshards $partitions <<'EOF' || fail "cluster and single-process results differ"
import json, sys, pathlib
T, nshards, parts = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k != "origin"}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x

def load(paths):
    out = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(strip(json.loads(line)))
    return out

total = changes = 0
ok = True
for j in range(parts):
    cluster = load([T / "run/records" / f"shard{i}.part{j}" for i in range(nshards)])
    single = load([T / f"single/records.part{j}"])
    ids = {r.get("article", {}).get("article_id") for r in single}
    if cluster != single:
        print(f"part{j}: records differ ({len(cluster)} vs {len(single)})"); ok = False
    ca = (T / f"run/changes/part{j}").read_bytes()
    cb = (T / f"single/changes/part{j}").read_bytes()
    if ca != cb:
        print(f"part{j}: change reports differ"); ok = False
    total += len(single)
    changes += len([l for l in cb.splitlines() if l.strip()])
    print(f"part{j}: {len(single)} records, {len(ids)} articles")
# Every version of an article in one partition.
seen = {}
for j in range(parts):
    for r in load([T / f"single/records.part{j}"]):
        aid = r.get("article", {}).get("article_id")
        if seen.setdefault(aid, j) != j:
            print(f"article {aid} in partitions {seen[aid]} and {j}"); ok = False
print(f"{total} records, {changes} change-report lines compared")
if total == 0:
    print("no records at all"); ok = False
sys.exit(0 if ok else 1)
EOF
echo "PASS: newsie-slurm on a one-node Slurm cluster matches a single-process run"
