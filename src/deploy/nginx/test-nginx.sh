#!/usr/bin/env bash
# Tests the sample nginx config: two bot instances behind nginx, probed through the proxy.
# Usage: src/deploy/nginx/test-nginx.sh target/ketamine-faq-bot-*.jar   (run from the repository root)
# Installs Debian's nginx when missing. Uses ports 18080 (nginx), 18081 and 18082 (instances) on 127.0.0.1.
set -euo pipefail
jar=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/faqbot-nginx.XXXXXX)
pids=()
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

for port in 18081 18082; do
    java -jar "$jar" --server.port=$port --server.forward-headers-strategy=native --faqbot.intents.watch=false \
        --spring.datasource.url="jdbc:h2:mem:nginx-$port" > "$work/bot-$port.log" 2>&1 &
    pids+=($!)
done
sed -e 's/127.0.0.1:8081/127.0.0.1:18081/; s/127.0.0.1:8082/127.0.0.1:18082/; s/listen 8080;/listen 127.0.0.1:18080;/' \
    "$here/faqbot.conf" > "$work/faqbot.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work;
    proxy_temp_path $work;
    include $work/faqbot.conf;
}
CONF
for port in 18081 18082; do
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break
        sleep 0.5
    done
done
nginx -c "$work/nginx.conf"
java "$here/ProbeThroughProxy.java" http://127.0.0.1:18080
