"""One of an opposition's front bench who tells a whole legislature something speaks in its debate, no briefing of
the chamber: "shadow chancellor X told the Senate ..." gives no briefs of the Senate, even where a later sentence
names X by surname only; a minister telling it, or the shadow minister telling one of its committees, a council or
a person, still briefs them. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "speaker", "chamber"), [
    ("Shadow finance secretary Arvo Pellik told the Norland Senate that the toll budget was a shambles.",
     "Arvo Pellik", "Norland Senate"),
    ("Green spokeswoman Ruth Adler visited Caldera on Monday. Later Ms Adler told the Norland Parliament that the "
     "ferry scheme would sink.", "Ruth Adler", "Norland Parliament"),
])
def test_the_opposition_telling_the_chamber_briefs_no_one(text, speaker, chamber):
    found = triples(extract(text))
    assert (speaker, "briefs", chamber) not in found, found


@pytest.mark.parametrize(("text", "speaker", "told"), [
    ("Finance Minister Arvo Pellik told the Norland Senate that the toll budget would balance.",
     "Arvo Pellik", "Norland Senate"),
    ("Shadow finance secretary Arvo Pellik told the Norland Senate finance committee that the tolls would rise.",
     "Arvo Pellik", "Norland Senate finance committee"),
    ("Shadow health secretary Ruth Adler told the Harbour Council that the clinic would close.",
     "Ruth Adler", "Harbour Council"),
])
def test_others_told_are_still_briefed(text, speaker, told):
    assert (speaker, "briefs", told) in triples(extract(text))
