"""The bench's verdicts against the project's targets, and the human-readable tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workers.bench.stats import ratio

MB = 1_000_000
# The project's performance targets on a 2-core machine (issue 7).
ARABIC_GOAL = (">=", 50.0)  # seed-sized articles per second on one core
ENGLISH_GOAL = (">=", 1.5)  # times spaCy en_core_web_sm's full pipeline alone
KAFKA_SCALING_GOAL = (">=", 0.8)  # N workers through Kafka over N times the single-core in-process rate
HALF_RATE_P99_GOAL = ("<=", 500.0)  # milliseconds, at half the maximum rate
WORKER_RSS_GOAL = ("<=", 600.0)  # megabytes, with both languages loaded
# In-process targets are judged per CPU-second of the pinned process: robust to other work sharing the core.
RATE = "articles_per_cpu_second"


def _target(key: str, what: str, goal: tuple[str, float], measured: float | None, unit: str) -> dict[str, Any]:
    op, bound = goal
    met = None if measured is None else (measured >= bound if op == ">=" else measured <= bound)
    return {
        "id": key,
        "what": what,
        "goal": f"{op} {bound:g}",
        "measured": None if measured is None else round(measured, 3),
        "unit": unit,
        "met": met,
    }


def pipeline_run(kafka: Mapping[str, Any] | None, mode: str, workers: int | None = None) -> Mapping[str, Any] | None:
    """The Kafka run of ``mode`` with ``workers`` workers (default: the most workers measured), if any."""
    runs = [r for r in (kafka or {}).get("runs", []) if r["mode"] == mode]
    if workers is not None:
        runs = [r for r in runs if r["workers"] == workers]
    return max(runs, key=lambda r: r["workers"]) if runs else None


def evaluate_targets(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each of the project's performance targets that this run measured, with its figure and whether it is met."""
    inprocess = result["inprocess"]
    pipeline = inprocess["pipeline"]
    corpora = pipeline["corpora"]
    rows: list[dict[str, Any]] = []
    for name, what in (("ar", "Arabic pipeline, seed-sized articles per CPU-second (one core)"),
                       ("ar-seed", "Arabic pipeline on the seed article itself, per CPU-second")):
        if name in corpora:
            rows.append(_target(f"{name}_rate", what, ARABIC_GOAL, corpora[name][RATE], "articles/s"))
    for key, ceiling in inprocess["ceilings"].items():
        if ceiling["lang"] == "en" and "en" in corpora:
            default = ceiling["batch_size_is_default"]
            what = "English pipeline / spaCy sm full pipeline alone, same run, " + (
                "nlp.pipe defaults" if default else f"batch size {ceiling['batch_size']} (stricter)"
            )
            target_id = "en_over_spacy_sm" if default else f"en_over_spacy_sm_{key.split('-', 1)[-1]}"
            rows.append(_target(target_id, what, ENGLISH_GOAL, ratio(corpora["en"][RATE], ceiling[RATE]), "x"))
    what = f"peak RSS of a pipeline process with {'+'.join(pipeline['languages'])} loaded"
    rows.append(_target("worker_peak_rss", what, WORKER_RSS_GOAL, pipeline["peak_rss_bytes"] / MB, "MB"))
    kafka = result.get("kafka")
    most = pipeline_run(kafka, "pipeline")
    if kafka and most is not None:
        n = most["workers"]
        single = kafka.get("single_core_mix_articles_per_cpu_second")
        measured = ratio(most["burst"]["articles_per_second"], single * n if single else None)
        rows.append(_target("kafka_scaling", f"{n} workers through Kafka / ({n} x single-core in-process rate)",
                            KAFKA_SCALING_GOAL, measured, "x"))
        if most.get("paced"):
            rows.append(_target("half_rate_p99", f"p99 produce-to-enriched at half the max rate, {n} workers",
                                HALF_RATE_P99_GOAL, most["paced"]["latency"]["p99_ms"], "ms"))
    return rows


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)
    return lines


