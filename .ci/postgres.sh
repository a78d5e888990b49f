#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the insights repository tests.
#
#   .ci/postgres.sh          prints the JDBC URL, credentials included (progress goes to stderr)
#   .ci/postgres.sh --env    prints export lines to eval: FAQBOT_TEST_POSTGRES_URL, _USER,
#                            _PASSWORD and FAQBOT_TEST_POSTGRES_STOP (a script that stops the
#                            server and deletes its files)
#
# Installs Debian's postgresql if it is missing, initialises a cluster under /tmp on a spare
# port (from FAQBOT_PG_PORT, default 55432) as the postgres user, starts it on 127.0.0.1 only,
# and creates the database faqbot_test with a random password.
set -euo pipefail

mode=${1:-url}
log() { echo "postgres.sh: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
    log "installing Debian's postgresql"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN=$(bindir)

# Run a PostgreSQL program as the postgres user when we are root (initdb refuses root).
if [ "$(id -u)" -eq 0 ]; then
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

port=${FAQBOT_PG_PORT:-55432}
while ! port_free "$port"; do
    port=$((port + 1))
    if [ "$port" -gt $(( ${FAQBOT_PG_PORT:-55432} + 100 )) ]; then
        log "no free port near ${FAQBOT_PG_PORT:-55432}"
        exit 1
    fi
done

dir=$(mktemp -d /tmp/faqbot-pg.XXXXXX)
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$dir"; fi
chmod 700 "$dir"

log "initialising a cluster in $dir on port $port"
as_pg "$BIN/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/pwfile" \
    --no-sync --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }

cat > "$dir/stop.sh" <<STOP
#!/usr/bin/env bash
# Stops the throwaway PostgreSQL server started by .ci/postgres.sh and deletes its files.
if [ "\$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
else
    "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
STOP
chmod 755 "$dir/stop.sh"

PGPASSWORD=$password "$BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE faqbot_test" >&2

url="jdbc:postgresql://127.0.0.1:$port/faqbot_test"
log "ready: $url (stop with $dir/stop.sh)"
if [ "$mode" = "--env" ]; then
    printf 'export FAQBOT_TEST_POSTGRES_URL=%q\n' "$url"
    printf 'export FAQBOT_TEST_POSTGRES_USER=%q\n' postgres
    printf 'export FAQBOT_TEST_POSTGRES_PASSWORD=%q\n' "$password"
    printf 'export FAQBOT_TEST_POSTGRES_STOP=%q\n' "$dir/stop.sh"
else
    echo "$url?user=postgres&password=$password"
fi
