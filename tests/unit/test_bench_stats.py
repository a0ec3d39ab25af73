"""The bench's arithmetic on inputs small enough to check by hand."""

from __future__ import annotations

import orjson
import pytest

from workers.bench.corpus import Corpus, make_corpus
from workers.bench.report import evaluate_targets
from workers.bench.stats import latency_summary, percentile, rate, ratio, shares
from workers.bench.through_kafka import cpu_bound_scaling, mixed_messages, mixed_rate


def test_percentile_interpolates_between_closest_ranks() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5


def test_percentile_of_one_to_hundred_p99_sits_just_below_the_max() -> None:
    assert percentile([float(i) for i in range(1, 101)], 99) == pytest.approx(99.01)


def test_percentile_ends_are_min_and_max() -> None:
    values = [7.0, 3.0, 9.0]
    assert (percentile(values, 0), percentile(values, 100)) == (3.0, 9.0)


def test_percentile_of_one_value_is_that_value() -> None:
    assert percentile([0.25], 95) == 0.25


@pytest.mark.parametrize(("values", "q"), [([], 50), ([1.0], 101), ([1.0], -1)])
def test_percentile_rejects_no_values_and_out_of_range_q(values: list[float], q: float) -> None:
    with pytest.raises(ValueError):
        percentile(values, q)


def test_rate_is_count_per_second() -> None:
    assert rate(150, 3.0) == 50.0


def test_rate_over_no_time_is_an_error() -> None:
    with pytest.raises(ValueError):
        rate(1, 0.0)


def test_latency_summary_reports_milliseconds() -> None:
    summary = latency_summary([0.010, 0.020, 0.030, 0.040, 1.000])
    assert summary == {"count": 5, "mean_ms": 220.0, "p50_ms": 30.0, "p95_ms": 808.0, "p99_ms": 961.6, "max_ms": 1000.0}


def test_latency_summary_of_nothing_has_no_figures() -> None:
    assert latency_summary([])["p99_ms"] is None


def test_shares_are_fractions_of_the_whole_largest_first() -> None:
    assert list(shares({"a": 1.0, "b": 3.0}).items()) == [("b", 0.75), ("a", 0.25)]


def test_ratio_is_unknown_without_a_denominator() -> None:
    assert (ratio(3.0, 2.0), ratio(3.0, None), ratio(None, 2.0), ratio(1.0, 0.0)) == (1.5, None, None, None)


def _corpus(name: str, n: int) -> Corpus:
    return make_corpus(name, name, "test", [{"id": f"{name}{i}", "lang": name, "text": f"word {i}"} for i in range(n)])


def test_mixed_rate_of_a_round_robin_is_harmonic() -> None:
    # One Arabic article at 50/s (20 ms) and one English at 5/s (200 ms): 2 articles per 220 ms.
    corpora = [_corpus("ar", 2), _corpus("en", 2)]
    assert mixed_rate({"ar": 50.0, "en": 5.0}, corpora) == pytest.approx(2 / 0.22)


def test_cpu_bound_scaling_is_in_process_ms_over_every_process_ms() -> None:
    # 25 articles/s in process = 40 ms; 40 + 4 + 3 + 3 = 50 ms through Kafka.
    cpu = {"extraction": 40.0, "worker_main": 4.0, "broker": 3.0, "bench_client": 3.0}
    assert cpu_bound_scaling(cpu, 25.0) == 0.8


def test_cpu_bound_scaling_is_unknown_without_the_brokers_cpu() -> None:
    assert cpu_bound_scaling({"extraction": 40.0, "worker_main": 4.0, "bench_client": 3.0}, 25.0) is None


def test_mixed_messages_alternate_corpora_and_carry_unique_ids() -> None:
    messages = mixed_messages([_corpus("ar", 2), _corpus("en", 1)], 5, "run")
    keys = [k for k, _ in messages]
    langs = [orjson.loads(v)["lang"] for _, v in messages]
    assert len(set(keys)) == 5
    assert langs == ["ar", "en", "ar", "en", "ar"]
    assert all(orjson.loads(v)["id"].encode() == k for k, v in messages)


def _result(ar_rate: float, en_rate: float, spacy_rate: float, rss: int) -> dict[str, object]:
    corpus = {"articles_per_second": 0.0}  # wall-clock rates are reported; targets use CPU-second rates
    return {
        "inprocess": {
            "pipeline": {
                "languages": ["ar", "en"],
                "peak_rss_bytes": rss,
                "corpora": {
                    "ar": {**corpus, "articles_per_cpu_second": ar_rate},
                    "en": {**corpus, "articles_per_cpu_second": en_rate},
                },
            },
            "ceilings": {
                "en": {
                    "lang": "en",
                    "batch_size": 256,
                    "batch_size_is_default": True,
                    "articles_per_cpu_second": spacy_rate,
                },
            },
        },
        "kafka": {
            "single_core_mix_articles_per_cpu_second": 10.0,
            "runs": [
                {"mode": "pipeline", "workers": 1, "burst": {"articles_per_second": 9.0}},
                {"mode": "pipeline", "workers": 2, "burst": {"articles_per_second": 15.0},
                 "paced": {"latency": {"p99_ms": 501.0}}},
            ],
        },
    }


def test_targets_compare_each_figure_with_its_goal() -> None:
    verdicts = {t["id"]: (t["measured"], t["met"]) for t in evaluate_targets(_result(49.9, 9.0, 4.0, 700_000_000))}
    assert verdicts == {
        "ar_rate": (49.9, False),
        "en_over_spacy_sm": (2.25, True),
        "worker_peak_rss": (700.0, False),
        "kafka_scaling": (0.75, False),  # 15/s against 2 x 10/s
        "half_rate_p99": (501.0, False),
    }
