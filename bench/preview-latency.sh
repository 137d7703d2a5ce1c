#!/usr/bin/env bash
# Live preview: time from saving an edit under i18n/ to the edit being served.
# Starts the provisioned server (run `mvn package` first) in preview mode on a copy of i18n/,
# edits the German title N times and polls the page until each edit shows.
# Usage: bench/preview-latency.sh [N]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
work=$(mktemp -d)
cp -r i18n "$work/i18n"
port_offset=300
url="http://127.0.0.1:$((8080 + port_offset))/de/impressum"
target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.socket.binding.port-offset=$port_offset \
    -Dlegal.i18n-dir="$work/i18n" > "$work/server.log" 2>&1 &
server=$!
trap 'pkill -P $server 2>/dev/null || true; kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "$url" && break; sleep 0.5; done
file="$work/i18n/content/legal-notice.de.md"
times=()
for i in $(seq 1 "$runs"); do
    sed -i "s/^title: .*/title: \"Impressum $i\"/" "$file"
    start=$(date +%s%N)
    until curl -fs "$url" | grep -q "<h1>Impressum $i</h1>"; do :; done
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '
    { v[NR] = $1; sum += $1 }
    END { printf "edit-to-visible over %d edits: min %d ms, median %d ms, max %d ms, mean %.1f ms\n", n, v[1], v[int((n + 1) / 2)], v[n], sum / n }'
