#!/usr/bin/env bash
# Renders the desk's main screens in zh_CN under Xvfb into docs/screenshots/ (a demo office
# of ${SCREENS_CUSTOMERS:-3000} customers is made in a temporary folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${SCREENS_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target shoulou-screens shoulou-cli
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SHOULOU_KEY_STORE=file XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export LANG=zh_CN.UTF-8 LANGUAGE=zh_CN
build/$preset/app/cli/shoulou-cli demo --db "$tmp/office.db" --customers "${SCREENS_CUSTOMERS:-3000}" --seed 3 >/dev/null
mkdir -p docs/screenshots
xvfb-run -a -s "-screen 0 1440x900x24" \
  build/$preset/app/screens/shoulou-screens --db "$tmp/office.db" --out docs/screenshots --data "$root/tests/data"
echo "Screenshots in docs/screenshots/"
