"""Each word of a cue class is held once: the appointing verbs (kg:AppointingVerb) are role verbs that
kg:RoleVerb does not repeat, and the nouns of both a post and its office (kg:PostOfficeNoun) are in neither
kg:PostNoun nor kg:OfficeNoun; the code reads the union where both are meant (review of the merged change)."""

from __future__ import annotations

import pytest

from graph_builder.extract.roles import role_words
from graph_builder.vocab import load_lexicon


@pytest.mark.parametrize(("one", "other"), [
    ("RoleVerb", "AppointingVerb"),
    ("PostNoun", "OfficeNoun"),
])
def test_no_word_in_two_classes(one, other):
    cues = load_lexicon().cues
    assert not cues[one] & cues[other]


def test_the_code_reads_the_union():
    words = role_words(load_lexicon())
    assert {"appoint", "name", "elect", "install", "become"} <= words.role_verbs
    assert {"post", "office", "role", "job"} <= words.posts
