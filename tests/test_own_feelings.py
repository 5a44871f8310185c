"""He or she as the subject of a feeling ("said she was appalled") in a clause a named person reports is most
likely the speaker: when the speaker's first name says the other gender, the pronoun is left unresolved rather than
taken for a person of an earlier sentence (kg:FeelingWord). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

EARLIER = "Ruth Lane said the detention of the men was unfair. "


def test_a_feeling_of_a_speaker_named_as_the_other_gender_is_no_earlier_persons():
    text = EARLIER + "Clive Marsh, a lawyer for Tom Reed, said she was appalled that the police had arrested them."
    found = triples(extract(text), asserted_only=False)
    assert not [t for t in found if "Ruth Lane" in (t[0], t[2]) and "Clive Marsh" in (t[0], t[2])], found


def test_a_judgement_of_an_earlier_person_is_still_read():
    assert ("Tom Reed", "criticizes", "Ruth Lane") in triples(extract(EARLIER + "Tom Reed said she was wrong."))


def test_a_feeling_of_a_person_the_speaker_is_described_as_speaking_for_is_hers():
    text = "Ruth Lane resigned on Monday. Tom Reed, her spokesman, said she was disappointed and would meet Ann Dale."
    assert ("Ruth Lane", "meets", "Ann Dale") in triples(extract(text), asserted_only=False)
