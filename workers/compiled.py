"""The Arabic extraction modules compiled to C by mypyc, and the check that keeps a stale build out of use.

The hot path (tokens, mention rules, quotes, events) is plain typed Python; mypyc turns those modules into C
extensions, and the whole pipeline runs about 1.4 times as fast. ``python -m workers.build_compiled build``
(``make compiled``) compiles them in place beside their sources and records each source's SHA-256 in
:data:`MANIFEST`; ``python -m workers.build_compiled clean`` removes the build.

The modules are compiled as one group that calls across modules in C, so they are used all together or not at all.
:func:`guard`, run when the package is imported, compares the sources with the manifest: when any source changed
since the build (or the manifest is missing), every listed module is imported from source instead, so an edit is
never shadowed by old compiled code. :func:`status` says which of the two is in use.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import orjson

PACKAGE_ROOT = Path(__file__).resolve().parent
# The modules the pipeline spends its time in (profiled on the seed article), compiled together.
COMPILED_MODULES: tuple[str, ...] = (
    "workers.lang.ar.clitics",
    "workers.lang.ar.consistency",
    "workers.lang.ar.crf",
    "workers.lang.ar.dates",
    "workers.lang.ar.docview",
    "workers.lang.ar.event_actors",
    "workers.lang.ar.events",
    "workers.lang.ar.features",
    "workers.lang.ar.gazetteer",
    "workers.lang.ar.latin",
    "workers.lang.ar.mention_steps",
    "workers.lang.ar.mentions",
    "workers.lang.ar.ner",
    "workers.lang.ar.normalise",
    "workers.lang.ar.pack",
    "workers.lang.ar.quotes",
    "workers.lang.ar.spans",
    "workers.lang.ar.speakers",
    "workers.lang.ar.tokens",
    "workers.lang.ar.wordforms",
    "workers.lang.ar.lexicon.event_filter",
    "workers.lang.ar.lexicon.words",
    "workers.doc",
    "workers.stages.entities",
    "workers.text.sentences",
)
# Extensions written in C, built with the group and used only when the whole build is current: the tagger's decoder
# (workers.lang.ar.crf falls back to python-crfsuite without it). Each module's source is the ``.c`` file beside it.
C_MODULES: tuple[str, ...] = ("workers.lang.ar._crfdecode",)
BUILT_MODULES = COMPILED_MODULES + C_MODULES
# The group's shared library, khabar_compiled__mypyc.*.so, sits at the project root beside the package: mypyc gives
# the modules of a dotted group (inside the package) wrong __file__ values, and the modules find their data by them.
GROUP = "khabar_compiled"
MANIFEST = PACKAGE_ROOT / ".compiled.json"
_STATE: dict[str, str] = {"state": "source"}


def source_path(module: str, root: Path = PACKAGE_ROOT) -> Path:
    """The source of a module of the ``workers`` package under ``root`` (the package directory): its ``.py`` file,
    or its ``.c`` file for the modules written in C (:data:`C_MODULES`)."""
    return root.joinpath(*module.split(".")[1:]).with_suffix(".c" if module in C_MODULES else ".py")


def compiled_paths(module: str, root: Path = PACKAGE_ROOT) -> list[Path]:
    """The C extensions built for ``module`` that this interpreter would load (matching its ABI suffixes)."""
    source = source_path(module, root)
    candidates = (source.with_name(source.stem + suffix) for suffix in importlib.machinery.EXTENSION_SUFFIXES)
    return [path for path in candidates if path.exists()]


def source_digests(modules: Sequence[str], root: Path = PACKAGE_ROOT) -> dict[str, str]:
    """SHA-256 of each module's source, by module name."""
    return {module: hashlib.sha256(source_path(module, root).read_bytes()).hexdigest() for module in modules}


def build_state(modules: Sequence[str], root: Path = PACKAGE_ROOT, manifest: Path | None = None) -> str:
    """``"source"`` when no module is compiled, ``"compiled"`` when the build matches the sources, else ``"stale"``.

    A build is stale when any source differs from the digest the build recorded, when the manifest is missing or
    lists other modules, or when only some modules were compiled.
    """
    manifest = manifest or root / MANIFEST.name
    built = [module for module in modules if compiled_paths(module, root)]
    if not built:
        return "source"
    if len(built) != len(modules) or not manifest.exists():
        return "stale"
    recorded = orjson.loads(manifest.read_bytes()).get("sources", {})
    return "compiled" if recorded == source_digests(modules, root) else "stale"


class SourceFirst(importlib.abc.MetaPathFinder):
    """Imports the listed modules from their ``.py`` sources even where a compiled extension sits beside them."""

    def __init__(self, modules: Sequence[str], root: Path = PACKAGE_ROOT) -> None:
        self._sources = {module: source_path(module, root) for module in modules}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """A source-file spec for a listed module; ``None`` (the usual search) for any other."""
        source = self._sources.get(fullname)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def guard(modules: Sequence[str] = BUILT_MODULES, root: Path = PACKAGE_ROOT) -> str:
    """Decide, before any listed module is imported, whether the compiled build may be used; return the state.

    On a stale build every listed Python module is imported from source (a finder goes first on
    ``sys.meta_path``); the C modules, which have no Python source, are left unused (their callers ask
    :func:`status`).
    """
    state = build_state(modules, root)
    if state == "stale" and not any(isinstance(finder, SourceFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceFirst([m for m in modules if m not in C_MODULES], root))
    _STATE["state"] = state
    return state


def status() -> dict[str, object]:
    """What runs: ``{"state": "compiled" | "source" | "stale", "modules": N}`` (stale builds run from source)."""
    return {"state": _STATE["state"], "modules": len(BUILT_MODULES)}
