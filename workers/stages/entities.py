"""The entities stage: resolve overlapping mention candidates and group mentions into entities.

Language packs propose mentions (model, gazetteer, rules); grouping is language-neutral: mentions join when their
normalised names are equal, when a shorter person or organisation name is contained in exactly one longer one
("شويغو" in "سيرغي شويغو", "Shoigu" in "Sergei Shoigu"), or when the pack says two mentions corefer (a title
standing for a named person).
"""

from __future__ import annotations

from collections import Counter

from workers.doc import Doc, Entity, Mention
from workers.lang.base import LanguagePack

# When two candidates cover the same text, trust rules over gazetteers over the statistical model.
_SOURCE_RANK = {"rule": 0, "gazetteer": 1, "model": 2}
_COMPATIBLE = {"GPE": "GEO", "LOC": "GEO"}
_CONTAINMENT_TYPES = frozenset({"PERSON", "ORG"})
# A longer organisation name that adds one of these words names a body *of* the shorter one ("United Nations
# Security Council" is not "United Nations"; "مجلس الأمن" is not "الأمن"): containment must not merge them.
# Words that are part of an agency's own name ("Yonhap news agency", "وكالة إنترفاكس") are deliberately absent.
_BODY_WORDS = frozenset(
    {
        "council",
        "committee",
        "commission",
        "court",
        "office",
        "fund",
        "programme",
        "program",
        "assembly",
        "ministry",
        "department",
        "mission",
        "command",
        "unit",
        "branch",
        "division",
        "board",
        "مجلس",
        "لجنه",
        "هيئه",
        "محكمه",
        "مكتب",
        "صندوق",
        "وزاره",
        "بعثه",
        "قياده",
        "اخبار",  # "أخبار الأمم المتحدة" is the UN's news site
    }
)


# Words for a kind of territory: "قطاع غزة" and "غزة", "إقليم كردستان" and "كردستان" name the same place, as news
# annotation groups them (in the Arabic gold sets nine pairs in ten).
_TERRITORY_WORDS = frozenset(
    {"قطاع", "مدينه", "محافظه", "ولايه", "اقليم", "منطقه", "بلده", "مخيم", "جزيره", "دوله", "مملكه"}
)


def _ministry_short(short: str, long: str) -> bool:
    """ "الخارجية القطرية" is the short form of "وزارة الخارجية القطرية": the ministry's word alone is left out."""
    return long == f"وزاره {short}"


_ALEFS = str.maketrans("أإآ", "ااا")


def _definite(word: str) -> str:
    """The word with its article's proclitic taken off ("للأمم" → "الامم", "والأمم" → "الامم"), alefs plain."""
    word = word.translate(_ALEFS)
    if word.startswith("لل"):
        return "ا" + word[1:]
    if word[:1] in "وفبك" and word[1:3] == "ال":
        return word[1:]
    return word


def _body_named_after(short: str, long: str) -> bool:
    """ "منظمة الأمم المتحدة للطفولة" is a body named after "الأمم المتحدة", not its long form: the short name comes
    after a head noun, as a definite genitive, and a complement with ل follows it. (A brand after its head, "وكالة تاس
    للأنباء", has no article; a long form that only adds complements, "الاتحاد الدولي لكرة القدم", starts with it.)"""
    words = [_definite(w) for w in short.split()]
    raw = long.split()
    within = [_definite(w) for w in raw]
    n = len(words)
    if not words or not words[0].startswith("ال"):
        return False
    return any(
        within[i : i + n] == words and any(w.startswith("ل") for w in raw[i + n :])
        for i in range(1, len(within) - n + 1)
    )


