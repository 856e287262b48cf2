#!/usr/bin/env bash
# Renders the desk's main screens in zh_CN under Xvfb into docs/screenshots/ (a demo office
# of ${SCREENS_CUSTOMERS:-3000} customers is made in a temporary folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${SCREENS_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target shoulou-screens shoulou-cli shoulou-hub
tmp="$(mktemp -d)"
hub_pid=""
trap '[ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
export SHOULOU_KEY_STORE=file XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export LANG=zh_CN.UTF-8 LANGUAGE=zh_CN
build/$preset/app/cli/shoulou-cli demo --db "$tmp/office.db" --customers "${SCREENS_CUSTOMERS:-3000}" --seed 3 >/dev/null
# A hub on loopback for the sync screens (enrolment, status bar, sync issues); the demo office
# joins its empty office as its manager wang and brings its history along.
hub="build/$preset/app/hub/shoulou-hub"
fingerprint="$("$hub" init --data "$tmp/hub" | sed -n 's/^fingerprint //p')"
code="$("$hub" office add --data "$tmp/hub" --name 滨江壹号售楼处)"
echo 'wang-secret-1' | "$hub" user add --data "$tmp/hub" --office "$code" --login wang --name 王经理 --role manager >/dev/null
"$hub" serve --data "$tmp/hub" --listen 127.0.0.1:0 >"$tmp/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$tmp/hub.log" && break; sleep 0.1; done
port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/hub.log" | head -1)"
mkdir -p docs/screenshots
xvfb-run -a -s "-screen 0 1440x900x24" \
  build/$preset/app/screens/shoulou-screens --db "$tmp/office.db" --out docs/screenshots --data "$root/tests/data" \
  --hub "wss://127.0.0.1:$port" --fingerprint "$fingerprint" --office-code "$code" --hub-login wang \
  --hub-password wang-secret-1 --hub-binary "$hub" --hub-data "$tmp/hub" --revoke-login zhangwei
echo "Screenshots in docs/screenshots/"
