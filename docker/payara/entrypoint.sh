#!/bin/bash
# Starts Payara Server in the foreground, as the container's first process, and stops it on
# SIGTERM (`docker stop`, `podman stop`, Kubernetes) without ever answering 404 or 500 for the
# site: while the site is not deployed, the HTTP listener is closed (connections are refused).
#
# 1. Each start begins from the domain's configuration as it was at the first start (the image's):
#    that copy, domain.xml.original, replaces the domain.xml a previous run left (in a restarted
#    container, or a pod's volume), so the site is deployed afresh every time, never loaded from a
#    previous run's registration while the post-boot commands run.
# 2. The server starts with the pre-boot commands of $PREBOOT_COMMANDS (the image's settings) and
#    one more, written here with them into the folder of $POSTBOOT_COMMANDS, that closes the HTTP
#    listener http-listener-1; the post-boot commands written here deploy every WAR of
#    $DEPLOY_DIR (the site), then open the listener: the first connection meets a deployed site.
#    (Payara opens its listeners before it deploys, and answers 404, then 500, meanwhile.)
# 3. `asadmin start-domain --dry-run` prints the JVM command line the domain would be started
#    with (one argument a line, the pre- and post-boot command files among them); that command
#    is run here, so that no asadmin process or watchdog sits between the runtime and the JVM.
# 4. On SIGTERM: the site drains (the system property legal.draining: every new request,
#    /health included, gets 503), requests in flight get $DRAIN_SECONDS (5) to complete, then
#    the HTTP listener closes (connections are refused; Grizzly ends what is still open), then
#    the JVM gets SIGTERM and Payara stops. (Payara's own stop takes the site down before it
#    closes its listeners, and answers 500, then 404, meanwhile.) Both changes go through
#    asadmin to the administration listener on 127.0.0.1 (port $AS_ADMIN_PORT, 4848 by default);
#    if it cannot be reached, the JVM gets SIGTERM at once and the site still answers 503 from its
#    shutdown hook. A JVM ended by SIGTERM exits with 143; that is the expected end of a
#    container, so the script exits 0 then (any other status is passed on).
set -euo pipefail

: "${PAYARA_DIR:?}" "${PREBOOT_COMMANDS:?}" "${POSTBOOT_COMMANDS:?}" "${DEPLOY_DIR:?}"
DOMAIN_NAME=${DOMAIN_NAME:-domain1}
DRAIN_SECONDS=${DRAIN_SECONDS:-5}

LISTENER=configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1

domain=$PAYARA_DIR/glassfish/domains/$DOMAIN_NAME
if [[ -e $domain/config/domain.xml.original ]]; then
    cp "$domain/config/domain.xml.original" "$domain/config/domain.xml"
    rm -rf "$domain/applications" "$domain/generated"
else
    cp "$domain/config/domain.xml" "$domain/config/domain.xml.original"
fi

preboot=$(dirname "$POSTBOOT_COMMANDS")/pre-boot-commands-at-start.asadmin
{ cat "$PREBOOT_COMMANDS"; printf '\nset %s.enabled=false\n' "$LISTENER"; } >"$preboot"
: >"$POSTBOOT_COMMANDS"
for war in "$DEPLOY_DIR"/*.war; do
    [[ -e $war ]] && printf 'deploy %s\n' "$war" >>"$POSTBOOT_COMMANDS"
done
printf 'set %s.enabled=true\n' "$LISTENER" >>"$POSTBOOT_COMMANDS"

if ! dry_run=$("$PAYARA_DIR/bin/asadmin" start-domain --dry-run --prebootcommandfile="$preboot" \
        --postbootcommandfile="$POSTBOOT_COMMANDS" "$DOMAIN_NAME" 2>&1); then
    printf 'entrypoint: asadmin start-domain --dry-run failed:\n%s\n' "$dry_run" >&2
    exit 1
fi
# The arguments: one a line, from the line after this header to the first empty one. What
# asadmin printed before it (a warning, an error it went past) goes to the log.
header='Dump of JVM Invocation line that would be used to launch:'
if [[ $dry_run != *"$header"* ]]; then
    printf 'entrypoint: asadmin start-domain --dry-run printed no command line:\n%s\n' "$dry_run" >&2
    exit 1
fi
before=${dry_run%%"$header"*}
[[ -z ${before//[[:space:]]/} ]] || printf '%s\n' "$before" >&2
mapfile -t command < <(awk -v header="$header" 'found && /^$/ { exit } found { print } $0 == header { found = 1 }' <<<"$dry_run")

java_pid=
stop() {
    if [[ -n $java_pid ]]; then
        "$PAYARA_DIR/bin/asadmin" --interactive=false create-system-properties legal.draining=true >&2 \
            && sleep "$DRAIN_SECONDS" \
            && "$PAYARA_DIR/bin/asadmin" --interactive=false set "$LISTENER.enabled=false" >&2
        kill -TERM "$java_pid" 2>/dev/null || true
    fi
}
trap stop TERM INT

# The JVM reads the master password from its standard input (-read-stdin true): the domain's is
# the distribution's default.
"${command[@]}" <<<"AS_ADMIN_MASTERPASSWORD=changeit" &
java_pid=$!
set +e
wait "$java_pid"
status=$?
# `wait` returns early when a trapped signal arrives: wait again for the JVM's own end.
while kill -0 "$java_pid" 2>/dev/null; do
    wait "$java_pid"
    status=$?
done
if [[ $status == 143 ]]; then
    exit 0
fi
exit "$status"
