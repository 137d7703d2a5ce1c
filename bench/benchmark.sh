#!/usr/bin/env bash
# The site on WildFly and on Payara against nginx serving the very same bytes, on this machine,
# with wrk, in one run.
#
# Builds the site and both servers (mvn -Ppayara pre-integration-test: the provisioned WildFly in
# target/server, Payara Server unpacked in target/payara6). For each server in turn: measures its
# cold start (process start to the first 200 of a language page; median of three, each on a fresh
# base directory or domain), warms it up until two consecutive rounds of the language pages agree
# within 10 %, then measures, alternating server and nginx: the language pages, a conditional
# GET answered 304, and the negotiated redirect at /. Last, a load run on the language pages for
# errors and the resident memory after load, then a second one under a JFR profile
# (target/benchmark-<server>.jfr).
# nginx runs as many workers as the machine has cores.
# Payara runs as docker/payara sets it up: a fresh domain with docker/payara/jvm-options in its
# domain.xml, started by docker/payara/entrypoint.sh (the image's pre-boot commands, the WAR
# deployed after boot).
# Prints a table and the ratios to nginx.
#
# Usage: bench/benchmark.sh [seconds per measurement (15)] [load seconds (60)] [connections (64)] [servers (wildfly payara)]
# Needs: Java 17, Maven, and Debian's wrk and nginx (apt-get install wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
measure=${1:-15}
load=${2:-60}
connections=${3:-64}
servers=${4:-wildfly payara}
offset=500
static="http://127.0.0.1:8590"
pages=(/fr/mentions-legales /en/legal-notice /de/impressum /es/aviso-legal /it/note-legali /nl/juridische-informatie /ar/ishaar-qanuni)

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install wrk nginx curl)" >&2; exit 2; }
done
mvn -q -B -Ppayara -DskipTests pre-integration-test

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user
asadmin=target/payara6/bin/asadmin
cleanup() {
    [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
    stop_wildfly
    stop_payara
    rm -rf "$work" "$payara_domain"
}
trap cleanup EXIT

# WildFly: a fresh copy of the provisioned base directory, HTTP on 8580.
start_wildfly() {
    rm -rf "$work/base"
    cp -r target/server/standalone "$work/base"
    rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
    target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
        -Djboss.socket.binding.port-offset=$offset > "$work/server.log" 2>&1 &
}
stop_wildfly() {
    pkill -f "jboss.server.base.dir=$work/base" 2>/dev/null || true
    while pgrep -f "jboss.server.base.dir=$work/base" >/dev/null; do sleep 0.1; done
}
wildfly_pid() { pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" | head -1; }

# Payara: a fresh domain (HTTP on 10580, administration on 10548) in target/payara6, started by
# the image's entrypoint.sh.
payara_domain=$PWD/target/payara6/glassfish/domains/bench
start_payara() {
    rm -rf "$payara_domain" "$work/payara"
    mkdir -p "$work/payara/deployments"
    cp target/legal-notice.war "$work/payara/deployments/"
    "$asadmin" create-domain --nopassword --portbase 10500 bench > "$work/create-domain.log" 2>&1
    docker/payara/apply-jvm-options.sh docker/payara/jvm-options "$payara_domain/config/domain.xml"
    PAYARA_DIR=$PWD/target/payara6 DOMAIN_NAME=bench PREBOOT_COMMANDS=$PWD/docker/payara/pre-boot-commands.asadmin \
        POSTBOOT_COMMANDS=$work/payara/post-boot-commands.asadmin DEPLOY_DIR=$work/payara/deployments AS_ADMIN_PORT=10548 \
        docker/payara/entrypoint.sh > "$work/server.log" 2>&1 &
}
stop_payara() {
    pkill -f "com.sun.aas.instanceRoot=$payara_domain" 2>/dev/null || true
    while pgrep -f "com.sun.aas.instanceRoot=$payara_domain" >/dev/null; do sleep 0.1; done
}
payara_pid() { pgrep -f "com.sun.aas.instanceRoot=$payara_domain" | head -1; }

app_of() { case $1 in wildfly) echo "http://127.0.0.1:$((8080 + offset))" ;; payara) echo "http://127.0.0.1:10580" ;; esac; }

# Starts the server; prints the milliseconds from process start to the first 200 of a language page.
start_server() {
    local start app
    app=$(app_of "$1")
    start=$(date +%s%N)
    "start_$1"
    until curl -fso /dev/null "$app/fr/mentions-legales"; do sleep 0.02; done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

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
mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF }' <<<"$1"; }
meanf() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.2f", s / NF }' <<<"$1"; }

cat > "$work/nginx.conf" <<NGINX
worker_processes $(nproc);
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
static_etag=""

declare -A rps p50 p99 errors cold_ms warmup rss_before rss_after load_line
record() { # name, then run's arguments
    local name=$1; shift
    read -r r a b e < <(run "$measure" "$@")
    rps[$name]="${rps[$name]:-} $r"; p50[$name]="${p50[$name]:-} $(to_ms "$a")"; p99[$name]="${p99[$name]:-} $(to_ms "$b")"
    errors[$name]=$(( ${errors[$name]:-0} + e ))
}

