"""Both Kafka clients get the same connection settings: bootstrap servers, SASL mechanism and credentials, TLS."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest
from faust.auth import SASLCredentials, SSLCredentials
from kafka import KafkaConsumer

from workers.settings import load_settings
from workers.stream.clients import broker_urls, faust_credentials, kafka_python_config, max_request_bytes

SASL = {"KHABAR_SASL_MECHANISM": "scram-sha-512", "KHABAR_SASL_USERNAME": "khabar", "KHABAR_SASL_PASSWORD": "s3cret"}


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A self-signed CA certificate and a client certificate and key, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    key, cert = d / "client.key", d / "client.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=khabar-test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return {"KHABAR_TLS_CA_FILE": str(cert), "KHABAR_TLS_CERT_FILE": str(cert), "KHABAR_TLS_KEY_FILE": str(key)}


def test_plaintext_by_default() -> None:
    settings = load_settings({"KHABAR_KAFKA_BOOTSTRAP": "k1:9092,k2:9093"})
    assert broker_urls(settings) == ["kafka://k1:9092", "kafka://k2:9093"]
    assert faust_credentials(settings) is None
    config = kafka_python_config(settings)
    assert (config["bootstrap_servers"], config["security_protocol"]) == (["k1:9092", "k2:9093"], "PLAINTEXT")
    assert "sasl_mechanism" not in config


def test_sasl_reaches_both_clients() -> None:
    settings = load_settings(SASL)
    credentials = faust_credentials(settings)
    assert isinstance(credentials, SASLCredentials)
    assert (credentials.mechanism.value, credentials.username, credentials.password) == (
        "SCRAM-SHA-512",
        "khabar",
        "s3cret",
    )
    assert credentials.protocol.value == "SASL_PLAINTEXT"
    config = kafka_python_config(settings)
    assert (config["security_protocol"], config["sasl_mechanism"], config["sasl_plain_username"]) == (
        "SASL_PLAINTEXT",
        "SCRAM-SHA-512",
        "khabar",
    )


def test_tls_with_a_client_certificate_reaches_both_clients(tls_files: dict[str, str]) -> None:
    settings = load_settings(tls_files)
    credentials = faust_credentials(settings)
    assert isinstance(credentials, SSLCredentials)
    assert credentials.context.verify_mode == ssl.CERT_REQUIRED
    config = kafka_python_config(settings)
    assert config["security_protocol"] == "SSL"
    assert isinstance(config["ssl_context"], ssl.SSLContext)


def test_sasl_over_tls(tls_files: dict[str, str]) -> None:
    settings = load_settings({**SASL, "KHABAR_TLS_CA_FILE": tls_files["KHABAR_TLS_CA_FILE"]})
    credentials = faust_credentials(settings)
    assert isinstance(credentials, SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL" and credentials.ssl_context is not None
    assert kafka_python_config(settings)["security_protocol"] == "SASL_SSL"


def test_tls_can_be_switched_on_with_the_system_certificates() -> None:
    settings = load_settings({"KHABAR_TLS": "true"})
    assert settings.security_protocol == "SSL"
    assert isinstance(faust_credentials(settings), SSLCredentials)


def test_kafka_python_accepts_the_config_keys() -> None:
    # kafka-python rejects unknown configuration keys at construction, before any connection is attempted.
    config = kafka_python_config(load_settings(SASL))
    unknown = set(config) - set(KafkaConsumer.DEFAULT_CONFIG)
    assert not unknown


def test_the_request_limit_follows_the_message_size_limit() -> None:
    assert max_request_bytes(load_settings({})) == 1_048_576 + 65_536
    assert max_request_bytes(load_settings({"KHABAR_MAX_MESSAGE_BYTES": "4000000"})) == 4_065_536


def test_the_stream_settings_report_every_bad_value() -> None:
    from workers.settings import SettingsError

    with pytest.raises(SettingsError) as caught:
        load_settings(
            {
                "KHABAR_SESSION_TIMEOUT_SECONDS": "3",
                "KHABAR_OFFSET_RESET": "middle",
                "KHABAR_TOPIC_PARTITIONS": "0",
                "KHABAR_TIME_BUDGET_SECONDS": "10",
                "KHABAR_HARD_TIMEOUT_SECONDS": "5",
            }
        )
    message = str(caught.value)
    for name in ("SESSION_TIMEOUT_SECONDS", "OFFSET_RESET", "TOPIC_PARTITIONS", "HARD_TIMEOUT_SECONDS"):
        assert f"KHABAR_{name}" in message


def test_the_hard_timeout_leaves_room_beyond_the_budget() -> None:
    assert load_settings({"KHABAR_TIME_BUDGET_SECONDS": "2"}).hard_timeout == 7.0
    assert load_settings({"KHABAR_TIME_BUDGET_SECONDS": "20"}).hard_timeout == 40.0
    assert load_settings({"KHABAR_HARD_TIMEOUT_SECONDS": "12"}).hard_timeout == 12.0
