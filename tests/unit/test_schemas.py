"""Every schema is valid JSON Schema 2020-12 with a versioned $id; every example is judged right."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from workers.records import SCHEMA_NAMES, schema_dir, schema_errors

EXAMPLES = sorted((schema_dir() / "examples").glob("*/*/*.json"))


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_2020_12_with_versioned_id(name: str) -> None:
    schema = json.loads((schema_dir() / f"{name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert re.fullmatch(rf"https://schemas\.khabar\.dev/{name}/\d+\.\d+", schema["$id"])


def test_every_schema_has_valid_and_invalid_examples() -> None:
    for name in SCHEMA_NAMES:
        assert list((schema_dir() / "examples" / name / "valid").glob("*.json")), name
        assert list((schema_dir() / "examples" / name / "invalid").glob("*.json")), name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: "/".join(p.parts[-3:]))
def test_example_is_judged_as_its_folder_says(path: Path) -> None:
    name, verdict = path.parts[-3], path.parts[-2]
    errors = list(schema_errors(name, json.loads(path.read_text())))
    if verdict == "valid":
        assert errors == []
    else:
        assert errors, f"{path} should be invalid"
