"""A verb of quoting names the speaker of the words it reports: in the active, its object ("the paper quoted X as
saying", "the agency quoted X saying"), as its subject does in the passive ("X was quoted as saying"); the paper or the
agency only reports them. A paper that says something itself is still the speaker. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

SPOKEN = [
    ("The Daily Courier quoted Tam Hollis as saying that Norland must punish Vestria.",
     ("Tam Hollis", "demands", "Norland")),
    ("The Harbour Gazette quoted Senator Ines Calloway saying Norland had betrayed Vestria.",
     ("Ines Calloway", "criticizes", "Norland")),
    ("The agency quoted Mayor Osric Penhale as saying that Vestria must end its blockade of Norland.",
     ("Osric Penhale", "demands", "Vestria")),
]


def _said(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence) if r.asserted}


@pytest.mark.parametrize(("sentence", "expected"), SPOKEN, ids=[s for s, _ in SPOKEN])
def test_the_one_quoted_is_the_speaker(sentence, expected):
    found = _said(sentence)
    assert expected in found, found
    assert not any(subject in ("Daily Courier", "Harbour Gazette") for subject, _, _ in found), found


def test_the_reported_act_is_attributed_to_the_one_quoted():
    found = [r for r in extract("The Harbour Gazette quoted Senator Ines Calloway saying Norland had betrayed Vestria.")
             if r.subject.label == "Norland"]
    assert found and {r.attributed_to.label for r in found if r.attributed_to} == {"Ines Calloway"}, found


def test_a_paper_saying_something_itself_is_the_speaker():
    found = _said("The Daily Courier said that Norland must punish Vestria.")
    assert ("Daily Courier", "demands", "Norland") in found, found
