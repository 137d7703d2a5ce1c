#!/usr/bin/env bash
# Lighthouse (npm) scores of every language page, with Debian's Chromium, against the server
# that `mvn package` provisions (started here on port 8680 and stopped at the end).
# Usage: bench/lighthouse.sh        Needs: Node.js and npm, chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x target/server/bin/standalone.sh ] || mvn -q -B package -DskipTests
npm install --silent --no-audit --no-fund --prefix target/lighthouse lighthouse@13.5.0 >/dev/null
work=$(mktemp -d)
offset=600
base="http://localhost:$((8080 + offset))"
cp -r target/server/standalone "$work/base"
rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
    -Djboss.socket.binding.port-offset=$offset -Dlegal.base-url="$base" > "$work/server.log" 2>&1 &
trap 'pkill -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" || true; rm -rf "$work"' EXIT
until curl -fso /dev/null "$base/health"; do sleep 0.2; done
export CHROME_PATH=/usr/bin/chromium HOME="$work"
printf '%-28s %12s %14s %15s %4s\n' page performance accessibility best-practices seo
for page in /fr/mentions-legales /en/legal-notice /de/impressum /es/aviso-legal /it/note-legali /nl/juridische-informatie /ar/ishaar-qanuni; do
    for form in desktop mobile; do
        flags=()
        [ "$form" = desktop ] && flags=(--preset=desktop)
        target/lighthouse/node_modules/.bin/lighthouse "$base$page" "${flags[@]}" --quiet --output=json --output-path="$work/report.json" \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null 2>&1
        node -e '
            const r = require(process.argv[1]); const c = r.categories;
            const s = k => Math.round(c[k].score * 100);
            console.log(process.argv[2].padEnd(28), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
                String(s("best-practices")).padStart(15), String(s("seo")).padStart(4));
            for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
                const a = r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("   ", k, a.id, a.score);
            }' "$work/report.json" "$page ($form)"
    done
done
