#!/usr/bin/env bash
# Collect the jars of Khabar's dev/test Apache Kafka broker from Maven Central.
#
# Usage: deploy/kafka/fetch.sh
#
# The jars go to ${KHABAR_KAFKA_CACHE:-$HOME/.cache/khabar/kafka}/<version>/libs, outside the
# checkout, so every clone, `make` and CI run on the machine shares one copy per version.
# A second run is a no-op. The libs directory is printed as the last line of stdout;
# everything else goes to stderr.
#
# Environment:
#   KHABAR_KAFKA_VERSION  org.apache.kafka:kafka_2.13 version (default 4.4.0)
#   KHABAR_KAFKA_CACHE    cache root (default $HOME/.cache/khabar/kafka)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${KHABAR_KAFKA_VERSION:-4.4.0}"
cache_root="${KHABAR_KAFKA_CACHE:-${HOME}/.cache/khabar/kafka}"
version_dir="${cache_root}/${version}"
libs="${version_dir}/libs"
# Written only after a complete copy, so an interrupted fetch is never mistaken for a cache hit.
manifest="${version_dir}/libs.manifest"

say() { printf 'fetch.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

cache_complete() {
    [[ -f "${manifest}" && -d "${libs}" ]] || return 1
    local jar
    while IFS= read -r jar; do
        [[ -s "${libs}/${jar}" ]] || return 1
    done <"${manifest}"
    # The broker itself must be in the set, whatever else the manifest says.
    [[ -s "${libs}/kafka_2.13-${version}.jar" ]]
}

command -v java >/dev/null 2>&1 \
    || die "java not found on PATH; the broker needs Java 17+ (Debian: apt-get install openjdk-17-jre-headless, or run deploy/system-deps.sh as root)"

if cache_complete; then
    say "Kafka ${version} jars already present"
    printf '%s\n' "${libs}"
    exit 0
fi

command -v mvn >/dev/null 2>&1 \
    || die "mvn not found on PATH; it is needed once to download the Kafka ${version} jars (Debian: apt-get install maven, or run deploy/system-deps.sh as root)"

mkdir -p "${version_dir}"
# Two runs at once (parallel CI jobs, two shells) must not swap the directory under each other.
if command -v flock >/dev/null 2>&1; then
    exec 9>"${version_dir}/.fetch.lock"
    flock -w 600 9 || die "timed out waiting for another fetch of Kafka ${version} to finish"
    if cache_complete; then
        say "Kafka ${version} jars fetched by a concurrent run"
        printf '%s\n' "${libs}"
        exit 0
    fi
fi
staging="$(mktemp -d "${version_dir}/libs.partial.XXXXXX")"
mvn_log="${staging}.log"
trap 'rm -rf "${staging}" "${mvn_log}"' EXIT

say "downloading Kafka ${version} jars with Maven (first run only)"
# Maven's output is kept aside and shown only on failure: with -q it is just colour-reset noise.
if ! mvn -B -q \
    -f "${here}/pom.xml" \
    -Dkafka.version="${version}" \
    -DoutputDirectory="${staging}" \
    dependency:copy-dependencies >"${mvn_log}" 2>&1; then
    cat "${mvn_log}" >&2
    die "Maven could not resolve org.apache.kafka:kafka_2.13:${version} (is the version published and Maven Central reachable?)"
fi

[[ -s "${staging}/kafka_2.13-${version}.jar" ]] \
    || die "Maven finished but kafka_2.13-${version}.jar is missing from the copied set"

# Swap the complete set in; a leftover from an interrupted run is replaced, not merged.
rm -rf "${libs}" "${manifest}"
mv "${staging}" "${libs}"
chmod 0755 "${libs}"  # mktemp made it owner-only; other users of a shared cache must read it
(cd "${libs}" && ls -1 -- *.jar) >"${manifest}.tmp"
mv "${manifest}.tmp" "${manifest}"

say "Kafka ${version}: $(wc -l <"${manifest}") jars in ${libs}"
printf '%s\n' "${libs}"
