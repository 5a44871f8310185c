"""A name the parser hung in apposition to the place of a phrase opening the sentence ("At a rally in Eastport,
Ms Dorsey said ...": "Dorsey" an appositive of "Eastport", "said" with no subject) is the verb's subject, so the
speaker and her quotation are kept. The parse is built by hand: the model makes it for some names only."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph_builder.extract.arguments import subject_tokens

WORDS = ["At", "a", "rally", "in", "Eastport", ",", "Ms", "Dorsey", "said", "Mr", "Hale", "'s", "party", "had",
         "failed", "."]
POS = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PART", "NOUN",
       "AUX", "VERB", "PUNCT"]
MISREAD = ([8, 2, 0, 2, 3, 4, 7, 4, 8, 10, 12, 10, 14, 14, 8, 8],
           ["prep", "det", "pobj", "prep", "pobj", "punct", "compound", "appos", "ROOT", "compound", "poss", "case",
            "nsubj", "aux", "ccomp", "punct"])


def parsed(heads: list[int], deps: list[str], words: list[str] = WORDS) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=POS)


def test_a_name_hung_on_the_opening_place_is_the_subject(lexicon):
    doc = parsed(*MISREAD)
    assert [t.text for t in subject_tokens(doc[8], lexicon)[0]] == ["Dorsey"]


@pytest.mark.parametrize(("heads", "deps"), [
    # the name has its own subject's place: nothing is read from the opening phrase
    ([8, 2, 0, 2, 3, 8, 7, 8, 8, 10, 12, 10, 14, 14, 8, 8],
     ["prep", "det", "pobj", "prep", "pobj", "punct", "compound", "nsubj", "ROOT", "compound", "poss", "case",
      "nsubj", "aux", "ccomp", "punct"]),
])
def test_a_stated_subject_is_kept(lexicon, heads, deps):
    assert [t.text for t in subject_tokens(parsed(heads, deps)[8], lexicon)[0]] == ["Dorsey"]


def test_an_appositive_with_no_comma_before_it_is_no_subject(lexicon):
    words = [w if w != "," else "and" for w in WORDS]
    doc = Doc(Vocab(), words=words, heads=MISREAD[0], deps=MISREAD[1],
              pos=[p if w != "and" else "CCONJ" for p, w in zip(POS, words, strict=True)])
    assert subject_tokens(doc[8], lexicon)[0] == []
