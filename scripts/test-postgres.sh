#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests: initdb into a temporary directory, start it on a
# loopback port, create a database, and print the variables the tests read.
#
#   eval "$(bash scripts/test-postgres.sh start)"   # exports SCHEMAFORMS_TEST_DATABASE_URL
#   npx vitest run --project e2e test/ticket-store.test.ts
#   bash scripts/test-postgres.sh stop              # stops the cluster and deletes its directory
#
# Needs PostgreSQL's server binaries (Debian: `apt-get install postgresql`). As root, the cluster runs as
# the `postgres` user (PostgreSQL refuses to run as root). Port: $SCHEMAFORMS_TEST_PG_PORT, default 55432.
set -euo pipefail

state_file="${TMPDIR:-/tmp}/schemaforms-test-postgres.dir"
port="${SCHEMAFORMS_TEST_PG_PORT:-55432}"
database=schemaforms_test

find_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
    return
  fi
  echo "test-postgres: no PostgreSQL server binaries (initdb) found; install them (Debian: apt-get install postgresql)" >&2
  exit 1
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bindir dir
  bindir=$(find_bindir)
  if [ -f "$state_file" ] && [ -d "$(cat "$state_file")" ]; then
    stop >/dev/null 2>&1 || true
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/schemaforms-pg.XXXXXX")
  chmod 0755 "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
    chown postgres: "$dir"
  fi
  echo "$dir" >"$state_file"
  as_owner "$bindir/initdb" --pgdata="$dir/data" --username=postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
    --options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bindir/createdb" --host=127.0.0.1 --port="$port" --username=postgres "$database"
  echo "export SCHEMAFORMS_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$database"
  echo "test-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
}

stop() {
  [ -f "$state_file" ] || return 0
  local bindir dir
  bindir=$(find_bindir)
  dir=$(cat "$state_file")
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$state_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: bash scripts/test-postgres.sh start|stop" >&2
    exit 2
    ;;
esac
