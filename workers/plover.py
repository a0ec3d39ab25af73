"""The PLOVER 2.0 event ontology: event types, the modes each type allows, and the general contexts.

Sources, in order of authority:

* the PLOVER codebook (Open Event Data Alliance, ``PLOVER_MANUAL.tex``, draft 0.8, 2021, CC BY-SA 4.0,
  https://github.com/openeventdata/PLOVER): the mode tables of CONSULT, AID (proposed in 0.7), RETREAT, DEMAND/REJECT,
  ACCUSE, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE and ASSAULT, and the general context table;
* PLOVER 2.0 (the version coded in the POLECAT data set) renamed DEMAND to REQUEST and folded the old DISAPPROVE and
  INVESTIGATE into ACCUSE; the REQUEST modes are the codebook's DEMAND modes (the codebook shares them with REJECT);
* the later mode names the Khabar issue tracker lists for PLOVER 2.0 (CONSULT discuss/host/meet/mediate, ASSAULT
  aerial/drone, PROTEST demonstrate) are accepted alongside the codebook names, so coders written against either
  vocabulary validate.

The mode and context names are facts about the ontology, written down here as plain data; no code was copied.
"""

from __future__ import annotations

# Same order as the ``$defs.event.properties.type`` enum in ``schemas/enriched-article.schema.json``
# (verbal cooperation, material cooperation, verbal conflict, material conflict).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# The codebook says REJECT shares its modes with DEMAND (now REQUEST).
_ASK_MODES: tuple[str, ...] = ("assist", "change", "yield", "meet")

MODES: dict[str, tuple[str, ...]] = {
    # Verbal activities have no mode ("verbal" is implied), except CONSULT and THREATEN.
    "AGREE": (),
    "CONSULT": ("discuss", "visit", "host", "meet", "mediate", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _ASK_MODES,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": _ASK_MODES,
    # For THREATEN the mode is what is threatened, not how the threat was made.
    "THREATEN": ("restrict", "ban", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demonstrate", "demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "confiscate",
        "restrict",
        "ban",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "execute",
        "sexual",
        "assassinate",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "heavy-weapons",
        "aerial",
        "drone",
        "cleansing",
        "massacre",
        "unconventional",
        "sideAB",
    ),
}

# General contexts, applicable to any event type (codebook table "General contexts").
CONTEXTS: tuple[str, ...] = (
    "military",
    "intelligence",
    "peacekeeping",
    "economic",
    "diplomatic",
    "resource",
    "disease",
    "enviro_disaster",
    "migration",
    "humanitarian",
    "asylum",
    "legal",
    "human_rights",
    "rights_freedoms",
    "gender",
    "lgbt",
    "terrorism",
    "human_security",
    "religion_ethnicity",
    "executive",
    "election",
    "legislative",
    "cbrn",
    "cyber",
    "political_institutions",
    "corruption",
    "crime",
    "illegal_drugs",
)

_TYPES = frozenset(EVENT_TYPES)
_MODE_SETS: dict[str, frozenset[str]] = {t: frozenset(m) for t, m in MODES.items()}
_CONTEXT_SET = frozenset(CONTEXTS)


def is_valid(type_: str, mode: str | None = None) -> bool:
    """True when ``type_`` is a PLOVER 2.0 event type and ``mode`` is absent or one of the modes that type allows."""
    if type_ not in _TYPES:
        return False
    return mode is None or mode in _MODE_SETS[type_]


def is_context(name: str) -> bool:
    """True when ``name`` is one of the general PLOVER contexts."""
    return name in _CONTEXT_SET
