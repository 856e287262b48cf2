#!/usr/bin/env bash
# A throwaway, durable PostgreSQL 15 cluster for shoulou-hubbench --database: a private port and
# socket directory, no TCP. Prints the database URL; `pgcluster.sh stop DIR` removes it again.
#   url=$(bench/hubbench/pgcluster.sh start /tmp/hubpg) && shoulou-hubbench --database "$url"
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
cmd="${1:-start}"; dir="${2:-/tmp/shoulou-hubpg}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    port="${3:-25432}"
    mkdir -p "$dir/sock"; chmod 777 "$dir" "$dir/sock"
    [ "$(id -u)" = 0 ] && chown postgres "$dir" "$dir/sock"
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U hub -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir/sock -c listen_addresses= -c max_connections=100" start >/dev/null
    as_pg "$bin/createdb" -h "$dir/sock" -p "$port" -U hub hub
    echo "postgresql:///hub?host=$dir/sock&port=$port&user=hub" ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir" ;;
esac
