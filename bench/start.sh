#!/usr/bin/env bash
# Cold start of the provisioned WildFly (target/server), measured three ways, alternated, three
# times each: the server with no deployment (process start to its first HTTP answer), the site
# (process start to the first 200 of a language page), and the site with an AppCDS archive
# trained here first (a start that writes the archive at a clean shutdown). Each start is on a
# fresh copy of the base directory, on ports of its own. Then one more start of the site with its
# log timestamps, to show where the site's share goes, and the resident memory after the first
# page.
#
# Usage: bench/start.sh [rounds (3)]
# Needs: Java 17, Maven, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
offset=550
base_url="http://127.0.0.1:$((8080 + offset))"
page=/fr/mentions-legales
[ -x target/server/bin/standalone.sh ] || mvn -q -B package -DskipTests

work=$(mktemp -d)
trap 'pkill -f "jboss.server.base.dir=$work/" 2>/dev/null || true; rm -rf "$work"' EXIT

# A fresh base directory: the provisioned one without what a run wrote; "empty" without the site.
fresh_base() {
    rm -rf "$work/base"
    cp -r target/server/standalone "$work/base"
    rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
    if [ "$1" = empty ]; then rm -f "$work/base/deployments/"*; fi
}

# Starts the server (extra JVM options in $2), waits for the first answer ($1: any, or page), and
# prints the milliseconds since process start.
start() {
    local start
    start=$(date +%s%N)
    JAVA_OPTS="-Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true $2" \
        target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
        -Djboss.socket.binding.port-offset=$offset > "$work/console.log" 2>&1 &
    if [ "$1" = any ]; then
        until curl -so /dev/null "$base_url/"; do sleep 0.02; done
    else
        until curl -fso /dev/null "$base_url$page"; do sleep 0.02; done
    fi
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# Stops the server as an operator would (jboss-cli :shutdown), so that an archive is written.
stop() {
    target/server/bin/jboss-cli.sh --connect --controller=127.0.0.1:$((9990 + offset)) :shutdown > /dev/null
    while pgrep -f "jboss.server.base.dir=$work/base" > /dev/null; do sleep 0.1; done
}

rss_mib() {
    local pid
    pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" | head -1)
    echo $(( $(ps -o rss= -p "$pid") / 1024 ))
}

archive="$work/site.jsa"
echo "training the AppCDS archive..." >&2
fresh_base site
start page "-XX:ArchiveClassesAtExit=$archive" > /dev/null
stop
cds="-XX:SharedArchiveFile=$archive"

declare -A times
for round in $(seq 1 "$rounds"); do
    fresh_base empty; times[empty]+="$(start any "") "; stop
    fresh_base site; times[site]+="$(start page "") "; rss_site=$(rss_mib); stop
    fresh_base site; times[cds]+="$(start page "$cds") "; rss_cds=$(rss_mib); stop
    echo "round $round: ${times[empty]}/ ${times[site]}/ ${times[cds]}" >&2
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-34s %-24s %s\n' "start (process start to)" "runs, ms" "median, ms"
printf '%-34s %-24s %s\n' "no deployment: first answer" "${times[empty]}" "$(echo "${times[empty]}" | median)"
printf '%-34s %-24s %s\n' "the site: first page" "${times[site]}" "$(echo "${times[site]}" | median)"
printf '%-34s %-24s %s\n' "the site, AppCDS: first page" "${times[cds]}" "$(echo "${times[cds]}" | median)"
echo "RSS after the first page: ${rss_site} MiB without the archive, ${rss_cds} MiB with it"
echo "archive: $(du -m "$archive" | cut -f1) MB"

# Where the site's share goes: the server log's timestamps of one more start.
fresh_base site
start page "" > /dev/null
log="$work/base/log/server.log"
stamp() { grep -m1 "$1" "$log" | cut -c12-23; }
echo
echo "one start of the site, by the server log (HH:MM:SS,mmm):"
printf '  %-52s %s\n' "server starting (WFLYSRV0049)" "$(stamp WFLYSRV0049)" \
    "deployment of ROOT.war starts (WFLYSRV0027)" "$(stamp WFLYSRV0027)" \
    "HTTP listener up (WFLYUT0006)" "$(stamp WFLYUT0006)" \
    "CDI (Weld) deployment validated, OmniFaces starts" "$(stamp 'Using OmniFaces')" \
    "Mojarra initialised" "$(stamp 'Initializing Mojarra')" \
    "web context registered (WFLYUT0021)" "$(stamp WFLYUT0021)" \
    "ROOT.war deployed (WFLYSRV0010)" "$(stamp WFLYSRV0010)" \
    "server started (WFLYSRV0025)" "$(stamp WFLYSRV0025)"
stop
