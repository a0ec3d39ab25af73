"""Token tags for the project's Arabic gold articles, so the tagger can learn from them as it does from NewsFANE.

The gold format lists each entity's names, not where they stand (../shared/data/README.md). Every occurrence of a
listed name in the article's tokens is tagged with its entity's type, the longest name first and left to right.
Facilities are places in the gold format (LOC). Words no name covers are ``O``: the gold lists every named person,
organisation and place, so an unlisted word is no name.

Two kinds of occurrence would teach the tagger what NewsFANE does not: a name whose first token carries a proclitic
the tokenizer left on it ("بموسكو", "للأمم"), and a one-word name that the corpus mostly uses as a common word
("الجيش", "الحكومة", listed by some annotators as a body's short name). A sentence with the first is left out of
training; the second is not tagged.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.newsfane import Sentence
from workers.lang.ar.normalise import normalise
from workers.lang.ar.tokens import sentence_slices, tokenize

GOLD_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})


def _first_word_matches(token: str, word: str) -> bool:
    """Whether a text token is a name's first word, perhaps with one proclitic glued to it."""
    if token == word:
        return True
    if len(token) > len(word) and token[0] in PROCLITICS and token[1:] == word:
        return True
    return word.startswith("ال") and token == "لل" + word[2:]  # "للأمم" for "الأمم"


GLUED = "?"  # the tag of a token that starts a name with a proclitic glued to it: its sentence is left out


# Words some annotators list as part of a name and NewsFANE and the mention rules keep outside it: the kind of place,
# club, paper or site before the name ("ولاية جنوب دارفور", "نادي الهلال"), and a nationality after it.
_HEAD_WORDS = (
    "نادي فريق منتخب صحيفة جريدة مجلة موقع قناة إذاعة مجموعة دولة ولاية محافظة مدينة بلدة قرية إمارة إقليم "
    "منطقة مخيم حي سجن ميناء مطار منشأة مصفاة حقل"
)
_HEADS = frozenset(normalise(word) for word in _HEAD_WORDS.split(" "))


def _nationality(word: str) -> bool:
    """Whether a normalised word is shaped like a nationality adjective ("السعودي", "القاهريه")."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _inner(norms: Sequence[str], start: int, end: int, shorter: Sequence[tuple[str, ...]]) -> tuple[int, int]:
    """Where the longest of ``shorter`` (the same entity's shorter names) stands within ``norms[start:end]`` with
    only heads before it and nationalities after it, or ``(start, end)`` if none does."""
    for words in shorter:
        for a in range(start, end - len(words) + 1):
            b = a + len(words)
            if (
                tuple(norms[a:b]) == words
                and all(w in _HEADS for w in norms[start:a])
                and all(_nationality(w) for w in norms[b:end])
            ):
                return a, b
    return start, end


def name_tags(
    norms: Sequence[str],
    names: Iterable[tuple[Sequence[str], str]],
    shorter: Mapping[tuple[str, ...], Sequence[tuple[str, ...]]] | None = None,
) -> list[str]:
    """BIO tags over token norms for names given as (normalised words, type), longest name first at each token;
    :data:`GLUED` on a first token that carries a proclitic besides the name's first word.

    ``shorter`` gives, for a name, the same entity's shorter names (longest first): where one of them stands inside
    the longer name's words ("نادي الهلال السعودي" and "الهلال"), only it is tagged. The tagger then learns the bare
    name, which is how NewsFANE marks most names and what the mention rules build heads and descriptions around.
    """
    unique = {(tuple(words), kind) for words, kind in names if words}
    tags = ["O"] * len(norms)
    i = 0
    while i < len(norms):
        matching = [
            (words, kind)
            for words, kind in unique
            if i + len(words) <= len(norms)
            and _first_word_matches(norms[i], words[0])
            and tuple(norms[i + 1 : i + len(words)]) == words[1:]
        ]
        if not matching:
            i += 1
            continue
        # The longest name; of names as long, one written without a glued letter, then any, the same on every run
        # (a set's order follows PYTHONHASHSEED, and the trained model must not).
        words, kind = max(matching, key=lambda n: (len(n[0]), norms[i] == n[0][0], n))
        end = i + len(words)
        a, b = _inner(norms, i, end, shorter.get(words, ())) if shorter else (i, end)
        tags[a] = GLUED if a == i and norms[i] != words[0] else "B-" + kind
        for k in range(a + 1, b):
            tags[k] = "I-" + kind
        i = end
    return tags


def corpus_common_words(sentences: Iterable[Sentence], min_uses: int = 3) -> frozenset[str]:
    """Normalised words a tagged corpus mostly uses outside names: at least ``min_uses`` such uses, and fewer than
    half as many as a one-word name."""
    outside: dict[str, int] = {}
    alone: dict[str, int] = {}
    for sentence in sentences:
        tags = sentence.tags
        for k, (token, tag) in enumerate(zip(sentence.tokens, tags, strict=True)):
            word = normalise(token)
            if tag == "O":
                outside[word] = outside.get(word, 0) + 1
            elif tag.startswith("B-") and (k + 1 == len(tags) or not tags[k + 1].startswith("I-")):
                alone[word] = alone.get(word, 0) + 1
    return frozenset(w for w, n in outside.items() if n >= min_uses and alone.get(w, 0) * 2 < n)


def article_sentences(
    article: Mapping[str, Any], vocab: Mapping[str, int], common: Collection[str] = frozenset()
) -> list[Sentence]:
    """The article's pseudo-sentences (as the tagger cuts text) with the tags of its gold names; one-word names in
    ``common`` are not tagged, and sentences where a name carries a glued proclitic are left out."""
    tokens = tokenize(str(article["text"]), vocab)
    names: list[tuple[tuple[str, ...], str]] = []
    shorter: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for entity in article.get("entities") or []:
        if entity.get("type") not in GOLD_TYPES:
            continue
        # A person's surname inside the full name is not the name the tagger should learn there.
        person = entity["type"] == "PERSON"
        own = {
            words
            for name in entity.get("names") or []
            if (words := tuple(t.norm for t in tokenize(str(name), vocab)))
            and not (len(words) == 1 and words[0] in common)
        }
        names.extend((words, str(entity["type"])) for words in own)
        for words in () if person else own:
            inside = sorted((n for n in own if len(n) < len(words)), key=lambda n: (-len(n), n))
            if inside:
                shorter.setdefault(words, []).extend(inside)
    tags = name_tags([t.norm for t in tokens], names, shorter)
    texts = [t.text for t in tokens]
    return [Sentence(texts[a:b], tags[a:b]) for a, b in sentence_slices(texts) if GLUED not in tags[a:b]]


def gold_documents(
    paths: Iterable[Path], vocab: Mapping[str, int], common: Collection[str] = frozenset()
) -> list[list[Sentence]]:
    """One document (its sentences) per Arabic article with entities in the gold files at ``paths``; ``common`` as
    for :func:`article_sentences`."""
    documents: list[list[Sentence]] = []
    for path in paths:
        for line in path.read_bytes().splitlines():
            if not line.strip():
                continue
            article = orjson.loads(line)
            if article.get("lang") == "ar" and article.get("entities"):
                documents.append(article_sentences(article, vocab, common))
    return documents
