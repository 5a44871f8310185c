"""The places of a document's tokens by part of speech (``Tokens.places_with_pos``), read by the rules that need
no Token: the places of the tokens ``Tokens.with_pos`` finds, in text order."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph_builder.entities.tokens import Tokens

_WORDS = ["Minister", "Arvo", "Pellik", "met", "the", "envoy", "of", "Caldera", "in", "Norland", "."]
_POS = ["PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]


def test_places_with_pos_are_the_places_of_the_tokens_found_in_text_order():
    tokens = Tokens.of(Doc(Vocab(), words=_WORDS, pos=_POS))
    assert tokens.places_with_pos("PROPN", "NOUN") == [0, 1, 2, 5, 7, 9]
    assert tokens.places_with_pos("NOUN", "PROPN") == [token.i for token in tokens.with_pos("NOUN", "PROPN")]


def test_places_with_pos_of_a_part_of_speech_the_document_lacks_are_none():
    assert Tokens.of(Doc(Vocab(), words=_WORDS, pos=_POS)).places_with_pos("PRON") == []
