"""A group's word (no country's nor party's: "Jewish", "Asian", "Islamic") names the group before a community noun
("the Jewish community", "Muslim leaders"), a collective actor's noun or a title; before any other noun it only
describes a thing, and said of someone it is no actor either (gazetteer community_nouns)."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def _labels(text: str) -> set[str]:
    return {m.entity.label for r in process([Document(id="g", text=text, source="<test>")]) for m in r.mentions}


@pytest.mark.parametrize("text, word", [
    ("Mr Corran praised the relief effort after the Asian earthquake last winter.", "Asian"),
    ("Ms Penhale said Muslim, Jewish and Christian schools would share the new grant.", "Muslim"),
    ("Ms Penhale said Muslim, Jewish and Christian schools would share the new grant.", "Jewish"),
    ("Ms Penhale, who is Catholic, wrote to the bishop about the hospice.", "Catholic"),
    ("Mr Corran apologised for wearing a Nazi armband at the fancy-dress ball.", "Nazi"),
])
def test_a_group_word_that_only_describes_names_no_actor(text, word):
    assert word not in _labels(text)


@pytest.mark.parametrize("sentence, group, target", [
    # the community is named by its noun (tests/test_community_named_by_a_group_word.py)
    ("The Jewish community condemned Mr Corran's remarks about the cemetery.", "Jewish community", "Corran"),
    ("Muslim leaders condemned Mr Corran over the leaflet.", "Muslim", "Corran"),
])
def test_a_group_word_before_a_community_noun_is_the_group(sentence, group, target):
    assert (group, "criticizes", target) in triples(extract(sentence))
