"""`khabar enrich` over files: every good line enriched, every bad line a dead letter with a reason, no crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from tests.support.articles import ROOT, short_articles
from workers.records import offset_errors, schema_errors

KHABAR = [sys.executable, "-m", "workers.cli"]

BAD_LINES: dict[str, bytes] = {
    "invalid JSON": b'{"id": "bad-1", "text": "unterminated',
    "wrong type": b'{"id": "bad-2", "text": 42}',
    "missing id": b'{"text": "no id at all"}',
    "missing text": b'{"id": "bad-4", "title": "only a title"}',
    "invalid UTF-8": b'{"id": "bad-5", "text": "\xff\xfe\xfd"}',
    "empty text": b'{"id": "bad-6", "text": ""}',
    "blank text": b'{"id": "bad-7", "text": "   \\n  "}',
    "5 MB text": orjson.dumps({"id": "bad-8", "text": "news " * 1_000_000}),
    "10,000 deep": b"[" * 10_000 + b"]" * 10_000,
    "array": b'[{"id": "bad-10", "text": "inside an array"}]',
}
REASONS = {
    "invalid JSON": "not valid JSON",
    "wrong type": "text: expected string",
    "missing id": "missing required field 'id'",
    "missing text": "one of 'text' or 'html' is required",
    "invalid UTF-8": "UTF-8",
    "empty text": "text: length 0",
    "blank text": "no text to analyse",
    "5 MB text": "over the limit",
    "10,000 deep": "not valid JSON",
    "array": "expected a JSON object, got array",
}


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*KHABAR, "enrich", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=900, check=False
    )


@pytest.fixture(scope="module")
def mixed_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[bytes], list[str], list[str], Path]:
    """1,000 lines: 900 good short articles with the bad kinds spread among them (10 of each kind)."""
    good = short_articles(900)
    lines: list[bytes] = []
    expected_bad: list[str] = []
    kinds = list(BAD_LINES)
    for i, article in enumerate(good):
        lines.append(orjson.dumps(article))
        if i % 9 == 4:
            kind = kinds[len(expected_bad) % len(kinds)]
            lines.append(BAD_LINES[kind])
            expected_bad.append(kind)
    assert len(lines) == 1000
    folder = tmp_path_factory.mktemp("enrich")
    source, dlq = folder / "mixed.jsonl", folder / "dlq.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = _run([str(source), "--dlq", str(dlq)])
    return result, [a["id"] for a in good], expected_bad, dlq


def test_every_good_line_is_enriched_and_valid(
    mixed_run: tuple[subprocess.CompletedProcess[bytes], list[str], list[str], Path],
) -> None:
    result, good_ids, _, _ = mixed_run
    records = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == good_ids
    for record in records:
        assert list(schema_errors("enriched-article", record)) == []
        assert offset_errors(record) == []


def test_every_bad_line_is_a_dead_letter_with_its_reason(
    mixed_run: tuple[subprocess.CompletedProcess[bytes], list[str], list[str], Path],
) -> None:
    _, _, expected_bad, dlq = mixed_run
    letters = [orjson.loads(line) for line in dlq.read_bytes().splitlines()]
    assert len(letters) == len(expected_bad) == 100
    for kind, letter in zip(expected_bad, letters, strict=True):
        assert list(schema_errors("dead-letter", letter)) == []
        assert REASONS[kind] in letter["error_message"], (kind, letter["error_message"])
        assert letter["source"]["file"].endswith("mixed.jsonl") and letter["source"]["line"] >= 1


def test_dead_letter_keeps_the_original_bytes(
    mixed_run: tuple[subprocess.CompletedProcess[bytes], list[str], list[str], Path],
) -> None:
    import base64

    _, _, _, dlq = mixed_run
    letters = [orjson.loads(line) for line in dlq.read_bytes().splitlines()]
    by_kind = {letter["error_message"]: letter for letter in letters}
    utf8 = next(v for k, v in by_kind.items() if "UTF-8" in k)
    assert base64.b64decode(utf8["original_base64"]) == BAD_LINES["invalid UTF-8"]
    wrong = next(v for k, v in by_kind.items() if "text: expected string" in k)
    assert wrong["original"].encode() == BAD_LINES["wrong type"]


def test_exit_status_and_summary_report_dead_letters(
    mixed_run: tuple[subprocess.CompletedProcess[bytes], list[str], list[str], Path],
) -> None:
    result, _, _, _ = mixed_run
    assert result.returncode == 1
    assert b"1000 articles" in result.stderr and b"900 enriched, 100 dead letters" in result.stderr


def test_all_good_input_exits_zero() -> None:
    result = _run(["--text", "Shoigu visited Pyongyang in July.", "--lang", "en", "--published-at", "2023-09-04"])
    assert result.returncode == 0, result.stderr
    record = orjson.loads(result.stdout)
    assert record["id"] == "cli-text" and record["published_at"] == "2023-09-04"


def test_missing_file_exits_two() -> None:
    result = _run(["/nonexistent/articles.jsonl"])
    assert result.returncode == 2 and b"no such file" in result.stderr


def test_stdin_is_read_when_no_file_is_given() -> None:
    result = _run([], stdin=b'{"id": "s1", "lang": "en", "text": "Kim Jong Un met Sergei Shoigu in Pyongyang."}\n')
    assert result.returncode == 0 and orjson.loads(result.stdout)["id"] == "s1"


def test_invalid_settings_exit_two_with_the_variable_named() -> None:
    import os

    env = {**os.environ, "KHABAR_MAX_MESSAGE_BYTES": "lots"}
    result = subprocess.run(
        [*KHABAR, "enrich", "--text", "x"], capture_output=True, cwd=ROOT, env=env, timeout=120, check=False
    )
    assert result.returncode == 2 and b"KHABAR_MAX_MESSAGE_BYTES='lots'" in result.stderr
