#!/bin/bash
# Starts Payara Server in the foreground, as the container's first process, and stops it cleanly
# on SIGTERM (`docker stop`, `podman stop`, Kubernetes).
#
# 1. The post-boot commands deploy every WAR of $DEPLOY_DIR (the site), once the server runs.
# 2. `asadmin start-domain --dry-run` prints the JVM command line the domain would be started
#    with (one argument a line, the pre- and post-boot command files among them); that command
#    is run here, so that no asadmin process or watchdog sits between the runtime and the JVM.
# 3. SIGTERM is passed on to the JVM: the site answers 503 from its shutdown hook while requests
#    in flight complete, then Payara stops. A JVM ended by SIGTERM exits with 143; that is the
#    expected end of a container, so the script exits 0 then (any other status is passed on).
set -euo pipefail

: "${PAYARA_DIR:?}" "${PREBOOT_COMMANDS:?}" "${POSTBOOT_COMMANDS:?}" "${DEPLOY_DIR:?}"
DOMAIN_NAME=${DOMAIN_NAME:-domain1}

: >"$POSTBOOT_COMMANDS"
for war in "$DEPLOY_DIR"/*.war; do
    [[ -e $war ]] && printf 'deploy %s\n' "$war" >>"$POSTBOOT_COMMANDS"
done

if ! dry_run=$("$PAYARA_DIR/bin/asadmin" start-domain --dry-run --prebootcommandfile="$PREBOOT_COMMANDS" \
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
    [[ -n $java_pid ]] && kill -TERM "$java_pid" 2>/dev/null || true
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
