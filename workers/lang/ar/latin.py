"""Consonant skeletons that let a name in Latin letters meet the same name in Arabic script.

An embedded post signs off with its author in Latin letters ("— Seyed Abbas Araghchi (@araghchi)") in an article
that names him in Arabic ("عراقجي"). Both spellings reduce to the consonants they share, in classes wide enough for
the usual transliterations: "Zelenskyy" and "زيلينسكي" are both Z L N S K; "Araghchi" and "عراقجي" are both R K J.
Vowels, h, ain and hamza are left out, because transliterations disagree most on them; doubled classes collapse.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

# Arabic letters (normalised forms included) → consonant class; letters absent here (vowels, ه ح ع ء) drop out.
_ARABIC = {
    "ب": "B",
    "پ": "B",
    "ت": "T",
    "ط": "T",
    "ث": "T",
    "ج": "J",
    "چ": "J",
    "خ": "K",
    "د": "D",
    "ذ": "D",
    "ض": "D",
    "ر": "R",
    "ز": "Z",
    "ظ": "Z",
    "ژ": "Z",
    "س": "S",
    "ص": "S",
    "ش": "S",
    "غ": "K",
    "ف": "F",
    "ڤ": "F",
    "ق": "K",
    "ك": "K",
    "گ": "K",
    "ل": "L",
    "م": "M",
    "ن": "N",
}
# Latin letter groups, longest first, → class; "ch" is read both ways (تش in "Araghchi", ش in "Achraf").
_LATIN_GROUPS = (
    ("tch", "J"),
    ("sch", "S"),
    ("dj", "J"),
    ("sh", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("th", "T"),
    ("dh", "D"),
    ("ph", "F"),
    ("zh", "Z"),
    ("ck", "K"),
    ("ts", "TS"),
    ("x", "KS"),
)
_LATIN = {
    "b": "B",
    "p": "B",
    "t": "T",
    "d": "D",
    "j": "J",
    "g": "K",
    "k": "K",
    "q": "K",
    "c": "K",
    "r": "R",
    "z": "Z",
    "s": "S",
    "f": "F",
    "v": "F",
    "l": "L",
    "m": "M",
    "n": "N",
}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
MIN_CLASSES = 3  # a shorter skeleton ("M N") matches too many names to link anything


def _collapse(classes: str) -> str:
    return re.sub(r"(.)\1+", r"\1", classes)


def arabic_skeleton(word: str) -> str:
    """The consonant classes of an Arabic word, without a leading article ("البوسعيدي" → "LBSD")."""
    return _collapse("".join(_ARABIC.get(ch, "") for ch in word))


@lru_cache(maxsize=4096)
def latin_skeletons(word: str) -> frozenset[str]:
    """The consonant classes of a Latin word, one per reading of "ch" ("Araghchi" → {"RKJ", "RKS"})."""
    readings = {word.lower()}
    if "ch" in word.lower():
        readings = {w.replace("ch", "tch") for w in readings} | {w.replace("ch", "sh") for w in readings}
    out = set()
    for w in readings:
        classes = []
        i = 0
        while i < len(w):
            for group, cls in _LATIN_GROUPS:
                if w.startswith(group, i):
                    classes.append(cls)
                    i += len(group)
                    break
            else:
                classes.append(_LATIN.get(w[i], ""))
                i += 1
        out.add(_collapse("".join(classes)))
    return frozenset(out)


def latin_words(text: str) -> list[str]:
    """The words of a Latin name or handle: "@ZelenskyyUa" → ["Zelenskyy", "Ua"], "Seyed Abbas" → both words."""
    words: list[str] = []
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))  # "Sánchez"
    for part in re.split(r"[\s_@.\-]+", plain):
        words.extend(w for w in _CAMEL.split(part) if w.isascii() and w.isalpha())
    return words


def same_name(latin: str, arabic: str) -> bool:
    """Whether a Latin-script name and an Arabic one are the same name: a word of each (or the whole names) share
    a skeleton of at least ``MIN_CLASSES`` classes ("Dr Tedros" and "تيدروس أدهانوم"); an Arabic article may stand
    for a Latin "Al"."""
    latin_parts = latin_words(latin)
    arabic_parts = arabic.split()
    if not latin_parts or not arabic_parts:
        return False

    def arabic_forms(words: list[str]) -> set[str]:
        whole = arabic_skeleton("".join(words))
        forms = {whole}
        if words[0].startswith("ال"):
            forms.add(arabic_skeleton("".join(words)[2:]))
        return {f for f in forms if len(f) >= MIN_CLASSES}

    words = set().union(*(arabic_forms([w]) for w in arabic_parts))
    whole = arabic_forms(arabic_parts)
    latin_each = set().union(*(latin_skeletons(w) for w in latin_parts))
    readings = [sorted(latin_skeletons(w)) for w in latin_parts]  # one choice per word: few words, two readings at most
    latin_whole = {_collapse("".join(parts)) for parts in itertools.product(*readings)}
    return bool(latin_each & words) or bool(latin_whole & (whole | words))
