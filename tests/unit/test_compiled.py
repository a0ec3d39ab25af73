"""The compiled build of the Arabic modules is used only when it matches its sources (workers.compiled)."""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from workers import compiled
from workers.compiled import BUILT_MODULES, C_MODULES, COMPILED_MODULES, SourceFirst, build_state, source_digests

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
MODULES = ("fakepkg.alpha", "fakepkg.beta")


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A package directory with two modules' sources, as the project keeps them before any build."""
    root = tmp_path / "fakepkg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "alpha.py").write_text("WHERE = 'alpha source'\n")
    (root / "beta.py").write_text("WHERE = 'beta source'\n")
    return root


def _build(root: Path, modules: tuple[str, ...] = MODULES) -> None:
    """What a build leaves: an extension file beside each source (not loadable here) and the digest manifest."""
    for module in modules:
        (root / f"{module.split('.')[-1]}{SUFFIX}").write_bytes(b"not a real extension")
    (root / compiled.MANIFEST.name).write_bytes(orjson.dumps({"sources": source_digests(MODULES, root)}))


def test_no_build_runs_from_source(package: Path) -> None:
    assert build_state(MODULES, package) == "source"


def test_a_build_matching_its_sources_is_used(package: Path) -> None:
    _build(package)
    assert build_state(MODULES, package) == "compiled"


def test_a_source_edited_after_the_build_makes_it_stale(package: Path) -> None:
    _build(package)
    (package / "beta.py").write_text("WHERE = 'beta, edited'\n")
    assert build_state(MODULES, package) == "stale"


def test_a_build_without_its_manifest_is_stale(package: Path) -> None:
    _build(package)
    (package / compiled.MANIFEST.name).unlink()
    assert build_state(MODULES, package) == "stale"


def test_a_build_of_some_modules_only_is_stale(package: Path) -> None:
    _build(package, MODULES[:1])
    assert build_state(MODULES, package) == "stale"


@pytest.fixture
def importable(package: Path) -> Iterator[Path]:
    """``package`` on sys.path, and its modules forgotten again afterwards."""
    sys.path.insert(0, str(package.parent))
    yield package
    sys.path.remove(str(package.parent))
    for name in [*MODULES, "fakepkg"]:
        sys.modules.pop(name, None)


def test_source_first_imports_the_source_beside_an_extension(importable: Path) -> None:
    _build(importable)
    with pytest.raises(ImportError):  # the usual search takes the extension file first
        importlib.import_module("fakepkg.alpha")
    finder = SourceFirst(MODULES, importable)
    sys.meta_path.insert(0, finder)
    try:
        module = importlib.import_module("fakepkg.alpha")
    finally:
        sys.meta_path.remove(finder)
    assert module.WHERE == "alpha source"


def test_the_project_runs_the_build_state_its_sources_call_for() -> None:
    state = build_state(BUILT_MODULES)
    assert compiled.status() == {"state": state, "modules": len(BUILT_MODULES)}
    files = [importlib.import_module(name).__file__ or "" for name in COMPILED_MODULES]
    if state == "compiled":
        assert all(f.endswith(SUFFIX) for f in files)
    else:
        assert all(f.endswith(".py") for f in files)


def test_a_c_module_is_built_from_the_c_file_beside_it_and_checked_with_the_rest() -> None:
    state = build_state(BUILT_MODULES)
    for module in C_MODULES:
        source = compiled.source_path(module)
        assert source.suffix == ".c"
        assert source.exists()
        if state == "compiled":
            assert (importlib.import_module(module).__file__ or "").endswith(SUFFIX)
            recorded = orjson.loads(compiled.MANIFEST.read_bytes())["sources"]
            assert recorded[module] == source_digests([module])[module]
