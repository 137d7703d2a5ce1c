#!/usr/bin/env bash
# Cold start of the site on WildFly, outside the image and in it, alternated, five rounds (each
# round every start below once, in turn), medians:
# - target/server as `mvn package` leaves it, each start on a fresh copy of its base directory, on
#   ports of its own: the server with no deployment (process start to its first HTTP answer) and
#   the site (process start to the first 200 of a language page), each with the class-data archive
#   the build trained (target/server/cds/site.jsa, as shipped) and without it (JAVA_CDS_OPTS=);
# - the image of docker/wildfly (built here with podman, on the local base of
#   docker/podman-setup.sh when it exists; its build trains the archive the image ships): the
#   same four starts, from `podman run` to the first answer, the archive switched off with
#   JAVA_CDS_OPTS= and the deployment removed for the empty server.
# The site's share is the site's first page minus the empty server's first answer (medians of the
# same run). Then the resident memory after the first page (each round, median), and one more start of the site
# outside with its log timestamps, to show where the site's share goes.
#
# Usage: bench/start.sh [rounds (5)]       (NO_IMAGE=1: outside the image only)
# Needs: Java 17, Maven, curl; podman (run docker/podman-setup.sh as root first) for the image.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
offset=550
base_url="http://127.0.0.1:$((8080 + offset))"
page=/fr/mentions-legales
archive=target/server/cds/site.jsa
[ -r "$archive" ] || mvn -q -B package -DskipTests

work=$(mktemp -d)
trap 'pkill -f "jboss.server.base.dir=$work/" 2>/dev/null || true; rm -rf "$work"' EXIT

# A fresh base directory: the provisioned one without what a run wrote; "empty" without the site.
fresh_base() {
    rm -rf "$work/base"
    cp -r target/server/standalone "$work/base"
    rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
    if [ "$1" = empty ]; then rm -rf "$work/base/deployments/"*; fi
}

