#!/usr/bin/env bash
# Lighthouse (npm) scores of the language pages, with Debian's Chromium, against the server that
# `mvn package` provisions (started here on port 8680 and stopped at the end). Each page is
# measured RUNS times (default 5) in each form factor, mobile and desktop; the median run (by
# Performance) is reported, with the spread of Performance over the runs and the machine's
# benchmarkIndex as Lighthouse measured it in that run. Run it on an otherwise idle machine:
# Lighthouse's mobile figures simulate a 4x slower CPU from this one.
# Usage: bench/lighthouse.sh [/fr/mentions-legales ...]    (default: every page of i18n/content)
# Needs: Node.js and npm, chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
[ -x target/server/bin/standalone.sh ] || mvn -q -B package -DskipTests
npm install --silent --no-audit --no-fund --prefix target/lighthouse lighthouse@13.5.0 >/dev/null
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    for file in i18n/content/legal-notice.*.md; do
        tag=${file#i18n/content/legal-notice.}; tag=${tag%.md}
        pages+=("/$tag/$(sed -n 's/^slug: *"\?\([^"]*\)"\?$/\1/p' "$file" | head -1)")
    done
fi
work=$(mktemp -d)
offset=600
base="http://localhost:$((8080 + offset))"
cp -r target/server/standalone "$work/base"
rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"
LAUNCH_JBOSS_IN_BACKGROUND=true target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
    -Djboss.socket.binding.port-offset=$offset -Dlegal.base-url="$base" > "$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fso /dev/null "$base/health"; do sleep 0.2; done
for page in "${pages[@]}"; do curl -fso /dev/null "$base$page"; done # rendered once, before any run
export CHROME_PATH=/usr/bin/chromium HOME="$work"
printf '%-28s %-8s %12s %14s %15s %4s %12s %15s\n' page form performance accessibility best-practices seo 'perf. range' benchmarkIndex
for page in "${pages[@]}"; do
    for form in mobile desktop; do
        flags=()
        [ "$form" = desktop ] && flags=(--preset=desktop)
        for run in $(seq 1 "$runs"); do
            # Chromium sometimes records no navigation in its trace (Lighthouse's NO_NAVSTART):
            # such a run yields no figure, and is run again, at most twice.
            for attempt in 1 2 3; do
                if target/lighthouse/node_modules/.bin/lighthouse "$base$page" "${flags[@]}" --quiet --output=json --output-path="$work/report-$run.json" \
                    --only-categories=performance,accessibility,best-practices,seo \
                    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
                    >"$work/lighthouse.log" 2>&1; then
                    break
                fi
                echo "    $page ($form) run $run, attempt $attempt failed: $(grep -m1 -o 'Runtime error.*' "$work/lighthouse.log" || tail -1 "$work/lighthouse.log")" >&2
                [ "$attempt" -lt 3 ] || exit 1
            done
        done
        node -e '
            const [page, form, ...files] = process.argv.slice(1);
            const runs = files.map(f => require(f)).map(r => ({ r, s: k => Math.round(r.categories[k].score * 100) }));
            runs.sort((a, b) => a.s("performance") - b.s("performance"));
            const median = runs[Math.floor(runs.length / 2)];
            const perf = runs.map(x => x.s("performance"));
            console.log(page.padEnd(28), form.padEnd(8), String(median.s("performance")).padStart(12), String(median.s("accessibility")).padStart(14),
                String(median.s("best-practices")).padStart(15), String(median.s("seo")).padStart(4),
                (Math.min(...perf) + "-" + Math.max(...perf)).padStart(12), String(Math.round(median.r.environment.benchmarkIndex)).padStart(15));
            const c = median.r.categories;
            for (const k of Object.keys(c)) for (const ref of c[k].auditRefs) {
                const a = median.r.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("   ", k, a.id, a.score, a.displayValue || "");
            }' "$page" "$form" $(seq -f "$work/report-%g.json" 1 "$runs")
    done
done
