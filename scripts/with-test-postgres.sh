#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL for the store tests, so `npm test` runs every test on a
# machine that has PostgreSQL's server binaries (Debian: `apt-get install postgresql`; as root this
# script installs them when apt-get is there, as scripts/ensure-browser.mjs does for Chromium).
#
#   bash scripts/with-test-postgres.sh vitest run
#
# A SCHEMAFORMS_TEST_DATABASE_URL already set is used as it is. Without binaries, the command still runs
# and the PostgreSQL cases are skipped with the reason in their names.
set -uo pipefail
cd "$(dirname "$0")/.."

has_server_binaries() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1
}

if [ -z "${SCHEMAFORMS_TEST_DATABASE_URL:-}" ]; then
  if ! has_server_binaries && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "with-test-postgres: installing Debian's postgresql for the store tests" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 ||
      echo "with-test-postgres: could not install postgresql" >&2
  fi
  if has_server_binaries && postgres_env=$(bash scripts/test-postgres.sh start); then
    trap 'bash scripts/test-postgres.sh stop' EXIT
    eval "$postgres_env"
    export SCHEMAFORMS_TEST_DATABASE_URL
  else
    echo "with-test-postgres: no PostgreSQL; its store tests are skipped" >&2
  fi
fi

"$@"
