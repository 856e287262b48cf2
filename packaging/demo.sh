#!/usr/bin/env bash
# Installs what is needed, builds Shoulou (release) and starts the desktop app on a demo
# office of ${DEMO_CUSTOMERS:-20000} customers (created on the first run).
# Without a display (a bare server, CI) the app runs under Xvfb for a few seconds and its
# window is saved as build/demo-screenshot.png instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
cli="$root/build/release/app/cli/shoulou-cli"
app="$root/build/release/app/desktop/shoulou"
db="${DEMO_DB:-$root/build/demo-office.db}"
if [ ! -f "$db" ]; then
  "$cli" demo --db "$db" --customers "${DEMO_CUSTOMERS:-20000}" --seed 1
fi
echo "Searching the demo office ($db) from the command line:"
"$cli" search --db "$db" --limit 3 5678 张伟 zhangwei zw 陳靜
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --db "$db"
fi
shot="$root/build/demo-screenshot.png"
echo "No display: running the desk under Xvfb and saving its window to $shot"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  "$0" --db "$1" & pid=$!
  sleep 8
  import -window root "$2"
  kill $pid' "$app" "$db" "$shot"
echo "Saved $shot"
