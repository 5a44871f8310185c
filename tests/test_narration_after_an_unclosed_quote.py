"""A quotation whose closing mark is missing runs on to the next mark; the sentences in it that come after the
article's own voice has taken over (a verb of saying of its own, "Coach Y said:", or the speaker's own name) and that
say nothing in the first or second person are the article's, and make no statement of the speaker; a paragraph of
quotation that goes on in the next, with no such narration in it, stays the speaker's. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _statements(text: str, speaker: str, target: str) -> set[str]:
    return {r.relation for r in extract(text) if r.subject.label.endswith(speaker) and r.object.label == target}


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ('Keeper Jan Ostrow said: "We will miss him. I have been sent off a few times too and it happens when your head '
     'goes for a second. Piet Rankin is set to play up front and will be joined by either Tim Mould or Ola Berg. '
     'Coach Arne Stig said: "Piet is a good option but we need another striker."', "Jan Ostrow", "Piet Rankin"),
    ('Winger Rui Falcao said: "The only worry is my knee but I think I have shown I am still fit. Falcao moved to '
     'Dunmore Rovers from Porto Azul in 2002. Coach Tomas Lind has picked him for every game since. "He soon learned '
     'how fast the league is," Lind said.', "Rui Falcao", "Tomas Lind"),
])
def test_narration_in_a_quotation_with_no_closing_mark_is_not_the_speakers(text, speaker, target):
    assert not _statements(text, speaker, target)


def test_a_paragraph_of_quotation_that_goes_on_in_the_next_stays_the_speakers():
    text = ('Coach Arne Stig said: "We were awful in the first half. "Piet Rankin had a fine game in goal. I am proud '
            'of the boys. "We go again on Sunday."')
    assert _statements(text, "Arne Stig", "Piet Rankin")
