#!/usr/bin/env bash
# Sets this machine up to build and run the images of docker/ with podman, as the image tests
# (*ImageIT, KubePlayIT, ComposeIT) and .ci/run need it; a developer runs the same step:
#
#   sudo docker/podman-setup.sh          # as root, from anywhere; idempotent
#
# 1. Installs Debian's podman, buildah, crun, netavark, aardvark-dns, catatonit (podman builds the
#    pods' pause image with it, for kube play), podman-compose and mmdebstrap (if missing).
# 2. Limits: rootful podman asks crun for nofile 1048576 and an nproc above what such a machine
#    allows ("setrlimit RLIMIT_NOFILE: Operation not permitted"); a containers.conf drop-in sets
#    lower defaults.
# 3. Cgroups: on a machine that mixes cgroup v1 and v2 with hugetlb listed on v2, crun refuses to
#    run ("cgroups in hybrid mode not supported"); mounting the v1 hugetlb hierarchy fixes it
#    (once per boot).
# 4. Local base images, since no registry can be reached here: a Java 17 runtime and nginx, both
#    made from Debian's packages with mmdebstrap and imported into podman's store. They are kept
#    there and made again only when missing (or with PODMAN_SETUP_REBUILD=1): 1.5 to 2.5 minutes
#    each. The machine's Debian sources are used (DEBIAN_SOURCES names another file).
# 5. Runs a container: if that fails, says why and exits non-zero (the image tests would fail
#    anyway; this way the message is the first thing CI prints).
#
# The Dockerfiles' defaults stay public images (eclipse-temurin, nginx); the tests build FROM
# these local bases instead and print so.
set -euo pipefail

JAVA_BASE=${JAVA_BASE_IMAGE:-localhost/plakar-legal-base/jre17:bookworm}
NGINX_BASE=${NGINX_BASE_IMAGE:-localhost/plakar-legal-base/nginx:bookworm}
SUITE=bookworm
# The machine's own Debian sources (bookworm, its updates and security archives), or another
# sources file given as DEBIAN_SOURCES.
SOURCES=${DEBIAN_SOURCES:-/etc/apt/sources.list.d/debian.sources}
[[ -f $SOURCES ]] || SOURCES=/etc/apt/sources.list

say() { printf 'podman-setup: %s\n' "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root (installs packages, mounts a cgroup, writes /etc/containers)"
[[ -f $SOURCES ]] || fail "no Debian sources at $SOURCES: name a sources file with DEBIAN_SOURCES"

# 1. Packages.
need=()
for tool in podman:podman buildah:buildah crun:crun podman-compose:podman-compose mmdebstrap:mmdebstrap \
    /usr/lib/podman/netavark:netavark /usr/lib/podman/aardvark-dns:aardvark-dns catatonit:catatonit; do
    command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if ((${#need[@]})); then
    say "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${need[@]}" uidmap slirp4netns fuse-overlayfs iptables >/dev/null \
        || fail "apt-get install ${need[*]} failed"
fi

# 2. Limits, for every podman command on the machine (a drop-in: containers.conf stays Debian's),
#    and netavark as the network backend: its DNS (aardvark-dns) lets Compose's services find
#    each other by name (nginx's site1 and site2); Debian's CNI plugins have no DNS.
mkdir -p /etc/containers/containers.conf.d
cat >/etc/containers/containers.conf.d/50-plakar-legal.conf <<'EOF'
# Written by docker/podman-setup.sh (plakar legal notice). podman's defaults ask for limits that
# this machine does not grant; nproc cannot exceed the kernel's pid_max.
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[network]
network_backend = "netavark"
EOF
if [[ $(podman info --format '{{.Host.NetworkBackend}}') != netavark ]]; then
    fail "podman still uses another network backend than netavark: its networks were made with CNI; remove them
(podman network ls; podman network rm NAME, or podman system reset) and run this again"
fi
# A bridge left by CNI (podman used before this setup) routes netavark's subnet to nowhere.
if ip link show cni-podman0 >/dev/null 2>&1; then
    say "removing the bridge cni-podman0 that CNI left (it shadows netavark's route to the containers)"
    ip link delete cni-podman0
fi

# 3. Cgroups: hybrid v1/v2 with hugetlb on v2.
if [[ -d /sys/fs/cgroup/unified && ! -e /sys/fs/cgroup/cgroup.controllers ]] \
    && grep -qw hugetlb /sys/fs/cgroup/unified/cgroup.controllers 2>/dev/null \
    && ! mountpoint -q /sys/fs/cgroup/hugetlb; then
    say "mounting the cgroup v1 hugetlb hierarchy (crun refuses hybrid mode otherwise)"
    mkdir -p /sys/fs/cgroup/hugetlb
    mount -t cgroup -o hugetlb cgroup /sys/fs/cgroup/hugetlb || fail "cannot mount the hugetlb cgroup"
fi

# 4. Base images from Debian's packages. Documentation and locales left out; the security
#    updates included (when the sources name the security archive, as Debian's default does). The root file system is streamed into `podman import` as a tar.
base_image() { # NAME PACKAGES HOOK CHANGES...
    local name=$1 packages=$2 hook=$3
    shift 3
    if [[ -z ${PODMAN_SETUP_REBUILD:-} ]] && podman image exists "$name"; then
        say "$name: present"
        return
    fi
    say "$name: making it from Debian $SUITE packages ($packages)"
    local start=$SECONDS changes=() tar
    for change in "$@"; do changes+=(--change "$change"); done
    tar=$(mktemp --tmpdir=/var/tmp plakar-legal-base.XXXXXX.tar)
    # (update-alternatives links the JDK's manual pages into man1, which must exist.)
    mmdebstrap --quiet --variant=minbase --include="$packages" \
        --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-include=/usr/share/doc/*/copyright' --dpkgopt='path-exclude=/usr/share/locale/*' \
        --dpkgopt='path-exclude=/usr/share/info/*' \
        --essential-hook='mkdir -p "$1"/usr/share/man/man1' \
        --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
        --customize-hook="$hook" \
        "$SUITE" "$tar" "$SOURCES" \
        || { rm -f "$tar"; fail "could not make $name with mmdebstrap (see above)"; }
    podman import "${changes[@]}" "$tar" "$name" >/dev/null || { rm -f "$tar"; fail "podman import of $name failed"; }
    rm -f "$tar"
    say "$name: made in $((SECONDS - start)) s, $(podman image inspect --format '{{.Size}}' "$name" | numfmt --to=iec) B"
}
base_image "$JAVA_BASE" openjdk-17-jre-headless,ca-certificates true \
    'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' 'ENV LANG=C.UTF-8' 'CMD ["bash"]'
# nginx as Debian ships it (nginx-light), in the foreground; its configuration comes from
# compose.yaml (docker/nginx.conf), which keeps its cache and temporary files in /var/cache/nginx.
base_image "$NGINX_BASE" nginx-light 'mkdir -p "$1"/var/cache/nginx' \
    'ENV LANG=C.UTF-8' 'EXPOSE 80' 'STOPSIGNAL SIGQUIT' 'CMD ["nginx", "-g", "daemon off;"]'

# 5. A container runs, as the tests run them (read-only root, all capabilities dropped).
if ! out=$(podman run --rm --read-only --cap-drop=ALL --security-opt=no-new-privileges \
        --user 185:0 "$JAVA_BASE" java -version 2>&1); then
    fail "podman cannot run a container on this machine:
$out
(see docker/README.md, 'Podman': limits, cgroups)"
fi
say "ready: podman $(podman version --format '{{.Client.Version}}'), bases $JAVA_BASE and $NGINX_BASE"
