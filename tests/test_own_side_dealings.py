"""A state and its own organs are one side, and deal with no one when they speak of it (issue 14, blind readings of
BBC politics records): a seat of government announcing what its state does ("Britain will send engineers,
Downing Street said") makes no comment on the state, and a minister the archive says serves a state (in two
articles or more) neither comments on it, nor cooperates with it by defending it, nor meets it. A judgement of the
state stays, and so do the comments of a seat of government on another country, and of a politician who serves no
government. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples

ARCHIVE = {
    "a1": "Home Secretary Ruth Pennock will publish her plans on Wednesday, aides said.",
    "a2": "Home Secretary Ruth Pennock visited a prison in Leeds.",
}
ARTICLES = {
    "seat": "Britain will send 200 engineers to help flood victims in Ghana, Downing Street said.",
    "kremlin": "Russia will send a team of doctors to Chile, the Kremlin said on Monday.",
    "seat_abroad": "Downing Street said France had agreed to the plan.",
    "says": "Ruth Pennock said Britain would never again accept such high interest rates.",
    "defends": "Ms Pennock defended Britain's record on trade in a speech in Paris.",
    "judges": "Ruth Pennock criticised Britain's record on housing.",
    "opposition": "Opposition leader Tom Hadley said Britain needed lower taxes.",
    "in_article": "Foreign Secretary Anna Kerrigan defended Britain's record on trade in a speech in Oslo.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    return archive_triples(tmp_path_factory.mktemp("own_side"), {**ARCHIVE, **ARTICLES})


@pytest.mark.parametrize("doc, subject, state", [
    ("seat", "Downing Street", "United Kingdom"),
    ("kremlin", "Kremlin", "Russia"),
    ("says", "Ruth Pennock", "United Kingdom"),
    ("defends", "Ruth Pennock", "United Kingdom"),
    ("in_article", "Anna Kerrigan", "United Kingdom"),
])
def test_one_side_deals_not_with_its_own_state(found, doc, subject, state):
    dealings = {t for t in found[doc] if t[0] == subject and t[2] == state}
    assert not dealings, dealings


@pytest.mark.parametrize("doc, record", [
    ("seat_abroad", ("Downing Street", "commentsOn", "France")),
    ("judges", ("Ruth Pennock", "criticizes", "United Kingdom")),
    ("opposition", ("Tom Hadley", "commentsOn", "United Kingdom")),
])
def test_judgements_and_other_sides_stay(found, doc, record):
    assert record in found[doc], found[doc]
