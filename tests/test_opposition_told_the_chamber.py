"""Whoever tells a whole legislature something speaks in its debate or on its floor, a public statement to the
chamber (commentsOn), no briefing of it: "shadow chancellor X told the Senate ...", "Minister X told the Senate ...",
even where a later sentence names X by surname only, or where the text sets X off as speaking for a party ("X, for
the Greens, said"), whoever X is; telling one of its committees, a council or a person still briefs them. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "speaker", "chamber"), [
    ("Shadow finance secretary Arvo Pellik told the Norland Senate that the toll budget was a shambles.",
     "Arvo Pellik", "Norland Senate"),
    ("Green spokeswoman Ruth Adler visited Caldera on Monday. Later Ms Adler told the Norland Parliament that the "
     "ferry scheme would sink.", "Ruth Adler", "Norland Parliament"),
    ("Arvo Pellik, for the Greens, attacked the toll plan. Mr Pellik told the Norland Senate that the budget would "
     "fail.", "Arvo Pellik", "Norland Senate"),
    ("Finance Minister Arvo Pellik told the Norland Senate that the toll budget would balance.",
     "Arvo Pellik", "Norland Senate"),
    ("Arvo Pellik voted for the Greens. Mr Pellik told the Norland Senate that the budget would fail.",
     "Arvo Pellik", "Norland Senate"),
    ("For the Liberal Party, Ruth Adler said the scheme was flawed. Ms Adler told the Norland Senate that the ferry "
     "plan would sink.", "Ruth Adler", "Norland Senate"),
])
def test_telling_the_chamber_is_a_public_statement_to_it(text, speaker, chamber):
    found = triples(extract(text))
    assert (speaker, "briefs", chamber) not in found, found
    assert (speaker, "commentsOn", chamber) in found, found


@pytest.mark.parametrize(("text", "speaker", "told"), [
    ("Shadow finance secretary Arvo Pellik told the Norland Senate finance committee that the tolls would rise.",
     "Arvo Pellik", "Norland Senate finance committee"),
    ("Shadow health secretary Ruth Adler told the Harbour Council that the clinic would close.",
     "Ruth Adler", "Harbour Council"),
])
def test_others_told_are_still_briefed(text, speaker, told):
    assert (speaker, "briefs", told) in triples(extract(text))
