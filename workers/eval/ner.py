"""Token-level NER scoring, CoNLL style (data/README.md, "tokens/tags").

The document text is the gold tokens joined by single spaces. A predicted entity mention labels every token it
overlaps; the resulting spans are compared with the gold BIO spans exactly (same first token, same last token, same
class).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from workers.eval.metrics import Counts
from workers.eval.records import items

NER_CLASSES = ("PERSON", "ORG", "LOC")
# Maps a fine gold class (e.g. NewsFANE "Population-Center") to a coarse one, or None when it is not scored.
TagMap = Callable[[str], str | None]

_COARSE = {
    "PERSON": "PERSON",
    "PERS": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
}
_PREDICTED = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

# (class, first token, last token exclusive)
Span = tuple[str, int, int]


def coarse_class(tag_class: str, tag_map: TagMap | None = None) -> str | None:
    """The scored class of a gold tag class, or None (MISC and unknown classes are not scored).

    Classes already coarse (PERSON/PERS/PER, ORG, LOC/GPE/FAC, MISC) map directly; any other class goes through
    ``tag_map`` when given, whose answer may itself be any coarse label ("GPE", "PER", ...).
    """
    upper = tag_class.upper()
    if upper in _COARSE:
        return _COARSE[upper]
    if upper == "MISC" or tag_map is None:
        return None
    mapped = tag_map(tag_class)
    return _COARSE.get(mapped.upper()) if mapped else None


def gold_spans(tags: Sequence[str], tag_map: TagMap | None = None) -> set[Span]:
    """Spans of a BIO tag sequence, read as conlleval does, keeping only scored classes.

    A chunk starts at B-X, or at I-X that follows O or a different class; chunk boundaries use the gold's own
    (possibly fine) classes, so two adjacent fine entities stay two spans even when they map to one coarse class.
    """
    raw: list[tuple[str, int, int]] = []
    current: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        prefix, cls = _split_tag(tag)
        if current is not None and (prefix != "I" or cls != current):
            raw.append((current, start, i))
            current = None
        if prefix in ("B", "I") and current is None:
            current, start = cls, i
    if current is not None:
        raw.append((current, start, len(tags)))
    spans: set[Span] = set()
    for cls, first, end in raw:
        coarse = coarse_class(cls, tag_map)
        if coarse is not None:
            spans.add((coarse, first, end))
    return spans


def _split_tag(tag: str) -> tuple[str, str]:
    """("B" | "I" | "O", class) of one BIO tag."""
    if tag in ("O", "", "_"):
        return "O", ""
    prefix, sep, cls = tag.partition("-")
    if not sep or prefix not in ("B", "I") or not cls:
        raise ValueError(f"not a BIO tag: {tag!r}")
    return prefix, cls


def token_offsets(tokens: Sequence[str], analysed: str | None) -> list[tuple[int, int] | None]:
    """Offsets of each token in the text the pipeline analysed.

    That text is the tokens joined by single spaces, unless the pipeline's cleaning changed it (NFC, removed
    invisible marks); then each token is found in order in the echoed text, and a token that cannot be found gets
    None (it can only be missed, never labelled).
    """
    joined = " ".join(tokens)
    offsets: list[tuple[int, int] | None] = []
    if analysed is None or analysed == joined:
        pos = 0
        for token in tokens:
            offsets.append((pos, pos + len(token)))
            pos += len(token) + 1
        return offsets
    pos = 0
    for token in tokens:
        found = _find_token(analysed, token, pos)
        offsets.append(found)
        if found is not None:
            pos = found[1]
    return offsets


def _find_token(text: str, token: str, pos: int) -> tuple[int, int] | None:
    """Where ``token`` (as the pipeline's cleaning would have left it) occurs next in ``text`` from ``pos``."""
    nfc = unicodedata.normalize("NFC", token)
    visible = "".join(ch for ch in nfc if unicodedata.category(ch) not in ("Cf", "Cc"))
    for form in (nfc, visible):
        if not form:
            continue
        at = text.find(form, pos)
        # Only white space may lie between consecutive tokens; anything else means we matched too far ahead.
        if at >= 0 and not text[pos:at].strip():
            return at, at + len(form)
    return None


def predicted_spans(record: Mapping[str, Any], offsets: Sequence[tuple[int, int] | None]) -> set[Span]:
    """Token spans labelled by the record's entity mentions.

    Each scored mention covers the tokens it overlaps. Mentions flagged ``nominal`` (a description standing for the
    entity, "the minister") are skipped: CoNLL NER labels names only. So are those flagged ``alias`` (the same
    stretch of text read with or without a body's generic head, beside the mention the system chose for it): BIO tags
    hold one reading. Other overlapping mentions cannot all be written as BIO tags either, so the leftmost, then
    longest, is kept and mentions overlapping it are dropped (deterministic, and the way a tagger's output would
    look).
    """
    located = [(i, o) for i, o in enumerate(offsets) if o is not None]
    starts = [o[0] for _, o in located]
    candidates: list[Span] = []
    for entity in items(record, "entities"):
        cls = _PREDICTED.get(str(entity.get("type", "")).upper())
        if cls is None:
            continue
        for mention in entity.get("mentions") or []:
            if mention.get("nominal") is True or mention.get("alias") is True:
                continue
            span = _mention_span(mention, located, starts)
            if span is not None:
                candidates.append((cls, span[0], span[1]))
    candidates.sort(key=lambda s: (s[1], -s[2], s[0]))
    kept: set[Span] = set()
    covered_to = 0
    for cls, first, end in candidates:
        if first >= covered_to:
            kept.add((cls, first, end))
            covered_to = end
    return kept


def _mention_span(
    mention: Mapping[str, Any], located: Sequence[tuple[int, tuple[int, int]]], starts: Sequence[int]
) -> tuple[int, int] | None:
    """(first token, last token exclusive) of the tokens a mention's characters overlap, or None."""
    start, end = mention.get("start"), mention.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return None
    # Tokens are in text order, so the overlapped ones are contiguous in ``located``.
    hi = bisect.bisect_left(starts, end)
    lo = hi
    while lo > 0 and located[lo - 1][1][1] > start:
        lo -= 1
    if lo == hi:
        return None
    return located[lo][0], located[hi - 1][0] + 1


def score_ner(
    gold: Mapping[str, Any], prediction: Mapping[str, Any], tag_map: TagMap | None = None
) -> dict[str, Counts]:
    """Per-class counts for one document with gold ``tokens`` and ``tags``."""
    tokens = [str(t) for t in gold.get("tokens") or []]
    tags = [str(t) for t in gold.get("tags") or []]
    if len(tokens) != len(tags):
        raise ValueError(f"document {gold.get('id')!r}: {len(tokens)} tokens but {len(tags)} tags")
    analysed = prediction.get("text")
    offsets = token_offsets(tokens, analysed if isinstance(analysed, str) else None)
    golds = gold_spans(tags, tag_map)
    preds = predicted_spans(prediction, offsets)
    counts = {cls: Counts() for cls in NER_CLASSES}
    for cls, _, _ in golds:
        counts[cls].gold += 1
    for cls, _, _ in preds:
        counts[cls].predicted += 1
    for cls, _, _ in golds & preds:
        counts[cls].tp += 1
    return counts
