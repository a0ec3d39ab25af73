"""The Arabic named-entity tagger: a linear-chain CRF (python-crfsuite) over hand-written features.

Trained by ``python -m workers.lang.ar.train_ner`` on NewsFANE (CC BY-SA 3.0; see models/LICENSE-NewsFANE.md).
Tags are coarse BIO: PERSON ORG GPE LOC NORP FAC MISC.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import orjson
import pycrfsuite

from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.consistency import propagate
from workers.lang.ar.features import document_features
from workers.lang.ar.gazetteer import Gazetteer, GazMatch
from workers.lang.ar.tokens import Token, sentence_slices

MODEL_PATH = Path(__file__).parent / "models" / "ner-crf.crfsuite"


class ArabicNer:
    """A loaded tagger. Not thread-safe (one crfsuite tagger): share it within one thread or event loop."""

    def __init__(self, tagger: pycrfsuite.Tagger, version: str, gazetteer: Gazetteer) -> None:
        self._tagger = tagger
        self._gazetteer = gazetteer
        self._vocab = load_vocab()
        self._labels = list(tagger.labels())
        self.version = version

    @classmethod
    @cache
    def load(cls, path: Path | None = None) -> ArabicNer:
        """Load (once per process and path) the model at ``path``, by default the shipped one.

        The version comes from the model's metadata file, ``path`` with the suffix ``.json``.
        """
        model = path or MODEL_PATH
        meta = orjson.loads(model.with_suffix(".json").read_bytes())
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        return cls(tagger, str(meta["version"]), Gazetteer.load())

    def tag(self, tokens: Sequence[Token], matches: Sequence[GazMatch] | None = None) -> list[str]:
        """BIO tags (``B-PERSON``, ``I-ORG``, ``O`` ...), one per token.

        Pass a whole article: features look at the whole document, tagging goes sentence by sentence, and then
        bare repeats of the names found are tagged too (:mod:`workers.lang.ar.consistency`). ``matches`` are the
        gazetteer's matches in ``tokens`` when the caller already has them.
        """
        return self.tag_with_confidence(tokens, matches)[0]

    def tag_with_confidence(
        self, tokens: Sequence[Token], matches: Sequence[GazMatch] | None = None
    ) -> tuple[list[str], list[dict[str, float]]]:
        """:meth:`tag`'s tags and, per token, the model's probability that the token is part of a name of each
        type (``{"PERSON": 0.93, "ORG": 0.01, ...}``, B- and I- marginals added), so rules can ask whether the model
        rules a reading out."""
        slices = sentence_slices([t.text for t in tokens])
        features = document_features(tokens, self._gazetteer, slices, matches)
        tags: list[str] = []
        confidence: list[dict[str, float]] = []
        labels = [(label, label[2:]) for label in self._labels if label != "O"]
        for start, end in slices:
            tags.extend(self._tagger.tag(features[start:end]))
            # Marginals refer to the sequence just tagged, so they are read before the next sentence is set.
            for k in range(end - start):
                by_type: dict[str, float] = {}
                for label, kind in labels:
                    by_type[kind] = by_type.get(kind, 0.0) + self._tagger.marginal(label, k)
                confidence.append(by_type)
        return propagate([t.norm for t in tokens], tags, self._vocab), confidence
