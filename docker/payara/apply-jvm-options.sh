#!/bin/bash
# Puts the JVM options of a file (one a line; blank lines and lines starting with # are ignored)
# into a Payara domain.xml, in place of the distribution's -Xmx512m: pre-boot commands cannot
# set them, since the JVM has started when they run. Used by the image (Dockerfile) and by the
# tests' Payara domains (RollingRestartIT).
#
# Usage: apply-jvm-options.sh OPTIONS_FILE DOMAIN_XML
set -euo pipefail
options_file=${1:?OPTIONS_FILE}
domain_xml=${2:?DOMAIN_XML}
options=$(sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' \
    -e 's|^[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$|<jvm-options>\1</jvm-options>|' "$options_file" | tr -d '\n')
if ! grep -q '<jvm-options>-Xmx512m</jvm-options>' "$domain_xml"; then
    printf 'apply-jvm-options.sh: %s has no <jvm-options>-Xmx512m</jvm-options> to replace\n' "$domain_xml" >&2
    exit 1
fi
sed -i "s|<jvm-options>-Xmx512m</jvm-options>|$options|g" "$domain_xml"
