"""The English lexicons: inflected forms, trigger conditions, gazetteer entries."""

from __future__ import annotations

from workers.lang.en.lexicon import load_lexicon, noun_forms, singulars, verb_forms


def test_regular_verb_forms() -> None:
    assert {"attack", "attacks", "attacked", "attacking"} <= verb_forms("attack")


def test_irregular_forms_are_added() -> None:
    assert {"withdrew", "withdrawn", "withdrawing"} <= load_lexicon().verb_triggers.keys()


def test_final_consonant_doubling_and_y_to_i() -> None:
    assert {"banned", "banning"} <= verb_forms("ban")
    assert {"denied", "denies"} <= verb_forms("deny")


def test_noun_plurals_and_singulars() -> None:
    assert noun_forms("sanction") == {"sanction", "sanctions"}
    assert noun_forms("ally") == {"ally", "allies"}
    assert "tie" in singulars("ties")


def test_speech_verbs_map_to_their_base_form() -> None:
    lexicon = load_lexicon()
    assert lexicon.speech_forms["said"] == "say"
    assert lexicon.speech_forms["told"] == "tell"


def test_conditional_trigger_keeps_its_condition() -> None:
    impose = [t for t in load_lexicon().verb_triggers["imposed"] if t.type == "SANCTION"]
    assert impose and impose[0].obj is not None and "sanction" in impose[0].obj


def test_country_aliases_share_a_canonical_name() -> None:
    places = load_lexicon().places
    assert places["U.S."][1] == places["United States"][1]
    assert places["Ivory Coast"][1] == places["Côte d’Ivoire"][1]


def test_every_trigger_type_and_mode_is_plover() -> None:
    from workers.plover import is_valid

    lexicon = load_lexicon()
    for table in (lexicon.verb_triggers, lexicon.noun_triggers):
        for triggers in table.values():
            for t in triggers:
                assert is_valid(t.type, t.mode), (t.lemma, t.type, t.mode)
