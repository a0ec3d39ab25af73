"""The tagger's CRF decoded in C: a CRFsuite model's weights read from its file, tokens scored by feature ids.

python-crfsuite converts each token's feature strings (about twenty) into CRFsuite's structures and looks each one
up in the model, on every call; that is a quarter of the Arabic pipeline's time. Most of a token's features come in
groups that recur unchanged (:func:`workers.lang.ar.features.document_feature_groups`): a word's own features,
its features as a neighbour, its gazetteer reading. :class:`ChainDecoder` maps each group once to the rows of its
features in a weight matrix, and the C extension ``_crfdecode`` (built by ``make compiled``) sums the rows, and
runs Viterbi and forward-backward for all sentences of a document in one call. The recurrences are CRFsuite's, so
the tags are the same and the marginals agree to rounding. Without the build, the tagger uses python-crfsuite.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from workers.compiled import status

# CRFsuite's model file (crf1dmodel.c), little-endian: a header of offsets, a chunk of features (kind, source,
# destination, weight: kind 0 is a state feature attribute → label, 1 a transition label → label), and two string
# tables (CQDB) numbering the labels and the attributes. python-crfsuite's ``Tagger.info()`` gives the weights
# rounded to six decimals (it parses a text dump), so the file is read directly.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")
_CQDB = struct.Struct("<4sIIIII")
_UINT = struct.Struct("<I")
_RECORD = struct.Struct("<II")


def _extension() -> ModuleType | None:
    """The C decoder, when the compiled build is in use (a stale build runs everything from source)."""
    if status()["state"] != "compiled":
        return None
    try:
        from workers.lang.ar import _crfdecode
    except ImportError:
        return None
    return _crfdecode


def available() -> bool:
    """Whether :class:`ChainDecoder` can run here (the C extension is built and current)."""
    return _extension() is not None


def _strings(data: bytes, offset: int) -> list[str]:
    """The strings of the CQDB table at ``offset``, by id (through its backward array)."""
    magic, _, _, _, count, backward = _CQDB.unpack_from(data, offset)
    if magic != b"CQDB":
        raise ValueError(f"not a CRFsuite string table at byte {offset}")
    out: list[str] = []
    for k in range(count):
        record = offset + _UINT.unpack_from(data, offset + backward + 4 * k)[0]
        ident, size = _RECORD.unpack_from(data, record)
        if ident != k:
            raise ValueError(f"CRFsuite string table out of order at id {k}")
        out.append(data[record + 8 : record + 8 + size - 1].decode("utf-8"))  # size counts the closing NUL
    return out


class CrfModel:
    """A CRFsuite linear-chain model: labels, attributes and exact weights."""

    def __init__(self, labels: list[str], attributes: list[str], weights: array[float], transitions: array[float]):
        self.labels = labels
        self.attributes = attributes
        self.weights = weights  # one row of len(labels) weights per attribute
        self.transitions = transitions  # [i * len(labels) + j]: label i followed by label j

    def attribute_rows(self) -> dict[str, int]:
        """Each attribute's row in :attr:`weights`."""
        return {attribute: k for k, attribute in enumerate(self.attributes)}

    @classmethod
    def load(cls, path: Path) -> CrfModel:
        """The model CRFsuite wrote to ``path`` (``pycrfsuite.Trainer.train``)."""
        data = path.read_bytes()
        magic, _, kind, _, _, _, _, features, label_table, attribute_table, _, _ = _HEADER.unpack_from(data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a CRFsuite linear-chain model")
        labels = _strings(data, label_table)
        attributes = _strings(data, attribute_table)
        chunk, _, count = _CHUNK.unpack_from(data, features)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no feature chunk at byte {features}")
        size = len(labels)
        weights = array("d", bytes(8 * size * len(attributes)))
        transitions = array("d", bytes(8 * size * size))
        start = features + _CHUNK.size
        for feature_kind, source, destination, weight in _FEATURE.iter_unpack(
            data[start : start + count * _FEATURE.size]
        ):
            if feature_kind == 1:
                transitions[source * size + destination] = weight
            else:
                weights[source * size + destination] = weight
        return cls(labels, attributes, weights, transitions)


class ChainDecoder:
    """Tags documents with a :class:`CrfModel` through the C extension. Needs :func:`available`.

    Not thread-safe (a shared cache of feature groups): keep one per thread or event loop, like a tagger.
    The cache is bounded: past ``limit`` groups it starts afresh, which costs speed, never a tag.
    """

    def __init__(self, model: CrfModel, limit: int = 100_000) -> None:
        extension = _extension()
        if extension is None:
            raise RuntimeError("the CRF decoder's C extension is not built (make compiled)")
        self._extension = extension
        self.model = model
        self.size = len(model.labels)
        self._rows = model.attribute_rows()
        self._groups = extension.RowCache()
        self._limit = limit

    def _packed(self, group: tuple[str, ...]) -> bytes:
        """The weight rows of the features in ``group`` the model knows, as native int32s: what the C extension's
        ``gather`` keeps for a group it meets the first time."""
        rows = self._rows
        return array("i", [rows[feature] for feature in group if feature in rows]).tobytes()

    def decode(
        self, groups: list[list[tuple[str, ...]]], lengths: Sequence[int], with_marginals: bool
    ) -> tuple[array[int], array[float] | None]:
        """Label indices per token, and, with ``with_marginals``, each token's label probabilities (token ``k``,
        label ``j`` at ``k * size + j``), for tokens whose feature groups are ``groups`` and whose sentences are
        ``lengths`` tokens long, in order."""
        if len(self._groups) >= self._limit:
            self._groups.clear()
        ids, offsets = self._extension.gather(groups, self._groups, self._packed)
        n = len(groups)
        tags = array("i", [0]) * n
        marginals = array("d", [0.0]) * (n * self.size) if with_marginals else None
        self._extension.decode(
            self.model.weights,
            self.model.transitions,
            self.size,
            ids,
            offsets,
            array("i", lengths),
            tags,
            marginals,
        )
        return tags, marginals
