#!/usr/bin/env bash
# Khabar's dev/test Apache Kafka broker: one KRaft node (broker + controller) on 127.0.0.1.
#
# Usage: deploy/kafka/broker.sh COMMAND
#
#   start         Fetch the jars if needed, wipe and format a fresh data dir, start the broker in
#                 the background and wait until it can create and list a topic. A no-op (exit 0)
#                 if this script's broker already runs on the port.
#   stop          SIGTERM, wait up to 30 s, then SIGKILL. Keeps the data dir. Exit 0 if not running.
#   start-keep    Start again on the data dir left by `stop`, without formatting: committed
#                 records, offsets and topics survive. For broker-outage tests.
#   restart-keep  stop, then start-keep.
#   status        Print "running ..." (exit 0) or "stopped" (exit 1).
#   wait          Wait until the running broker can create and list a topic (exit 1 on timeout).
#
# Environment:
#   KHABAR_BROKER_PORT             client listener port (default 9092)
#   KHABAR_CONTROLLER_PORT         KRaft controller port (default: client port + 1)
#   KHABAR_BROKER_DIR              state dir: data/, server.properties, broker.pid, broker.log
#                                  (default /tmp/khabar-broker-<port>)
#   KHABAR_BROKER_HEAP             JVM max heap (default 512m)
#   KHABAR_BROKER_TIMEOUT          readiness timeout in seconds (default 90)
#   KHABAR_BROKER_EXTRA_PROPERTIES extra server.properties lines, appended last so they win
#   KHABAR_KAFKA_VERSION, KHABAR_KAFKA_CACHE   passed to fetch.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${KHABAR_BROKER_PORT:-9092}"
controller_port="${KHABAR_CONTROLLER_PORT:-$((port + 1))}"
state_dir="${KHABAR_BROKER_DIR:-/tmp/khabar-broker-${port}}"
heap="${KHABAR_BROKER_HEAP:-512m}"
ready_timeout="${KHABAR_BROKER_TIMEOUT:-90}"
stop_timeout=30

data_dir="${state_dir}/data"
props="${state_dir}/server.properties"
pid_file="${state_dir}/broker.pid"
log_file="${state_dir}/broker.log"
bootstrap="127.0.0.1:${port}"
# Created by the readiness probe; a real topic so the check covers the controller and metadata path.
probe_topic="_khabar_broker_ready"

