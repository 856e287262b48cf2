#!/usr/bin/env bash
# Runs every benchmark at the issue's scale (1 M rows / customers) and prints the figures.
# Needs ~7 GB free in the work directory. Usage: bench/run.sh [DIR] [ROWS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-/tmp}"; rows="${2:-1000000}"
cmake --preset release >/dev/null && cmake --build --preset release --target shoulou-bench >/dev/null
b="$root/build/release/bench/shoulou-bench"
"$b" import --rows "$rows" --dir "$dir"
"$b" search --db "$dir/bench-import.db"
"$b" demo --customers "$rows" --dir "$dir"
"$b" search --db "$dir/bench-demo.db"
cmake --build --preset release --target shoulou-uibench >/dev/null
QT_QPA_PLATFORM=offscreen "$root/build/release/bench/shoulou-uibench" --db "$dir/bench-demo.db"
