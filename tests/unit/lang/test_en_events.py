"""English PLOVER events: triggers, roles from the parse, status, promises and threats, dates and places."""

from __future__ import annotations

import datetime as dt

from tests.unit.lang.test_en_helpers import analysed, events_of
from workers.plover import is_valid


def test_subject_is_source_and_object_is_target() -> None:
    doc = analysed("Israeli soldiers arrested more than 100 Palestinians in Hebron on Saturday.")
    (event,) = events_of(doc, "COERCE")
    assert [a.text for a in event.source] == ["Israeli soldiers"]
    assert any("Palestinians" in a.text for a in event.target)
    assert event.mode == "arrest"


def test_passive_agent_is_the_source() -> None:
    doc = analysed("Three soldiers were killed by Islamic State fighters near Raqqa.")
    (event,) = events_of(doc, "ASSAULT")
    assert event.source[0].text.startswith("Islamic State fighters")
    assert [a.text for a in event.target] == ["Three soldiers"]


def test_reported_event_is_the_embedded_one_not_the_speech() -> None:
    doc = analysed("Serb forces killed three ethnic Albanians in a gunbattle, a political council said.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert doc.events[0].trigger.text == "killed"


def test_negated_event_is_marked() -> None:
    doc = analysed("Russia did not attack the convoy, the Kremlin said.")
    (event,) = events_of(doc, "ASSAULT")
    assert event.status == "negated"


def test_announced_hostile_act_is_a_future_threat() -> None:
    doc = analysed("Moscow will impose new sanctions on Lithuania.")
    (event,) = doc.events
    assert event.type == "THREATEN"
    assert event.status == "future"
    assert [a.text for a in event.target] == ["Lithuania"]


def test_plans_to_makes_the_act_future() -> None:
    doc = analysed("Iran plans to expel the inspectors.")
    (event,) = doc.events
    assert event.status == "future"
    assert [a.text for a in event.source] == ["Iran"]


def test_promised_cooperation_is_agree() -> None:
    doc = analysed("The United Nations will provide 25,000 tons of food aid to refugees in Liberia.")
    (event,) = events_of(doc, "AGREE")
    assert event.status == "future"
    assert any("refugees" in a.text for a in event.target)


def test_could_makes_the_act_hypothetical() -> None:
    doc = analysed("Analysts warned that the rebels could attack the capital.")
    (event,) = [e for e in doc.events if e.trigger.text == "attack"]
    assert event.status == "hypothetical"


def test_refusing_to_accept_is_reject() -> None:
    doc = analysed("Syria says it will not accept any more refugees.")
    (event,) = doc.events
    assert event.type == "REJECT"
    assert event.source[0].text == "Syria"


def test_threat_takes_the_target_of_what_is_threatened() -> None:
    doc = analysed("The Azerbaijani parliament threatened on Monday to break relations with Russia.")
    (event,) = doc.events
    assert event.type == "THREATEN"
    assert [a.text for a in event.target] == ["Russia"]


def test_pronoun_actor_resolves_to_the_reporting_subject() -> None:
    doc = analysed("Hungary has said it will support a U.N. Security Council resolution.")
    (event,) = events_of(doc, "AGREE")
    assert [a.text for a in event.source] == ["Hungary"]


def test_must_in_reported_speech_is_a_demand() -> None:
    doc = analysed("The Bush administration declared Tuesday that China must drop barriers to U.S. exports.")
    (event,) = events_of(doc, "REQUEST")
    assert "Bush administration" in event.source[0].text
    assert [a.text for a in event.target] == ["China"]


def test_last_week_dates_the_event() -> None:
    doc = analysed("Gunmen attacked a hotel in Mogadishu last week.", published=dt.date(2024, 3, 14))
    (event,) = events_of(doc, "ASSAULT")
    assert event.date is not None and event.date.value == "2024-W10"


def test_place_after_in_is_the_location() -> None:
    doc = analysed("Gunmen attacked a hotel in Mogadishu on Tuesday.")
    (event,) = events_of(doc, "ASSAULT")
    assert event.location is not None and event.location.text == "Mogadishu"


def test_modes_are_valid_for_their_types() -> None:
    doc = analysed(
        "Sudanese rebels shelled Juba on Sunday. Police used tear gas and arrested 12 protesters. "
        "Thousands of students staged a hunger strike to demand reforms."
    )
    assert doc.events
    for event in doc.events:
        assert is_valid(event.type, event.mode)


def test_every_event_span_matches_the_text() -> None:
    doc = analysed("Afghan rebels have kidnapped 16 Russian advisers and exploded bombs in Kabul, diplomats said.")
    assert doc.events
    for event in doc.events:
        for span in (event.trigger, *event.source, *event.target):
            assert doc.text[span.start : span.end] == span.text