say() { printf 'broker.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# The pid of our broker if it is alive, else nothing. The command line is checked so a
# stale pid file whose number the kernel gave to another process is not mistaken for it.
running_pid() {
    local pid
    [[ -f "${pid_file}" ]] || return 1
    pid="$(<"${pid_file}")"
    [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
    kill -0 "${pid}" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null | grep -q -- "kafka.Kafka ${props}" || return 1
    printf '%s\n' "${pid}"
}

port_open() {
    # bash's /dev/tcp keeps the probe free of extra tools; the subshell closes the socket.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

log_tail() {
    if [[ -f "${log_file}" ]]; then
        say "last lines of ${log_file}:"
        tail -n 40 "${log_file}" >&2
    fi
}

libs_dir() {
    "${here}/fetch.sh" | tail -n 1
}

# Kafka's own CLI tools from the broker's jars, in a short-lived JVM: small heap and no
# optimising JIT, as these run for a second or two. Bounded by `timeout` so a tool stuck
# retrying a half-started broker cannot outlive the readiness deadline.
java_tool() {
    local libs="$1"
    shift
    timeout 30 java -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "${libs}/*" "$@"
}

write_properties() {
    mkdir -p "${state_dir}"
    # Everything sized for one node on a 2-core test machine: no replication, tiny internal
    # topics, no initial rebalance delay so consumer groups join at once.
    cat >"${props}" <<EOF
# Written by deploy/kafka/broker.sh; rewritten on every fresh start.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controller_port}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${data_dir}
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
EOF
    if [[ -n "${KHABAR_BROKER_EXTRA_PROPERTIES:-}" ]]; then
        printf '# KHABAR_BROKER_EXTRA_PROPERTIES\n%s\n' "${KHABAR_BROKER_EXTRA_PROPERTIES}" >>"${props}"
    fi
}

format_storage() {
    local libs="$1" cluster_id
    cluster_id="$(java_tool "${libs}" kafka.tools.StorageTool random-uuid 2>>"${log_file}" | tail -n 1)"
    [[ -n "${cluster_id}" ]] || { log_tail; die "StorageTool random-uuid printed no cluster id"; }
    java_tool "${libs}" kafka.tools.StorageTool format -t "${cluster_id}" -c "${props}" >>"${log_file}" 2>&1 \
        || { log_tail; die "StorageTool format failed for ${data_dir}"; }
}

launch() {
    local libs="$1" pid
    printf '=== broker.sh: starting Kafka on %s at %s ===\n' "${bootstrap}" "$(date -u +%FT%TZ)" >>"${log_file}"
    # setsid: the broker outlives the shell (and Ctrl-C) that started it. The child records
    # its own pid before exec'ing java, which is right whether or not setsid had to fork.
    # shellcheck disable=SC2016  # $$ and $1 are for the child shell, not this one
    setsid bash -c 'printf "%s\n" "$$" >"$1"; shift; exec "$@"' _ "${pid_file}" \
        java "-Xmx${heap}" -Xms128m -XX:+UseG1GC -Djava.awt.headless=true \
        -Dorg.slf4j.simpleLogger.showDateTime=true \
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS" \
        -cp "${libs}/*" kafka.Kafka "${props}" \
        </dev/null >>"${log_file}" 2>&1 &
    # Wait until the recorded pid runs the broker, so stop/status work as soon as this returns. The
    # child writes its pid before it execs java: on a loaded machine the pid can still be that
    # shell for a while, so give up early only when the recorded process is gone.
    for _ in $(seq 100); do
        running_pid >/dev/null && break
        [[ -s "${pid_file}" ]] && ! kill -0 "$(<"${pid_file}")" 2>/dev/null && break
        sleep 0.1
    done
    pid="$(running_pid)" || { log_tail; die "the broker exited at once"; }
    say "started pid ${pid} on ${bootstrap} (log: ${log_file})"
}

# Ready means a client can create a topic and see it listed: the listener alone opens before
# the KRaft metadata is usable, and clients then fail in confusing ways.
# Returns 1 (after showing the log tail) if the broker dies or the deadline passes.
wait_ready() {
    local libs="$1" deadline pid
    deadline=$((SECONDS + ready_timeout))
    while ((SECONDS < deadline)); do
        if ! pid="$(running_pid)"; then
            log_tail
            say "error: the broker process exited before it was ready"
            return 1
        fi
        if port_open "${port}" && probe_topic_ok "${libs}"; then
            say "ready on ${bootstrap} (pid ${pid})"
            return 0
        fi
        sleep 0.5
    done
    log_tail
    say "error: broker on ${bootstrap} not ready after ${ready_timeout} s"
    return 1
}

probe_topic_ok() {
    local libs="$1"
    java_tool "${libs}" org.apache.kafka.tools.TopicCommand --bootstrap-server "${bootstrap}" \
        --create --if-not-exists --topic "${probe_topic}" --partitions 1 --replication-factor 1 \
        >/dev/null 2>&1 || return 1
    java_tool "${libs}" org.apache.kafka.tools.TopicCommand --bootstrap-server "${bootstrap}" \
        --list 2>/dev/null | grep -qx "${probe_topic}"
}

cmd_start() {
    local keep="$1" pid libs
    if pid="$(running_pid)"; then
        say "already running on ${bootstrap} (pid ${pid}, dir ${state_dir})"
        return 0
    fi
    rm -f "${pid_file}"
    if port_open "${port}"; then
        die "port ${port} is in use by another process; set KHABAR_BROKER_PORT"
    fi
    if port_open "${controller_port}"; then
        die "controller port ${controller_port} is in use; set KHABAR_CONTROLLER_PORT"
    fi
    libs="$(libs_dir)"
    if [[ "${keep}" == keep ]]; then
        [[ -f "${props}" && -f "${data_dir}/meta.properties" ]] \
            || die "no formatted data dir in ${state_dir} to keep; use 'start'"
    else
        # A fresh, empty cluster per start: tests never see each other's topics or offsets.
        [[ -n "${state_dir}" && "${state_dir}" != / ]] || die "refusing to use state dir '${state_dir}'"
        rm -rf "${data_dir}"
        mkdir -p "${state_dir}"
        : >"${log_file}"
        write_properties
        format_storage "${libs}"
    fi
    launch "${libs}"
    if ! wait_ready "${libs}"; then
        # A half-started broker left behind would make the next `start` report success.
        cmd_stop
        exit 1
    fi
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "${pid_file}"
        say "not running on ${bootstrap}"
        return 0
    fi
    kill -TERM "${pid}" 2>/dev/null || true
    for _ in $(seq $((stop_timeout * 10))); do
        kill -0 "${pid}" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "${pid}" 2>/dev/null; then
        say "pid ${pid} ignored SIGTERM for ${stop_timeout} s; sending SIGKILL"
        kill -KILL "${pid}" 2>/dev/null || true
        while kill -0 "${pid}" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "${pid_file}"
    say "stopped (pid ${pid}); data kept in ${data_dir}"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        printf 'running pid=%s bootstrap=%s dir=%s\n' "${pid}" "${bootstrap}" "${state_dir}"
        return 0
    fi
    printf 'stopped bootstrap=%s dir=%s\n' "${bootstrap}" "${state_dir}"
    return 1
}

cmd_wait() {
    running_pid >/dev/null || die "no broker running on ${bootstrap}; use 'start'"
    wait_ready "$(libs_dir)" || exit 1
}

case "${1:-}" in
    start) cmd_start fresh ;;
    start-keep) cmd_start keep ;;
    stop) cmd_stop ;;
    restart-keep) cmd_stop && cmd_start keep ;;
    status) cmd_status ;;
    wait) cmd_wait ;;
    *) usage ;;
esac
