#!/usr/bin/env bash
# Trains the server's class-data archive (AppCDS): `mvn package` for target/server (pom.xml,
# train-class-archive) and the image's build for the image (docker/wildfly/Dockerfile), each with
# the Java runtime that will run the server (an archive is tied to the JDK build that wrote it; a
# JVM started with another one ignores it). Starts the server as its start script does, with
# -XX:ArchiveClassesAtExit, requests every address the sitemap lists, the addresses the first page
# links to, the redirect at / and a missing page, then stops the server with SIGTERM (as a
# container is stopped), so that the JVM writes the archive when it exits. What the run wrote
# (data, log, tmp, the deployment scanner's markers, the configuration it rewrote) is undone: the
# server stays as `mvn package` made it, plus the archive, which standalone.conf then hands to
# the JVM at each start (JAVA_CDS_OPTS).
#
# Usage (as the server's user): [JBOSS_HOME=…] [PORT_OFFSET=N] train-cds.sh ARCHIVE
set -euo pipefail
archive=$1
home=${JBOSS_HOME:-/opt/wildfly}
standalone=$home/standalone
# Progress on standard output; a failure's reason alone on standard error (the build shows it as
# its error), after the end of the server's log on standard output.
say() { printf 'train-cds: %s\n' "$*"; }
fail() {
    tail -n 40 "$standalone/log/server.log" 2> /dev/null || true
    printf 'train-cds: %s; no class-data archive\n' "$*" >&2
    exit 1
}
server=
trained=
# The server rewrites configuration/logging.properties at boot, with the absolute path of this
# run's log: the configuration is put back as it was, so that later starts, on other base
# directories too, log where they should.
configuration=$(mktemp -d)
cp -a "$standalone/configuration/." "$configuration/"

# Whatever happens: the server stopped, and what its run wrote removed (data, log, tmp, the
# configuration it rewrote, the scanner's markers of this run), with the marker that asks the
# scanner to deploy the site at each start.
clean_up() {
    if [[ -n $server ]] && kill -0 "$server" 2> /dev/null; then
        kill -TERM "$server" 2> /dev/null || true
        wait "$server" 2> /dev/null || true
    fi
    [[ -n $trained ]] || rm -f "$archive"
    rm -rf "$standalone/data" "$standalone/log" "$standalone/tmp"
    find "$standalone/configuration" -mindepth 1 -delete
    cp -a "$configuration/." "$standalone/configuration/"
    rm -rf "$configuration"
    find "$standalone/deployments" -maxdepth 1 -name 'ROOT.war.*' -delete
    touch "$standalone/deployments/ROOT.war.dodeploy"
}
trap clean_up EXIT

# The image's build step has a network namespace of its own; `mvn package` passes an offset that
# keeps the training's ports (HTTP 8080 + offset, management 9990 + offset) clear of the usual ones.
offset=${PORT_OFFSET:-0}
port=$((8080 + offset))

if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    fail "port $port is in use: stop what listens there, or choose another port offset (PORT_OFFSET; with Maven -Dlegal.class-archive.port-offset=N)"
fi
mkdir -p "$(dirname "$archive")"
rm -f "$archive"
# LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh passes SIGTERM on to the JVM. No performance data
# file in /tmp (-XX:-UsePerfData): nothing is left behind.
LAUNCH_JBOSS_IN_BACKGROUND=true JAVA_CDS_OPTS="-XX:ArchiveClassesAtExit=$archive -XX:-UsePerfData" \
    "$home/bin/standalone.sh" -b 127.0.0.1 -Djboss.socket.binding.port-offset="$offset" > /dev/null 2>&1 &
server=$!
start=$SECONDS

# One request over bash's /dev/tcp (the image has no curl); prints the whole response.
get() {
    exec 3<> "/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET %s HTTP/1.1\r\nHost: localhost:%s\r\nAccept-Language: %s\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n' "$1" "$port" "${2:-fr}" >&3
    cat <&3
    exec 3<&-
}
status() { get "$@" 2> /dev/null | head -n 1 | cut -d ' ' -f 2; }

# The scanner writes a deployment's failure into this marker; its last cause is the site's own
# message (a defect in i18n/: file, line and what is wrong).
failed=$standalone/deployments/ROOT.war.failed
until [[ $(status /health) == 200 ]]; do
    kill -0 "$server" 2> /dev/null || fail "the server stopped before it was ready"
    [[ ! -e $failed ]] || fail "the site did not deploy: $(awk '/Caused by: /{cause=""} {cause=cause $0 "\n"} END {printf "%s", cause}' "$failed" \
        | sed -E '1s/^[[:space:]]*Caused by: //; $s/\\"\}+"?$//')"
    ((SECONDS - start < 300)) || fail "the server was not ready within 300 s"
    sleep 0.5
done
say "server ready after $((SECONDS - start)) s"

# Every address of the sitemap (language pages, histories, earlier versions), then what the
# first page links to (stylesheet, favicon), the negotiated redirect, robots.txt and a 404.
mapfile -t pages < <(get /sitemap.xml | grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>[a-z]+://[^/]*##; s#</loc>##')
((${#pages[@]} > 0)) || fail "the sitemap lists no page"
mapfile -t linked < <(get "${pages[0]}" | grep -o '\(href\|src\)="/[^"]*"' | sed -E 's#^[a-z]+="##; s#"$##; s#&amp;#\&#g' | sort -u)
served=0
for path in "${pages[@]}" "${linked[@]}" / /robots.txt /favicon.svg /no-such-page; do
    code=$(status "$path")
    [[ $code =~ ^[23] || $path == /no-such-page ]] || fail "$path answered $code"
    served=$((served + 1))
done
for language in de en ar; do status / "$language" > /dev/null; done
say "served $served addresses"

kill -TERM "$server"
wait "$server" || true
[[ -s $archive ]] || fail "the JVM wrote no archive at $archive"
chmod 0444 "$archive"
trained=yes
say "archive $archive: $(($(stat -c %s "$archive") / 1000000)) MB, trained in $((SECONDS - start)) s"
