"""Readings of business news that put in the graph what the sentence does not state. Sentences and names of our own.

- "tension between A and B" says there is friction, not that either criticises the other.
- a title as the adjective of a noun that is no post ("the government's chief witness") names no post.
- "the Siemens subsidiary" is another firm than Siemens: it speaks for no Siemens.
- what a state takes from a company named by a noun of business ("the mining firm X") is taken from no armed foe.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NOT_STATED = [
    ("Water rights on the lake are a source of tension between Chad and Niger.", ("Chad", "criticizes", "Niger")),
    ("Water rights on the lake are a source of tension between Chad and Niger.", ("Niger", "criticizes", "Chad")),
    ("Mr Okoro, a former bank clerk, is the government's chief witness at the fraud trial of Mr Dalby.",
     ("Okoro", "memberOf", "government")),
    ("Norvik Air regrets the delays caused by the storm, the Siemens subsidiary said in a statement.",
     ("Siemens", "commentsOn", "Norvik Air")),
    ("Russia seized control of the steel industry from the mining firm Halden Group.",
     ("Russia", "attacks", "Halden Group")),
]


@pytest.mark.parametrize("case", NOT_STATED, ids=[f"{s} {t}" for s, t in NOT_STATED])
def test_what_the_sentence_does_not_state_is_no_record(case):
    sentence, triple = case
    assert triple not in triples(extract(sentence), asserted_only=False)


def test_a_row_between_two_is_still_read():
    assert ("Chad", "criticizes", "Niger") in triples(extract("The pipeline caused a row between Chad and Niger."))


def test_a_title_before_a_post_still_names_it():
    assert ("Okoro", "employedBy", "Barclays") in triples(extract("Mr Okoro is Barclays' chief economist."))


def test_what_is_taken_from_an_armed_group_is_still_a_fight():
    assert ("Chad", "attacks", "Halden Front") in triples(
        extract("Chad seized the town from the rebel group Halden Front."))
