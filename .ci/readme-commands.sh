#!/usr/bin/env bash
# Runs the README's commands on the built jar as a new user would, from a scratch folder, and stops at the first one
# that does not work as written: --help, validate, try, insights (H2 in a fresh ./data), the server on a free port
# with the curl example, and public health saying UP and nothing more.
#   .ci/readme-commands.sh            (builds the jar with `mvn -DskipTests package` when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
JAR="$root/target/ketamine-faq-bot-0.1.0-SNAPSHOT.jar"
[ -f "$JAR" ] || mvn -q -DskipTests package

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
step() { echo "readme: $*"; }
fail() { echo "readme: FAILED: $*" >&2; exit 1; }

step "java -jar \$JAR --help"
java -jar "$JAR" --help | grep -q "^Usage: java -jar" || fail "--help printed no usage"

step "java -jar \$JAR validate intents --no-confusion"
out=$(java -jar "$JAR" validate intents --no-confusion) || fail "validate exited $?: $out"
grep -q "^VALID: .*, 0 warning(s)$" <<<"$out" || fail "validate on the shipped intents: $out"

step "java -jar \$JAR try \"can i take it with my lexapro\""
(cd "$work" && java -jar "$JAR" try "can i take it with my lexapro" --faqbot.intents.dir="$root/intents") \
    | grep -q "^Reply: answer (medication-interactions)" || fail "try did not answer medication-interactions"

step "java -jar \$JAR try --file questions.txt"
printf 'how long do the effects last?\nis ketamine addictive?\n' > "$work/questions.txt"
out=$(cd "$work" && java -jar "$JAR" try --file questions.txt --faqbot.intents.dir="$root/intents")
grep -q "^Reply: answer (effects-duration)" <<<"$out" && grep -q "^Reply: answer (addiction-risk)" <<<"$out" \
    || fail "try --file did not answer both questions: $out"

step "java -jar \$JAR insights --days 7   (a fresh H2 database in ./data)"
(cd "$work" && java -jar "$JAR" insights --days 7) | grep -q "^Insights for the last 7 days" || fail "insights printed no report"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
step "java -jar \$JAR --server.port=$port, then the README's curl"
(cd "$work" && exec java -jar "$JAR" --server.port="$port" --faqbot.intents.dir="$root/intents" > server.log 2>&1) &
server=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
[ "$(curl -s "http://127.0.0.1:$port/actuator/health")" = '{"status":"UP"}' ] || fail "public health is not exactly {\"status\":\"UP\"}"
curl -s "localhost:$port/api/chat" -H 'Content-Type: application/json' -d '{"text":"is ketamine addictive?"}' \
    | grep -q '"intent":"addiction-risk"' || fail "the README's curl did not get the addiction-risk answer"
echo "readme: every command worked as written"
