"""A title that is the possessor of a noun of its office (kg:OfficeNoun: "the home secretary's role and office",
"the home secretary's powers") or follows its "of" ("the duties of the home secretary") speaks of the office, not
of the person the document names with that title elsewhere: the sentence gives that person no role and no act. The
holder's plans, or a part the holder played "in" something, are still the holder's. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

NAMED = "Home Secretary Ann Reed visited Leeds on Monday. "


def _of_second_sentence(text: str) -> set[tuple[str, str, str]]:
    second = text[len(NAMED):]
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2026-01-05")
            if r.evidence.sentence == second}


@pytest.mark.parametrize("sentence", [
    "Tom Hale said the home secretary's role and office must be protected.",
    "The home secretary's powers over police budgets will be curbed next year.",
    "Tom Hale said the duties of the home secretary were too many.",
    "Tom Hale criticised the home secretary's powers.",
])
def test_the_office_spoken_of_is_no_mention_of_its_holder(sentence):
    found = _of_second_sentence(NAMED + sentence)
    assert not any("Ann Reed" in (s, o) for s, _, o in found), found


@pytest.mark.parametrize("sentence", [
    "Tom Hale praised the home secretary's latest proposals.",
    "Tom Hale praised the home secretary's role in the talks.",
])
def test_the_holders_own_doings_are_still_the_holders(sentence):
    found = _of_second_sentence(NAMED + sentence)
    assert ("Tom Hale", "praises", "Ann Reed") in found, found
