#!/usr/bin/env bash
# The site against nginx serving the very same bytes, on this machine, with wrk.
#
# Builds the site (mvn package), starts the provisioned WildFly on a fresh copy of its base
# directory, measures its cold start (process start to the first 200), exports every
# language page to files that nginx serves as static files, warms the JVM up, then measures,
# alternating site and nginx: the language pages, a conditional GET answered 304, and the
# negotiated redirect at /. Last, a load run on the language pages for memory growth, errors
# and sessions. Prints a table and the ratios.
#
# Usage: bench/benchmark.sh [seconds per measurement (15)] [load seconds (60)] [connections (64)]
# Needs: Java 17, Maven, and Debian's wrk and nginx (apt-get install wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
measure=${1:-15}
load=${2:-60}
connections=${3:-64}
offset=500
app="http://127.0.0.1:$((8080 + offset))"
static="http://127.0.0.1:8590"
pages=(/fr/mentions-legales /en/legal-notice /de/impressum /es/aviso-legal /it/note-legali /nl/juridische-informatie /ar/ishaar-qanuni)

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install wrk nginx curl)" >&2; exit 2; }
done
mvn -q -B package -DskipTests

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user
server=""
cleanup() {
    [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
    if [ -n "$server" ]; then pkill -f "jboss.server.base.dir=$work/base" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# Starts the server on a fresh copy of the provisioned base directory; prints the milliseconds
# from process start to the first 200 of a language page.
start_server() {
    rm -rf "$work/base"
    cp -r target/server/standalone "$work/base"
    rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
    local start
    start=$(date +%s%N)
    target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
        -Djboss.socket.binding.port-offset=$offset > "$work/server.log" 2>&1 &
    until curl -fso /dev/null "$app/fr/mentions-legales"; do sleep 0.02; done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
stop_server() {
    pkill -f "jboss.server.base.dir=$work/base" || true
    while pgrep -f "jboss.server.base.dir=$work/base" >/dev/null; do sleep 0.1; done
}
# Cold start varies from run to run on a shared machine: three starts, the median counts.
cold=()
server=started # from here on, cleanup stops it
for attempt in 1 2 3; do
    cold+=("$(start_server)")
    [ "$attempt" = 3 ] || stop_server
done
cold_ms=$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 2p)
pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" | head -1)

mkdir -p "$work/html"
for page in "${pages[@]}"; do
    mkdir -p "$work/html$(dirname "$page")"
    curl -fs "$app$page" -o "$work/html$page"
done
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    default_type "text/html; charset=UTF-8";
    sendfile on;
    tcp_nopush on;
    server { listen 127.0.0.1:8590; root $work/html; etag on; }
}
NGINX
nginx -c "$work/nginx.conf"

lua="$work/pages.lua"
{
    echo 'local pages = {'; printf '"%s",' "${pages[@]}"; echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i + 1; return wrk.format("GET", pages[(i % #pages) + 1]) end'
} > "$lua"

# One wrk run; prints "requests/s p50 p99 errors".
run() {
    local out
    out=$(wrk -t2 -c"$connections" -d"$1"s --latency "${@:2}")
    local rps p50 p99 bad sock
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
    sock=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' <<<"$out")
    echo "$rps $p50 $p99 $(( ${bad:-0} + ${sock:-0} ))"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }

echo "warming up (about 10^6 requests)..." >&2
run 30 -s "$lua" "$app" >/dev/null
run 15 -H "Accept-Language: de" "$app/" >/dev/null
app_etag=$(curl -sI "$app/fr/mentions-legales" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
static_etag=$(curl -sI "$static/fr/mentions-legales" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
run 15 -H "If-None-Match: $app_etag" "$app/fr/mentions-legales" >/dev/null
run 10 -s "$lua" "$static" >/dev/null

declare -A rps p50 p99 errors
record() { # name, then run's arguments
    local name=$1; shift
    read -r r a b e < <(run "$measure" "$@")
    rps[$name]="${rps[$name]:-} $r"; p50[$name]="${p50[$name]:-} $(to_ms "$a")"; p99[$name]="${p99[$name]:-} $(to_ms "$b")"
    errors[$name]=$(( ${errors[$name]:-0} + e ))
}
for round in 1 2; do
    echo "round $round..." >&2
    record site-page -s "$lua" "$app"
    record nginx-page -s "$lua" "$static"
    record site-304 -H "If-None-Match: $app_etag" "$app/fr/mentions-legales"
    record nginx-304 -H "If-None-Match: $static_etag" "$static/fr/mentions-legales"
    record site-redirect -H "Accept-Language: de-CH, de;q=0.9, en;q=0.8" "$app/"
    record site-favicon "$app/favicon.svg"
done
mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF }' <<<"$1"; }
meanf() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.2f", s / NF }' <<<"$1"; }

rss_before=$(ps -o rss= -p "$pid")
echo "load: ${load}s at $connections connections..." >&2
read -r load_rps load_p50 load_p99 load_errors < <(run "$load" -s "$lua" "$app")
rss_after=$(ps -o rss= -p "$pid")
sessions=$(target/server/bin/jboss-cli.sh --controller=127.0.0.1:$((9990 + offset)) -c \
    --command="/deployment=ROOT.war/subsystem=undertow:read-attribute(name=sessions-created)" | awk -F'=> ' '/result/ {print $2}')

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), wrk -t2 -c$connections, ${measure}s x 2 alternated"
printf '%-14s %12s %9s %9s %7s\n' "measure" "requests/s" "p50 ms" "p99 ms" "errors"
for name in site-page nginx-page site-304 nginx-304 site-redirect site-favicon; do
    printf '%-14s %12s %9s %9s %7s\n' "$name" "$(mean "${rps[$name]}")" "$(meanf "${p50[$name]}")" "$(meanf "${p99[$name]}")" "${errors[$name]}"
done
ratio() { awk -v a="$(mean "${rps[$1]}")" -v b="$(mean "${rps[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
p99ratio() { awk -v a="$(meanf "${p99[$1]}")" -v b="$(meanf "${p99[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "page: $(ratio site-page nginx-page) x nginx's requests/s (target >= 0.5), p99 $(p99ratio site-page nginx-page) x nginx's (target <= 2)"
echo "304: $(ratio site-304 nginx-304) x nginx's (target >= 0.8)"
echo "redirect at /: $(ratio site-redirect nginx-page) x nginx's page rate (target >= 0.5)"
echo "(site-favicon: a static file through the servlet pipeline, which the pages skip on WildFly)"
echo "load ${load}s: $load_rps requests/s, p50 $(to_ms "$load_p50") ms, p99 $(to_ms "$load_p99") ms, errors $load_errors, sessions created $sessions"
echo "memory (RSS): $((rss_before / 1024)) MiB before, $((rss_after / 1024)) MiB after ($(awk -v a="$rss_before" -v b="$rss_after" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }'))"
echo "cold start (process start to first 200): median $cold_ms ms of ${cold[*]} ms"
