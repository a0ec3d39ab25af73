"""Cross-validation folds over judged sentences: deterministic, stratified, near-duplicates kept together.

News sentence collections repeat themselves: the same wire sentence in two papers, a stock-market line with other
figures. A near-duplicate in the training folds would let the held-out score measure recall of memorised text, so
sentences that share most of their word trigrams form one group and a group always lands in one fold.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from collections.abc import Hashable, Sequence

from workers.lang.ar.normalise import normalise

DUPLICATE_OVERLAP = 0.5  # share of the shorter sentence's word trigrams that makes two sentences one group
_COMMON_SHINGLE = 50  # a trigram in more sentences than this is a stock phrase, not evidence of copying
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Word trigrams of the normalised text (the words themselves for a text under three words)."""
    words = _WORD.findall(normalise(text))
    if len(words) < 3:
        return frozenset({tuple(words)})
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def near_duplicate_groups(texts: Sequence[str], overlap: float = DUPLICATE_OVERLAP) -> list[int]:
    """A group number for each text; texts whose trigram overlap reaches ``overlap`` (of the smaller set) share it,
    transitively. Group numbers are the index of the group's first text."""
    sets = [shingles(t) for t in texts]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for g in s:
            index[g].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if len(ids) <= _COMMON_SHINGLE:
            for a, b in itertools.combinations(ids, 2):
                shared[a, b] += 1
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), n in shared.items():
        if n >= overlap * min(len(sets[a]), len(sets[b])):
            ra, rb = root(a), root(b)
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(len(texts))]


def assign_folds(strata: Sequence[Hashable], groups: Sequence[int], folds: int, seed: int = 0) -> list[int]:
    """A fold number (0 .. folds-1) for each item: whole groups go to one fold, and the items of each stratum
    (a type and a label, say) are spread evenly. The same inputs always give the same folds."""
    if folds < 2:
        raise ValueError("cross-validation needs at least two folds")
    members: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    # A group counts in the stratum of its first member (groups rarely mix labels).
    by_stratum: dict[Hashable, list[int]] = defaultdict(list)
    for g in sorted(members):
        by_stratum[strata[members[g][0]]].append(g)
    rng = random.Random(seed)  # noqa: S311 - a reproducible split, not a secret
    size = [0] * folds
    fold_of = [0] * len(groups)
    for stratum in sorted(by_stratum, key=repr):
        gs = by_stratum[stratum]
        rng.shuffle(gs)
        filled = [0] * folds
        # Largest groups first, each into the fold holding the fewest items of this stratum (then overall).
        for g in sorted(gs, key=lambda g: -len(members[g])):
            target = min(range(folds), key=lambda f: (filled[f], size[f], f))
            filled[target] += len(members[g])
            size[target] += len(members[g])
            for i in members[g]:
                fold_of[i] = target
    return fold_of
