"""CloudEvents 1.0 attributes as Kafka headers (the Kafka protocol binding's binary content mode).

In binary mode the record value stays the plain JSON document, so consumers that know nothing of CloudEvents read
it unchanged, while CloudEvents-aware routers read the ``ce_*`` headers without parsing the value.
"""

from __future__ import annotations

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"


def binary_headers(
    *,
    event_id: str,
    source: str,
    event_type: str,
    time: str,
    subject: str | None = None,
    dataschema: str | None = None,
) -> list[tuple[str, bytes]]:
    """Kafka headers for one event: the required attributes, ``time``, and ``subject``/``dataschema`` when known."""
    attributes = [
        ("ce_specversion", SPEC_VERSION),
        ("ce_id", event_id),
        ("ce_source", source),
        ("ce_type", event_type),
        ("ce_time", time),
        ("ce_subject", subject),
        ("ce_dataschema", dataschema),
        ("content-type", CONTENT_TYPE),
    ]
    return [(name, value.encode("utf-8")) for name, value in attributes if value is not None]
