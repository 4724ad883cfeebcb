#!/usr/bin/env bash
# Sums the per-target lines that `make fuzz` / Fuzz/run.sh append to a history log
# (default .build-fuzz/history.log): runs, seconds, executions and findings per target.
set -euo pipefail
LOG=${1:-$(cd "$(dirname "$0")/.." && pwd)/.build-fuzz/history.log}
awk '{ split($2, s, "="); t = $3; runs[t]++; secs[t] += s[2]; execs[t] += $4; found[t] += $7 }
  END {
    printf "| target | runs | seconds | executions | findings |\n|---|---:|---:|---:|---:|\n"
    for (t in runs) { printf "| %s | %d | %d | %d | %d |\n", t, runs[t], secs[t], execs[t], found[t]; R += runs[t]; S += secs[t]; E += execs[t]; F += found[t] }
    printf "| **total** | %d | %d | **%d** | %d |\n", R, S, E, F
  }' "$LOG"
