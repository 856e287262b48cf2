#!/usr/bin/env bash
# Installs what is needed, builds Shoulou (release) and runs it on a demo office database:
# a generated office of ${DEMO_CUSTOMERS:-20000} customers, then a few searches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
cli="$root/build/release/app/cli/shoulou-cli"
db="${DEMO_DB:-$root/build/demo-office.db}"
if [ ! -f "$db" ]; then
  "$cli" demo --db "$db" --customers "${DEMO_CUSTOMERS:-20000}" --seed 1
fi
echo "Searching the demo office ($db):"
"$cli" search --db "$db" --limit 3 5678 张伟 zhangwei zw 陳靜
