#!/usr/bin/env bash
# Installs what is needed, builds with the ci preset (warnings are errors) and runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
