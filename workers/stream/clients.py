"""Connection settings for both Kafka clients: aiokafka under Faust (the worker), kafka-python (the tools).

One place turns ``Settings`` (bootstrap servers, SASL, TLS) into each library's vocabulary, so the worker and the
command-line tools always reach the same cluster the same way.
"""

from __future__ import annotations

import ssl
from typing import Any

from faust.auth import SASLCredentials, SSLCredentials
from faust.types.auth import CredentialsT

from workers.settings import Settings

# The largest request our producers send; brokers accept about 1 MiB per record by default (message.max.bytes).
DEFAULT_MAX_REQUEST_BYTES = 1_048_576


def max_request_bytes(settings: Settings) -> int:
    """The producers' request limit: 1 MiB, or more when raw articles may be larger (their dead letters echo them)."""
    return max(DEFAULT_MAX_REQUEST_BYTES, settings.max_message_bytes + 65_536)


def broker_urls(settings: Settings) -> list[str]:
    """Faust broker URLs for the bootstrap servers."""
    return [f"kafka://{server}" for server in settings.bootstrap.split(",")]


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A TLS client context (CA, and the client certificate when given), or None when TLS is off."""
    if not settings.tls:
        return None
    context = ssl.create_default_context(
        purpose=ssl.Purpose.SERVER_AUTH, cafile=str(settings.tls_ca_file) if settings.tls_ca_file else None
    )
    if settings.tls_cert_file and settings.tls_key_file:
        context.load_cert_chain(str(settings.tls_cert_file), str(settings.tls_key_file))
    return context


def faust_credentials(settings: Settings) -> CredentialsT | None:
    """Faust (aiokafka) credentials for SASL and/or TLS, or None for plaintext."""
    context = ssl_context(settings)
    if settings.sasl_mechanism:
        return SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return SSLCredentials(context)
    return None


def kafka_python_config(settings: Settings) -> dict[str, Any]:
    """Keyword arguments shared by kafka-python's producer, consumer and admin client."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap.split(","),
        "security_protocol": settings.security_protocol,
        "client_id": "khabar-tools",
    }
    if settings.sasl_mechanism:
        config.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    context = ssl_context(settings)
    if context is not None:
        config["ssl_context"] = context
    return config
