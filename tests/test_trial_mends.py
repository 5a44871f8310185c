"""What a new user's articles showed wrong: a date's preposition written into the verb ("imposed sanctions on on"),
talks announced for later read as held, and a title kept as held by one who resigned. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(sentence: str, relation: str, date: str | None = None) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence, date=date)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The European Union imposed new sanctions on Chile on Friday.", "imposed sanctions on"),
    ("Chile launched strikes on Peru on Monday.", "launched strikes on"),
])
def test_the_verb_holds_the_preposition_of_the_object_not_of_the_date(sentence, verb):
    assert [r.verb for r in extract(sentence, date="2025-09-10") if r.object.label in ("Chile", "Peru")] == [verb]


@pytest.mark.parametrize("sentence", [
    "Talks between Rosa Lind and Omar Vance are scheduled to resume in Lima in October.",
    "Talks between Rosa Lind and Omar Vance are expected next week.",
    "A meeting between Rosa Lind and Omar Vance was scheduled for Friday.",
])
def test_talks_announced_for_later_are_to_come(sentence):
    assert records(sentence, "meets", date="2025-09-10") == [("Rosa Lind", "Omar Vance", False, "future")]


@pytest.mark.parametrize("sentence", [
    "Talks between Rosa Lind and Omar Vance were held in Lima.",
    "Talks between Rosa Lind and Omar Vance were set up by Ana Ruiz in 1999.",
])
def test_talks_held_are_asserted(sentence):
    assert records(sentence, "meets") == [("Rosa Lind", "Omar Vance", False, "asserted")]


@pytest.mark.parametrize(("sentence", "modality"), [
    ("Chilean Defence Minister Rosa Lind resigned on Tuesday.", "past"),
    ("Chilean Defence Minister Rosa Lind has stepped down.", "past"),
    ("Chilean Defence Minister Rosa Lind said she would resign.", "asserted"),
    ("Chilean Defence Minister Rosa Lind did not resign.", "asserted"),
    ("Chilean Defence Minister Rosa Lind resigned as party chairman.", "asserted"),
    ("Chilean Defence Minister Rosa Lind resigned from the board of the Lima Trust.", "asserted"),
])
def test_a_title_holder_who_resigned_held_it(sentence, modality):
    assert records(sentence, "memberOf", date="2025-09-10") == [("Rosa Lind", "government of Chile", False, modality)]


def test_a_link_word_each_object_repeats_is_written_once():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph_builder.extract.syntax import phrase

    doc = Doc(Vocab(), words="opened missions in Lima , in Quito and in La Paz ; stood side by side with".split())
    assert phrase(doc[0], doc[1], doc[2], doc[5], doc[8]) == "opened missions in"
    assert phrase(*doc[12:17]) == "stood side by side with"


def test_a_former_spokesman_speaks_for_himself():
    former = extract("Ana Ruiz's former spokesman said Tom Hale had lied.")
    assert not [r for r in former if r.subject.label == "Ana Ruiz"]
    # a serving spokesman's words are his own too (test_spokesman_words_own.py): no record of Ana Ruiz either
    assert not [r for r in extract("Ana Ruiz's spokesman said Tom Hale had lied.") if r.subject.label == "Ana Ruiz"]


@pytest.mark.parametrize("sentence", [
    "As part of the EU's plan, France sent aid to Chad.",
    "Norway, as part of a UN plan, sent aid to Chad.",
])
def test_the_owner_of_a_plan_is_no_group_acting(sentence):
    assert {r.subject.label for r in extract(sentence) if r.relation == "supports"} <= {"France", "Norway"}


def test_no_government_is_no_government_spoken_of():
    found = extract("Tom Hale said no government could ignore Ana Ruiz.")
    assert not [r for r in found if r.object.label == "government"]


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz named Tom Hale as Peru's new ambassador to Chile.",
    "Ana Ruiz appointed Tom Hale as Peru's ambassador to Chile.",
])
def test_who_names_another_to_a_post_does_not_hold_it(sentence):
    assert not [r for r in extract(sentence) if r.subject.label == "Ana Ruiz" and r.relation == "memberOf"]


def test_one_named_to_a_post_holds_it():
    assert records("Tom Hale was named as Peru's new ambassador to Chile.", "memberOf") == [
        ("Tom Hale", "Peru", False, "asserted")]