def _num(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def _mb(value: int | None) -> str:
    return "-" if value is None else f"{value / MB:,.0f}"


def render(result: Mapping[str, Any]) -> str:
    """The whole result as tables for people."""
    machine = result["machine"]
    lines = [
        f"khabar bench {result['khabar_version']}: {machine['usable_cpus']} of {machine['cpus']} CPUs usable, "
        f"load average {machine['load_average_start']} at start, {machine['load_average_end']} at end",
        _compiled_line(result.get("compiled")),
        "",
    ]
    lines += _inprocess_lines(result["inprocess"])
    if result.get("kafka"):
        lines += ["", *_kafka_lines(result["kafka"])]
    lines += ["", "Targets", *_target_lines(result["targets"])]
    for name, c in result["inprocess"]["pipeline"]["corpora"].items():
        if c.get("profile"):
            lines += ["", f"Profile, {name} (functions by own time, one extra profiled pass)", *_profile_lines(c)]
    return "\n".join(lines)


def _compiled_line(compiled: Mapping[str, Any] | None) -> str:
    """Which build of the Arabic modules ran (`make compiled`)."""
    if not compiled:
        return "Arabic modules: not recorded"
    state = compiled["state"]
    if state == "compiled":
        return f"Arabic modules: compiled with mypyc ({compiled['modules']} modules)"
    why = "the build is older than its sources" if state == "stale" else "no build; `make compiled` builds one"
    return f"Arabic modules: from source ({why})"


def _inprocess_lines(inprocess: Mapping[str, Any]) -> list[str]:
    pipeline = inprocess["pipeline"]
    lines = [
        f"In process, no broker: one process pinned to CPU {pipeline['pinned_core']} (one core), "
        f"languages {'+'.join(pipeline['languages'])} loaded"
    ]
    rows: list[list[str]] = []
    for name, c in pipeline["corpora"].items():
        lat = c["article_latency"]
        rows.append([f"pipeline {name}", str(c["articles"]), _num(c["words_per_article"], 0),
                     _num(c["articles_per_second"], 2), _num(c["articles_per_cpu_second"], 2),
                     _num(c["words_per_cpu_second"], 0), _num(lat["p50_ms"]), _num(lat["p99_ms"]),
                     _num(pipeline["load_seconds"].get(c["lang"]), 2), str(sum(c["failed"].values()))])
    for name, ceiling in inprocess["ceilings"].items():
        rows.append([f"spaCy sm alone {name}", str(ceiling["articles"]),
                     _num(ceiling["words"] / max(1, ceiling["articles"]), 0), _num(ceiling["articles_per_second"], 2),
                     _num(ceiling["articles_per_cpu_second"], 2), _num(ceiling["words_per_cpu_second"], 0), "-", "-",
                     _num(ceiling["load_seconds"], 2), "-"])
    header = ["", "articles", "words/art", "art/s wall", "art/CPU-s", "words/CPU-s", "p50 ms", "p99 ms", "load s"]
    lines += _table([*header, "failed"], rows)
    lines.append("")
    for name, c in pipeline["corpora"].items():
        shares = ", ".join(f"{stage} {share:.0%}" for stage, share in c["stage_share"].items())
        lines.append(f"time by stage, {name}: {shares}")
    lines.append(f"peak RSS of the pipeline process: {_mb(pipeline['peak_rss_bytes'])} MB "
                 f"(after loading: {_mb(pipeline['rss_after_load_bytes'])} MB)")
    for name, ceiling in inprocess["ceilings"].items():
        lines.append(f"peak RSS of spaCy sm alone ({name}, nlp.pipe batch size {ceiling['batch_size']}): "
                     f"{_mb(ceiling['peak_rss_bytes'])} MB")
    return lines


def _kafka_lines(kafka: Mapping[str, Any]) -> list[str]:
    lines = [
        f"Through Kafka at {kafka['bootstrap']}: corpora {', '.join(kafka['corpora'])} in turn; single-core "
        f"in-process rate of that mix {_num(kafka['single_core_mix_articles_per_cpu_second'], 2)} per CPU-second"
    ]
    rows: list[list[str]] = []
    for run in kafka["runs"]:
        rss = run.get("peak_rss") or {}
        for phase in ("burst", "paced"):
            figures = run.get(phase)
            if not figures:
                continue
            lat = figures["latency"]
            load = "max rate" if phase == "burst" else f"paced at {figures['target_per_second']:g}/s"
            rows.append([run["mode"], str(run["workers"]), load, str(figures["articles"]),
                         _num(figures["articles_per_second"], 1), _num(lat["p50_ms"], 0), _num(lat["p95_ms"], 0),
                         _num(lat["p99_ms"], 0), str(figures["dead_letters"]), _mb(rss.get("main_process_bytes")),
                         _mb(rss.get("child_process_bytes"))])
    header = ["mode", "workers", "load", "articles", "articles/s", "p50 ms", "p95 ms", "p99 ms", "dead", "main MB"]
    lines += _table([*header, "child MB"], rows)
    lines += ["", "CPU milliseconds per article, by process (all workers together)"]
    roles = ("extraction", "worker_main", "broker", "bench_client")
    rows = []
    for run in kafka["runs"]:
        for phase in ("burst", "paced"):
            cpu = (run.get(phase) or {}).get("cpu_ms_per_article")
            if cpu:
                total = sum(cpu.values())
                bound = (run.get(phase) or {}).get("cpu_bound_scaling")
                rows.append([run["mode"], str(run["workers"]), phase, *(_num(cpu.get(r), 2) for r in roles),
                             _num(total, 2), "-" if bound is None else _num(bound, 3)])
    lines += _table(["mode", "workers", "load", *roles, "total", "CPU-bound scaling"], rows)
    lines.append(
        "CPU-bound scaling: (in-process ms per article) / total, the scaling figure these CPU costs allow on cores"
        " doing nothing else; the target is judged on the wall-clock rate."
    )
    return lines


def _target_lines(targets: list[Mapping[str, Any]]) -> list[str]:
    verdict = {True: "met", False: "MISSED", None: "-"}
    rows = [[t["what"], f"{t['goal']} {t['unit']}", _measured(t), verdict[t["met"]]] for t in targets]
    return _table(["target", "goal", "measured", ""], rows)


def _measured(target: Mapping[str, Any]) -> str:
    return "-" if target["measured"] is None else f"{target['measured']:,.3g} {target['unit']}"


def _profile_lines(corpus: Mapping[str, Any]) -> list[str]:
    rows = [[p["function"], str(p["calls"]), _num(p["own_seconds"], 3), f"{p['own_share']:.1%}",
             _num(p["cumulative_seconds"], 3)] for p in corpus["profile"]]
    return _table(["function", "calls", "own s", "share", "cumulative s"], rows)
