#!/usr/bin/env bash
# Where a cold start of the site goes: one start of the provisioned WildFly (target/server) with
# a Java Flight Recorder recording, from process start to the first 200 of a language page. The
# CPU samples of that window are attributed to the first part of the site or the server found in
# each stack, from the top: the site's own code, flexmark, OmniFaces, Mojarra, Weld, the
# annotation index (Jandex), class loading (JBoss Modules), WildFly's and Undertow's own boot,
# and the JIT-less rest. Prints the share of each (whole stacks, up to 1024 frames), and the share of
# samples with the site's own code anywhere in the stack.
#
# Usage: bench/start-profile.sh          (the recording stays in target/start.jfr)
# Needs: Java 17 (with its jfr tool), Maven, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
offset=560
base_url="http://127.0.0.1:$((8080 + offset))"
[ -x target/server/bin/standalone.sh ] || mvn -q -B package -DskipTests
jfr=$(dirname "$(readlink -f "$(command -v java)")")/jfr

work=$(mktemp -d)
trap 'pkill -f "jboss.server.base.dir=$work/" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r target/server/standalone "$work/base"
rm -rf "$work/base/data" "$work/base/log" "$work/base/tmp"

start=$(date +%s%N)
JAVA_OPTS_APPEND="-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=$PWD/target/start.jfr,settings=profile" \
    target/server/bin/standalone.sh -b 127.0.0.1 -Djboss.server.base.dir="$work/base" \
    -Djboss.socket.binding.port-offset=$offset > "$work/console.log" 2>&1 &
until curl -fso /dev/null "$base_url/fr/mentions-legales"; do sleep 0.02; done
echo "first page after $(( ($(date +%s%N) - start) / 1000000 )) ms (with the recording on)"
pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$work/base" | head -1)
jcmd "$pid" JFR.dump filename="$PWD/target/start.jfr" > /dev/null
"$jfr" print --stack-depth 1024 --json --events jdk.ExecutionSample target/start.jfr > "$work/samples.json"

python3 - "$work/samples.json" <<'EOF'
import json, sys
from collections import Counter
# First match from the top of the stack wins: the most specific owner of the work.
parts = [
    ("the site (io.plakar)", ("io.plakar.",)),
    ("flexmark (Markdown)", ("com.vladsch.flexmark.",)),
    ("OmniFaces", ("org.omnifaces.",)),
    ("Mojarra (Faces)", ("com.sun.faces.", "jakarta.faces.")),
    ("Weld (CDI)", ("org.jboss.weld.",)),
    ("Jandex (annotation index)", ("org.jboss.jandex.",)),
    ("Facelets/EL", ("org.glassfish.expressly.", "jakarta.el.")),
    ("class loading (JBoss Modules, JDK)", ("org.jboss.modules.", "java.lang.ClassLoader", "jdk.internal.loader.")),
    ("XML parsing", ("org.apache.xerces.", "com.sun.org.apache.xerces.", "javax.xml.", "org.codehaus.stax2.", "com.ctc.wstx.")),
    ("Undertow", ("io.undertow.",)),
    ("WildFly and its MSC", ("org.jboss.as.", "org.wildfly.", "org.jboss.msc.")),
]
events = json.load(open(sys.argv[1]))["recording"]["events"]
counts = Counter()
for event in events:
    # class names come with slashes (org/jboss/weld/...)
    frames = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
              for f in event["values"]["stackTrace"]["frames"]]
    owner = next((name for frame in frames for name, prefixes in parts if frame.startswith(prefixes)), "other (JDK, JIT-compiled code)")
    counts[owner] += 1
total = sum(counts.values())
print(f"{total} CPU samples, process start to the first page:")
for owner, n in counts.most_common():
    print(f"  {owner:40s} {n:6d}  {100 * n / total:5.1f} %")
# Inclusive: samples with the site's own code anywhere in the stack (its start-up work, the first page).
site = sum(1 for event in events if any(f["method"]["type"]["name"].startswith("io/plakar/")
                                        for f in event["values"]["stackTrace"]["frames"]))
print(f"samples with the site's own code anywhere in the stack: {site} ({100 * site / total:.1f} %)")
EOF
