"""Settings come from KHABAR_* variables and every bad value is reported at once, by name."""

from __future__ import annotations

import pytest

from workers.settings import SettingsError, load_settings


def test_defaults_without_variables() -> None:
    s = load_settings({})
    assert (s.topics.raw, s.topics.dlq, s.concurrency, s.bootstrap) == (
        "articles.raw",
        "articles.dlq",
        1,
        "127.0.0.1:9092",
    )


def test_values_are_read_and_converted() -> None:
    s = load_settings(
        {
            "KHABAR_KAFKA_BOOTSTRAP": "k1:9092,k2:9093",
            "KHABAR_CONCURRENCY": "2",
            "KHABAR_TIME_BUDGET_SECONDS": "2.5",
            "KHABAR_TOPIC_RAW": "in.raw",
            "KHABAR_ECHO_TEXT": "false",
        }
    )
    assert (s.bootstrap, s.concurrency, s.time_budget_seconds, s.topics.raw, s.echo_text) == (
        "k1:9092,k2:9093",
        2,
        2.5,
        "in.raw",
        False,
    )


def test_every_bad_value_is_reported_with_its_variable() -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(
            {
                "KHABAR_CONCURRENCY": "0",
                "KHABAR_METRICS_PORT": "70000",
                "KHABAR_KAFKA_BOOTSTRAP": "nohost",
                "KHABAR_TOPIC_DLQ": "bad topic!",
                "KHABAR_SASL_MECHANISM": "GSSAPI",
                "KHABAR_ECHO_TEXT": "maybe",
            }
        )
    message = str(caught.value)
    for name in ("CONCURRENCY", "METRICS_PORT", "KAFKA_BOOTSTRAP", "TOPIC_DLQ", "SASL_MECHANISM", "ECHO_TEXT"):
        assert f"KHABAR_{name}=" in message
    assert len(caught.value.problems) == 6


def test_sasl_needs_credentials() -> None:
    with pytest.raises(SettingsError, match="SASL_USERNAME and KHABAR_SASL_PASSWORD are required"):
        load_settings({"KHABAR_SASL_MECHANISM": "SCRAM-SHA-512"})


def test_security_protocol_follows_sasl_and_tls(tmp_path: object) -> None:
    s = load_settings({"KHABAR_SASL_MECHANISM": "plain", "KHABAR_SASL_USERNAME": "u", "KHABAR_SASL_PASSWORD": "p"})
    assert (s.security_protocol, s.sasl_mechanism) == ("SASL_PLAINTEXT", "PLAIN")


def test_tls_files_must_exist() -> None:
    with pytest.raises(SettingsError, match=r"KHABAR_TLS_CA_FILE='/nonexistent/ca\.pem': no such file"):
        load_settings({"KHABAR_TLS_CA_FILE": "/nonexistent/ca.pem"})


def test_cpu_pinning_is_on_unless_switched_off() -> None:
    assert load_settings({}).pin_cpus is True
    assert load_settings({"KHABAR_PIN_CPUS": "false"}).pin_cpus is False