def _run_of(short: str, long: str) -> bool:
    """Whether the words of ``short`` stand side by side, in order, in ``long``."""
    words, within = short.split(), long.split()
    n = len(words)
    return any(within[k : k + n] == words for k in range(len(within) - n + 1))


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset: longer spans first, then the more trusted source; remap ``coref`` indices."""
    order = sorted(
        range(len(mentions)),
        key=lambda i: (
            -(mentions[i].end - mentions[i].start),
            _SOURCE_RANK.get(mentions[i].source, 3),
            mentions[i].start,
        ),
    )
    # One byte per character: whether a kept mention covers it (a scan of the kept spans was quadratic).
    taken = bytearray(max((m.end for m in mentions), default=0))
    kept: list[int] = []
    for i in order:
        m = mentions[i]
        if m.end <= m.start or any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept.append(i)
    kept.sort(key=lambda i: mentions[i].start)
    new_index = {old: new for new, old in enumerate(kept)}
    result: list[Mention] = []
    for old in kept:
        m = mentions[old]
        m.coref = new_index.get(m.coref) if m.coref is not None else None
        result.append(m)
    return result


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _kind(entity_type: str) -> str:
    return _COMPATIBLE.get(entity_type, entity_type)


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Cluster non-overlapping ``mentions`` into entities, with ids ``e1``, ``e2``... in order of first mention."""
    n = len(mentions)
    uf = _UnionFind(n)
    first_by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if m.nominal:
            continue
        slot = (_kind(m.type), m.key)
        if slot in first_by_key:
            uf.union(first_by_key[slot], i)
        else:
            first_by_key[slot] = i
    words = {slot: frozenset(slot[1].split()) for slot in first_by_key}
    texts: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if not m.nominal:
            texts.setdefault((_kind(m.type), m.key), set()).add(m.text)
    # Longer names first: "ولد الغزواني" joins "محمد ولد الشيخ الغزواني" before "الغزواني" looks for its one host.
    for slot, i in sorted(first_by_key.items(), key=lambda item: -len(words[item[0]])):
        if slot[0] not in _CONTAINMENT_TYPES:
            continue
        candidates = {
            other: j
            for other, j in first_by_key.items()
            if other != slot
            and other[0] == slot[0]
            and len(words[other]) > len(words[slot])
            and words[slot] <= words[other]
            and not (
                slot[0] == "ORG"
                and (words[other] - words[slot]) & _BODY_WORDS
                and not _ministry_short(slot[1], other[1])
            )
            and not (slot[0] == "ORG" and any(_body_named_after(a, b) for a in texts[slot] for b in texts[other]))
        }
        hosts = {uf.find(j) for j in candidates.values()}
        if len(hosts) > 1:
            # "البنك المركزي" beside "البنك المركزي السعودي" and "بنك الكويت المركزي": the name whose words it
            # repeats in order, side by side, is the one it shortens.
            hosts = {uf.find(j) for other, j in candidates.items() if _run_of(slot[1], other[1])}
        if len(hosts) == 1:
            uf.union(hosts.pop(), i)
    for slot, i in first_by_key.items():
        if slot[0] != "GEO":
            continue
        # "قطاع غزة" → "غزة": a place named with its territory word is the place named without it.
        for other, j in first_by_key.items():
            extra = words[other] - words[slot]
            if other[0] == "GEO" and words[slot] < words[other] and len(extra) == 1 and extra <= _TERRITORY_WORDS:
                uf.union(j, i)
    for i, m in enumerate(mentions):
        if m.coref is not None and 0 <= m.coref < n:
            uf.union(m.coref, i)
    clusters: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        clusters.setdefault(uf.find(i), []).append(m)
    entities: list[Entity] = []
    for members in sorted(clusters.values(), key=lambda ms: ms[0].start):
        named = [m for m in members if not m.nominal] or members
        if all(m.nominal for m in members):
            continue  # a title alone ("the minister") is not an entity until it is tied to a name
        types = Counter(m.type for m in named)
        entity_type = max(
            types, key=lambda t: (types[t], -min(_SOURCE_RANK.get(m.source, 3) for m in named if m.type == t))
        )
        canonical = next((m.canonical for m in named if m.canonical), None)
        name = canonical or max(named, key=lambda m: (len(m.key.split()), len(m.text), -m.start)).text
        entities.append(Entity(id=f"e{len(entities) + 1}", type=entity_type, name=name, mentions=members))
    return entities


def add_aliases(entities: list[Entity], mentions: list[Mention], aliases: list[Mention]) -> None:
    """Give each alias to the entity of the mention it reads differently (``alias.coref``, an index in
    ``mentions``), unless that entity already has a mention written the same way. (Not compared by key: a mention's
    key may be the brand it is cited by, "تاس" for "وكالة تاس", so that the bare brand joins it.)"""
    owner = {id(m): e for e in entities for m in e.mentions}
    grown: dict[str, Entity] = {}
    for alias in aliases:
        host = mentions[alias.coref] if alias.coref is not None and 0 <= alias.coref < len(mentions) else None
        entity = owner.get(id(host)) if host is not None else None
        if entity is None or any(m.text == alias.text for m in entity.mentions):
            continue
        entity.mentions.append(alias)
        grown[entity.id] = entity
    for entity in grown.values():  # back into reading order once, the longer of two readings first
        entity.mentions.sort(key=lambda m: (m.start, -m.end))


def run(doc: Doc, pack: LanguagePack) -> None:
    """Fill ``doc.mentions`` and ``doc.entities``; aliases join their entities' mentions, not ``doc.mentions``."""
    doc.mentions = resolve_overlaps(pack.mentions(doc))
    doc.entities = group_mentions(doc.mentions)
    add_aliases(doc.entities, doc.mentions, pack.aliases(doc))
