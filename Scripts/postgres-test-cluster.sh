#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store's conformance tests, on a loopback port, owned by an
# unprivileged user (the server refuses to run as root).
#
#   Scripts/postgres-test-cluster.sh start [dir] [port]   prints the URL to export as DRAWBRIDGE_TEST_POSTGRES
#   Scripts/postgres-test-cluster.sh stop  [dir]
#
# Needs Debian's postgresql package (initdb and pg_ctl under /usr/lib/postgresql/<version>/bin).
set -euo pipefail

action="${1:-}"
dir="${2:-${TMPDIR:-/tmp}/drawbridge-pg}"
port="${3:-54329}"
owner="drawbridge-pg"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres-test-cluster: no PostgreSQL server found (apt-get install postgresql)" >&2
  exit 1
fi

# Runs a command as the cluster's owner: ourselves when unprivileged, else a system user made for it.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su -s /bin/sh "$owner" -c "$*"
  else
    sh -c "$*"
  fi
}

case "$action" in
  start)
    if [ "$(id -u)" -eq 0 ] && ! id "$owner" >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    if as_owner "'$bin/pg_ctl' -D '$dir' status" >/dev/null 2>&1; then
      as_owner "'$bin/pg_ctl' -D '$dir' -m fast stop" >/dev/null
    fi
    # The first free port from the one asked for: a developer's own server may hold it.
    for _ in $(seq 1 50); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
      port=$((port + 1))
    done
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"
    as_owner "'$bin/initdb' -D '$dir/data' -U drawbridge --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir.initdb.log" 2>&1 || {
      cat "$dir.initdb.log" >&2; exit 1; }
    as_owner "'$bin/pg_ctl' -D '$dir/data' -w -l '$dir/server.log' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" start" >/dev/null || {
      cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://drawbridge@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$dir" "$dir.initdb.log"
    ;;
  *)
    echo "usage: $0 start|stop [dir] [port]" >&2
    exit 2
    ;;
esac
