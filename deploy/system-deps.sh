#!/usr/bin/env bash
# Install the Debian packages Khabar's tests need. Run as root; safe to run again.
#
#   kcat        an independent Kafka client (librdkafka) for end-to-end checks
#   prometheus  provides promtool (rule checks and rule unit tests); its server is not run
#   java, mvn   needed by deploy/kafka (the dev/test broker); installed only if missing
#
# Packages already present are skipped; with nothing to do, apt is not touched at all.
# The prometheus system service is never left running: tests start their own Prometheus.
set -euo pipefail

say() { printf 'system-deps.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ "$(id -u)" -eq 0 ]] || die "run as root (it installs packages with apt-get)"
command -v apt-get >/dev/null 2>&1 || die "apt-get not found; this script supports Debian/Ubuntu only"

installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]
}

wanted=()
for pkg in kcat prometheus; do
    installed "${pkg}" || wanted+=("${pkg}")
done
# Any Java 17+ and any Maven will do, so only the commands are checked, not package names.
command -v java >/dev/null 2>&1 || wanted+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || wanted+=(maven)

if ((${#wanted[@]} == 0)); then
    say "nothing to install (kcat, prometheus, java, mvn present)"
else
    # Debian's maintainer scripts start a package's service unless policy-rc.d says no (101).
    # Ours is only put in place, and removed, when the machine has none of its own.
    policy=/usr/sbin/policy-rc.d
    if [[ ! -e "${policy}" ]]; then
        printf '#!/bin/sh\n# Temporary, from khabar deploy/system-deps.sh\nexit 101\n' >"${policy}"
        chmod 0755 "${policy}"
        trap 'rm -f "${policy}"' EXIT
    fi
    say "installing: ${wanted[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # No recommends: prometheus would pull in prometheus-node-exporter, another daemon.
    apt-get install -y -q --no-install-recommends "${wanted[@]}"
fi

# Belt and braces: whatever policy was in force, leave no Prometheus server running.
if [[ -d /run/systemd/system ]]; then
    if systemctl is-active --quiet prometheus 2>/dev/null; then
        say "stopping the prometheus service started by the package"
        systemctl stop prometheus
    fi
elif [[ -x /etc/init.d/prometheus ]] && service prometheus status >/dev/null 2>&1; then
    say "stopping the prometheus service started by the package"
    service prometheus stop
fi

for tool in kcat promtool java mvn; do
    command -v "${tool}" >/dev/null 2>&1 || die "${tool} still missing after install"
done
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${java_major:-0}" -ge 17 ]] || die "java ${java_major:-?} found; the Kafka broker needs 17 or newer"
say "ok: kcat, promtool, java ${java_major}, mvn"
