#!/usr/bin/env bash
# Starts a throwaway Redis server for the shared rate-limit test.
#   eval "$(.ci/redis.sh)"   exports FAQBOT_TEST_REDIS_URL and FAQBOT_TEST_REDIS_STOP (a script that stops it)
# Installs Debian's redis-server if missing; listens on 127.0.0.1 only, on the first free port from 56379.
set -euo pipefail
log() { echo "redis.sh: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v redis-server >/dev/null; then
    log "installing Debian's redis-server"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >&2
fi
port=56379
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir=$(mktemp -d /tmp/faqbot-redis.XXXXXX)
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >&2
for _ in $(seq 1 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
done
cat > "$dir/stop.sh" <<STOP
#!/usr/bin/env bash
redis-cli -p $port shutdown nosave >/dev/null 2>&1 || kill "\$(cat $dir/redis.pid)" 2>/dev/null || true
rm -rf "$dir"
STOP
chmod 755 "$dir/stop.sh"
log "Redis on 127.0.0.1:$port"
echo "export FAQBOT_TEST_REDIS_URL=redis://127.0.0.1:$port"
echo "export FAQBOT_TEST_REDIS_STOP=$dir/stop.sh"