for server in $servers; do
    app=$(app_of "$server")
    # Cold start varies from run to run on a shared machine: three starts, the median counts.
    cold=()
    for attempt in 1 2 3; do
        cold+=("$(start_server "$server")")
        [ "$attempt" = 3 ] || "stop_$server"
    done
    cold_ms[$server]="median $(printf '%s\n' "${cold[@]}" | sort -n | sed -n 2p) ms of ${cold[*]} ms"
    pid=$("${server}_pid")

    if [ ! -f "$work/nginx.pid" ]; then # nginx serves the first server's pages, byte for byte
        for page in "${pages[@]}"; do
            mkdir -p "$work/html$(dirname "$page")"
            curl -fs "$app$page" -o "$work/html$page"
        done
        nginx -c "$work/nginx.conf"
        static_etag=$(curl -sI "$static/fr/mentions-legales" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    fi
    for page in "${pages[@]}"; do
        cmp -s <(curl -fs "$app$page") "$work/html$page" || { echo "bench: $server serves other bytes than nginx at $page" >&2; exit 1; }
    done

    # Warm-up: rounds of 15 s on the pages until the last two agree within 10 % (at most 16).
    echo "$server: warming up..." >&2
    previous=0
    rounds=()
    for round in $(seq 16); do
        read -r r _ < <(run 15 -s "$lua" "$app")
        rounds+=("$(printf '%.0f' "$r")")
        if awk -v a="$previous" -v b="$r" 'BEGIN { exit !(a > 0 && (b - a) / a < 0.1 && (a - b) / a < 0.1) }'; then
            break
        fi
        previous=$r
    done
    run 10 -H "Accept-Language: de" "$app/" >/dev/null
    app_etag=$(curl -sI "$app/fr/mentions-legales" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    run 10 -H "If-None-Match: $app_etag" "$app/fr/mentions-legales" >/dev/null
    warmup[$server]="${#rounds[@]} rounds of 15 s: ${rounds[*]} requests/s"
    run 10 -s "$lua" "$static" >/dev/null

    for round in 1 2; do
        echo "$server: round $round..." >&2
        record "$server-page" -s "$lua" "$app"
        record "$server-nginx-page" -s "$lua" "$static"
        record "$server-304" -H "If-None-Match: $app_etag" "$app/fr/mentions-legales"
        record "$server-nginx-304" -H "If-None-Match: $static_etag" "$static/fr/mentions-legales"
        record "$server-redirect" -H "Accept-Language: de-CH, de;q=0.9, en;q=0.8" "$app/"
        record "$server-favicon" "$app/favicon.svg"
    done

    rss_before[$server]=$(ps -o rss= -p "$pid")
    echo "$server: load ${load}s at $connections connections..." >&2
    read -r load_rps load_p50 load_p99 load_errors < <(run "$load" -s "$lua" "$app")
    rss_after[$server]=$(ps -o rss= -p "$pid")
    load_line[$server]="$load_rps requests/s, p50 $(to_ms "$load_p50") ms, p99 $(to_ms "$load_p99") ms, errors $load_errors"
    # Where the time goes: a JFR profile of a second load run, after the memory is measured
    # (the recording's own buffers would count in it), left in target/ (summarise it with
    # `jfr print --events jdk.ExecutionSample` or `jfr summary`).
    echo "$server: profiling ${load}s..." >&2
    jcmd "$pid" JFR.start name=bench settings=profile duration="${load}s" filename="$PWD/target/benchmark-$server.jfr" >/dev/null
    run "$load" -s "$lua" "$app" >/dev/null
    sleep 2 # the recording ends with the load run and is written out
    "stop_$server"
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c$connections, ${measure}s per measurement, 2 rounds alternated with nginx ($(nproc) workers) after warm-up; each server against nginx's rounds beside its own"
printf '%-22s %12s %9s %9s %7s\n' "measure" "requests/s" "p50 ms" "p99 ms" "errors"
for server in $servers; do
    for kind in nginx-page page nginx-304 304 redirect favicon; do
        name=$server-$kind
        printf '%-22s %12s %9s %9s %7s\n' "$name" "$(mean "${rps[$name]}")" "$(meanf "${p50[$name]}")" "$(meanf "${p99[$name]}")" "${errors[$name]}"
    done
done
ratio() { awk -v a="$(mean "${rps[$1]}")" -v b="$(mean "${rps[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
p99ratio() { awk -v a="$(meanf "${p99[$1]}")" -v b="$(meanf "${p99[$2]}")" 'BEGIN { printf "%.2f", a / b }'; }
for server in $servers; do
    echo
    echo "$server:"
    echo "  page: $(ratio "$server-page" "$server-nginx-page") x nginx's requests/s (target >= 0.8), p99 $(p99ratio "$server-page" "$server-nginx-page") x nginx's (target <= 2)"
    echo "  304: $(ratio "$server-304" "$server-nginx-304") x nginx's (target >= 0.8), p99 $(p99ratio "$server-304" "$server-nginx-304") x nginx's"
    echo "  redirect at /: $(ratio "$server-redirect" "$server-nginx-page") x nginx's page rate"
    echo "  warm-up: ${warmup[$server]}"
    echo "  load ${load}s: ${load_line[$server]}"
    echo "  memory (RSS): $((${rss_before[$server]} / 1024)) MiB before the load, $((${rss_after[$server]} / 1024)) MiB after"
    echo "  cold start (process start to first 200): ${cold_ms[$server]}"
done