# Starts the server ($2: cds with the build's archive, none without), waits for the first answer
# ($1: any, or page), and prints the milliseconds since process start.
start() {
    local start cds=()
    [ "$2" = cds ] || cds=(JAVA_CDS_OPTS=)
    start=$(date +%s%N)
    env "${cds[@]}" target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
        -Djboss.socket.binding.port-offset=$offset > "$work/console.log" 2>&1 &
    if [ "$1" = any ]; then
        until curl -so /dev/null "$base_url/"; do sleep 0.02; done
    else
        until curl -fso /dev/null "$base_url$page"; do sleep 0.02; done
    fi
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# Stops the server as an operator would (jboss-cli :shutdown).
stop() {
    target/server/bin/jboss-cli.sh --connect --controller=127.0.0.1:$((9990 + offset)) :shutdown > /dev/null
    while pgrep -f "jboss.server.base.dir=$work/base" > /dev/null; do sleep 0.1; done
}

rss_mib() {
    local pid
    pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" | head -1)
    echo $(( $(ps -o rss= -p "$pid") / 1024 ))
}

# The image: built from target/ as the tests build it; its build trains its own archive.
image=plakar-legal-wildfly-bench
image_port=$((18080 + offset))
with_image=${NO_IMAGE:+no}
if [[ -z $with_image ]]; then
    base=localhost/plakar-legal-base/jre17:bookworm
    build_args=()
    if podman image exists "$base"; then build_args=(--build-arg "BASE_IMAGE=$base"); fi
    echo "building the image (its build trains the archive)..." >&2
    podman build -q --format docker "${build_args[@]}" -f docker/wildfly/Dockerfile -t "$image" . > /dev/null
    trap 'pkill -f "jboss.server.base.dir=$work/" 2>/dev/null || true; podman rm -f -t 0 plakar-legal-start-bench > /dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi

# Runs the image ($1: empty or site; $2: cds or none), waits for the first answer, prints the
# milliseconds since `podman run`; the container stays up for image_rss.
image_start() {
    local start env=() command=()
    podman rm -f -t 0 plakar-legal-start-bench > /dev/null 2>&1 || true
    [ "$2" = cds ] || env=(--env JAVA_CDS_OPTS=)
    [ "$1" = site ] || command=(bash -c 'rm -r /opt/wildfly/standalone/deployments/ROOT.war* && exec /opt/wildfly/bin/standalone.sh -b 0.0.0.0')
    start=$(date +%s%N)
    podman run -d --no-healthcheck --name plakar-legal-start-bench "${env[@]}" -p "127.0.0.1:$image_port:8080" "$image" "${command[@]}" > /dev/null
    if [ "$1" = empty ]; then
        until curl -so /dev/null "http://127.0.0.1:$image_port/"; do sleep 0.02; done
    else
        until curl -fso /dev/null "http://127.0.0.1:$image_port$page"; do sleep 0.02; done
    fi
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
image_rss() {
    podman exec plakar-legal-start-bench bash -c 'for s in /proc/[0-9]*/status; do grep -q "^Name:.*java" $s && grep "^VmRSS" $s; done; true' \
        | awk '{print int($2 / 1024)}'
}
image_stop() { podman rm -f -t 15 plakar-legal-start-bench > /dev/null; }

declare -A times rss
variants=(empty site empty_cds cds)
[[ -n $with_image ]] || variants+=(image_empty image_site image_empty_cds image_cds)
for round in $(seq 1 "$rounds"); do
    fresh_base empty; times[empty]+="$(start any none) "; stop
    fresh_base site; times[site]+="$(start page none) "; rss[site]+="$(rss_mib) "; stop
    fresh_base empty; times[empty_cds]+="$(start any cds) "; stop
    fresh_base site; times[cds]+="$(start page cds) "; rss[cds]+="$(rss_mib) "; stop
    if [[ -z $with_image ]]; then
        times[image_empty]+="$(image_start empty none) "; image_stop
        times[image_site]+="$(image_start site none) "; rss[image_site]+="$(image_rss) "; image_stop
        times[image_empty_cds]+="$(image_start empty cds) "; image_stop
        times[image_cds]+="$(image_start site cds) "; rss[image_cds]+="$(image_rss) "; image_stop
    fi
    echo "round $round: $(for v in "${variants[@]}"; do printf '%s %s/ ' "$v" "${times[$v]}"; done)" >&2
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A medians
for v in "${variants[@]}"; do medians[$v]=$(echo "${times[$v]}" | median); done
line() { printf '%-50s %-22s %6s\n' "$1" "${times[$2]}" "${medians[$2]}"; }
printf '%-50s %-22s %s\n' "start (process or podman run to)" "runs, ms" "median, ms"
line "no deployment, no archive: first answer" empty
line "the site, no archive: first page" site
line "no deployment, its archive: first answer" empty_cds
line "the site, its archive (as shipped): first page" cds
if [[ -z $with_image ]]; then
    line "image, no deployment, no archive: first answer" image_empty
    line "image, the site, no archive: first page" image_site
    line "image, no deployment, its archive: first answer" image_empty_cds
    line "image, the site, its archive (as shipped): first page" image_cds
fi
echo
echo "the site's share (medians: first page minus the empty server's first answer):"
echo "  outside, as shipped (the build's archive, against the empty server with it): $((medians[cds] - medians[empty_cds])) ms;" \
    "without the archive: $((medians[site] - medians[empty])) ms"
if [[ -z $with_image ]]; then
    echo "  image, as shipped (its archive, against the empty image with it): $((medians[image_cds] - medians[image_empty_cds])) ms;" \
        "without the archive: $((medians[image_site] - medians[image_empty])) ms"
fi
# G1 grows the heap by a fifth of what is left at some starts and not at others (docs/benchmarks.md):
# every round's figure, and the median.
echo "RSS after the first page, MiB (each round; median):"
rss_variants=(site cds)
[[ -n $with_image ]] || rss_variants+=(image_site image_cds)
for v in "${rss_variants[@]}"; do
    printf '  %-10s %-22s %s\n' "$v" "${rss[$v]}" "$(echo "${rss[$v]}" | median)"
done
echo "archive: $(du -m "$archive" | cut -f1) MB"

# Where the site's share goes: the server log's timestamps of one more start, as shipped.
fresh_base site
start page cds > /dev/null
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
