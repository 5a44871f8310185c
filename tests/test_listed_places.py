"""A place named in a list of names after an organisation's name is no place of it (issue 14): in "the mills were
Tarn Garments, Peru Hats and Sunset Landmark" the last is a mill of its own, no modifier of "Tarn Garments"; a
nationality word before a noun still modifies it ("the British and French papers")."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph_builder.extract.roles import _premodifier


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_place_listed_after_a_name_modifies_no_name_before_it():
    doc = parsed(["the", "mills", "were", "Tarn", "Garments", ",", "Peru", "Hats", "and", "Sunset", "Landmark", "."],
                 [1, 2, 2, 4, 2, 4, 7, 4, 7, 10, 7, 2],
                 ["det", "nsubj", "ROOT", "compound", "attr", "punct", "compound", "conj", "cc", "compound", "conj",
                  "punct"],
                 ["DET", "NOUN", "AUX", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN",
                  "PUNCT"])
    assert not _premodifier(doc[9], doc[4])
    assert _premodifier(doc[3], doc[4])


def test_a_nationality_word_before_a_noun_modifies_it():
    doc = parsed(["the", "British", "and", "French", "papers"], [4, 4, 1, 1, 4],
                 ["det", "amod", "cc", "conj", "ROOT"], ["DET", "ADJ", "CCONJ", "ADJ", "NOUN"])
    assert _premodifier(doc[1], doc[4])


def test_a_country_before_common_nouns_listed_after_a_name_is_its_place():
    doc = parsed(["Velcor", "and", "other", "US", "firms"], [0, 0, 4, 4, 0],
                 ["ROOT", "cc", "amod", "compound", "conj"], ["PROPN", "CCONJ", "ADJ", "PROPN", "NOUN"])
    assert _premodifier(doc[3], doc[0])


def test_a_place_strung_by_commas_after_a_name_may_be_its_address():
    doc = parsed(["2nd", "Company", ",", "Fort", "Tarn", ",", "Velmark"], [1, 1, 1, 4, 1, 4, 4],
                 ["amod", "ROOT", "punct", "compound", "conj", "punct", "appos"],
                 ["ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"])
    assert _premodifier(doc[3], doc[1])
