"""The Arabic named-entity tagger: a linear-chain CRF (python-crfsuite) over hand-written features.

Trained by ``python -m workers.lang.ar.train_ner`` on NewsFANE (CC BY-SA 3.0; see models/LICENSE-NewsFANE.md).
Tags are coarse BIO: PERSON ORG GPE LOC NORP FAC MISC.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType

import orjson
import pycrfsuite

from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.common_words import load_common_words
from workers.lang.ar.consistency import propagate
from workers.lang.ar.crf import ChainDecoder, CrfModel, available
from workers.lang.ar.features import WordFeatures, document_feature_groups, document_features
from workers.lang.ar.gazetteer import Gazetteer, GazMatch
from workers.lang.ar.tokens import Token, sentence_slices

MODEL_PATH = Path(__file__).parent / "models" / "ner-crf.crfsuite"
CONFIDENCE_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")
_NO_NAME: Mapping[str, float] = MappingProxyType(dict.fromkeys(CONFIDENCE_TYPES, 0.0))
_FUNCTION_WORD = 1000  # corpus count above which an untagged word is taken for a function word (و، في، التي)
# An untagged word the model gives at least this probability of being no name at all carries no name reading: each
# type's probability is then under 0.01, and the rules read probabilities only against thresholds of 0.1 and up
# (mention_steps.VETO, SURE, CERTAIN), so reading one marginal instead of ten changes no decision.
_SURELY_NOT_A_NAME = 0.99


class ArabicNer:
    """A loaded tagger. Not thread-safe (one decoder or crfsuite tagger, with caches): share it within one thread or
    event loop."""

    def __init__(self, model_path: Path, version: str, gazetteer: Gazetteer, in_c: bool | None = None) -> None:
        """The model at ``model_path``; ``in_c`` chooses the decoder (by default C where the build allows it)."""
        model = CrfModel.load(model_path)
        # Decoded in C where the compiled build is in use (the same tags and confidence, about a fifth of the
        # pipeline's time less); by python-crfsuite otherwise.
        self._decoder = ChainDecoder(model) if (available() if in_c is None else in_c) else None
        self._tagger: pycrfsuite.Tagger | None = None
        if self._decoder is None:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(model_path))
        self._gazetteer = gazetteer
        self._vocab = load_vocab()
        self._common = load_common_words()
        # Only features the model weighs: the rest change no score, and each costs a lookup in the tagger.
        self._words = WordFeatures(gazetteer, keep=frozenset(model.attributes))
        self._labels = model.labels
        index = {label: k for k, label in enumerate(model.labels)}
        self._outside = index["O"]
        # The name types the mention rules weigh (NORP and MISC readings are never asked for), with the indices of
        # the B- and I- labels whose marginals add up to each (-1 where the model has no such label).
        self._label_pairs = [
            (kind, index.get(f"B-{kind}", -1), index.get(f"I-{kind}", -1)) for kind in CONFIDENCE_TYPES
        ]
        self.version = version

    @classmethod
    @cache
    def load(cls, path: Path | None = None) -> ArabicNer:
        """Load (once per process and path) the model at ``path``, by default the shipped one.

        The version comes from the model's metadata file, ``path`` with the suffix ``.json``.
        """
        model = path or MODEL_PATH
        meta = orjson.loads(model.with_suffix(".json").read_bytes())
        return cls(model, str(meta["version"]), Gazetteer.load())

    def tag(self, tokens: Sequence[Token], matches: Sequence[GazMatch] | None = None) -> list[str]:
        """BIO tags (``B-PERSON``, ``I-ORG``, ``O`` ...), one per token.

        Pass a whole article: features look at the whole document, tagging goes sentence by sentence, and then
        bare repeats of the names found are tagged too (:mod:`workers.lang.ar.consistency`). ``matches`` are the
        gazetteer's matches in ``tokens`` when the caller already has them.
        """
        return self._tag(tokens, matches, with_confidence=False)[0]

    def tag_with_confidence(
        self, tokens: Sequence[Token], matches: Sequence[GazMatch] | None = None
    ) -> tuple[list[str], list[Mapping[str, float]]]:
        """:meth:`tag`'s tags and, per token, the model's probability that the token is part of a name of each
        scored type (``{"PERSON": 0.93, "ORG": 0.01, "GPE": 0.0, "LOC": 0.0, "FAC": 0.0}``, B- and I- marginals
        added), so rules can ask whether the model rules a reading out."""
        return self._tag(tokens, matches, with_confidence=True)

    def _tag(
        self, tokens: Sequence[Token], matches: Sequence[GazMatch] | None, *, with_confidence: bool
    ) -> tuple[list[str], list[Mapping[str, float]]]:
        slices = sentence_slices([t.text for t in tokens])
        if self._decoder is not None:
            return self._tag_in_c(self._decoder, tokens, slices, matches, with_confidence)
        tagger = self._tagger
        if tagger is None:
            raise RuntimeError("no decoder and no tagger")  # __init__ opens the tagger whenever there is no decoder
        features = document_features(tokens, self._gazetteer, slices, matches, self._words)
        tags: list[str] = []
        confidence: list[Mapping[str, float]] = []
        marginal = tagger.marginal
        labels = self._labels
        pairs = [(kind, labels[b] if b >= 0 else "", labels[i] if i >= 0 else "") for kind, b, i in self._label_pairs]
        for start, end in slices:
            sentence_tags = tagger.tag(features[start:end])
            tags.extend(sentence_tags)
            if not with_confidence:
                continue
            # Marginals refer to the sequence just tagged, so they are read before the next sentence is set. Marks
            # and the commonest function words are never part of a name unless the model says so: skip them.
            for k in range(end - start):
                norm = tokens[start + k].norm
                if sentence_tags[k] == "O" and (
                    not norm[:1].isalpha()
                    or self._vocab.get(norm, 0) > _FUNCTION_WORD
                    or marginal("O", k) >= _SURELY_NOT_A_NAME
                ):
                    confidence.append(_NO_NAME)
                    continue
                confidence.append(
                    {kind: (marginal(b, k) if b else 0.0) + (marginal(i, k) if i else 0.0) for kind, b, i in pairs}
                )
        return propagate([t.norm for t in tokens], tags, self._vocab, self._common), confidence

    def _tag_in_c(
        self,
        decoder: ChainDecoder,
        tokens: Sequence[Token],
        slices: Sequence[tuple[int, int]],
        matches: Sequence[GazMatch] | None,
        with_confidence: bool,
    ) -> tuple[list[str], list[Mapping[str, float]]]:
        """:meth:`_tag` through the C decoder: the same tags and confidence."""
        groups = document_feature_groups(tokens, self._gazetteer, slices, matches, self._words)
        found, marginals = decoder.decode(groups, [end - start for start, end in slices], with_confidence)
        labels = self._labels
        tags = [labels[k] for k in found]
        confidence: list[Mapping[str, float]] = []
        if marginals is not None:
            size = len(labels)
            outside = self._outside
            for k, token in enumerate(tokens):
                base = k * size
                norm = token.norm
                if found[k] == outside and (
                    not norm[:1].isalpha()
                    or self._vocab.get(norm, 0) > _FUNCTION_WORD
                    or marginals[base + outside] >= _SURELY_NOT_A_NAME
                ):
                    confidence.append(_NO_NAME)
                    continue
                confidence.append(
                    {
                        kind: (marginals[base + b] if b >= 0 else 0.0) + (marginals[base + i] if i >= 0 else 0.0)
                        for kind, b, i in self._label_pairs
                    }
                )
        return propagate([t.norm for t in tokens], tags, self._vocab, self._common), confidence
