"""Judgement a statement makes of an actor beyond the words of its predicate: the subject has none of what it needs
("has no grasp of the accounts", "has absolutely no clue how to run the port"), its deed is an instance of something
bad ("one more sign of a careless habit of wasted grants"), its time in office was marked by something bad ("marked
by broken pledges"), or the words that judge its deed judge it ("did a wonderful job", "caused chaos"); not a denied
clause, a lack of what was only not known ("no idea that the bridge had closed"), a plan not held ("no plans to
resign"), the news' topic ("marked by the war"), a business result ("made heavy losses"), a remark a clause of
contrast makes mixed ("a wonderful mayor, although he had sacked half the dockers"), nor what marks a third party an
"of" phrase or a deed's partner names. Sentences and names of our own (ontology/lexicon/tone.yaml)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_SPEAKER, _TARGET = "Ines Barros", "Olaf Brandt"


def _between(text: str) -> set[str]:
    """The relations of the records from Ines Barros to Olaf Brandt."""
    return {r.relation for r in extract(text) if r.subject.label == _SPEAKER and r.object.label == _TARGET}


@pytest.mark.parametrize(("text", "judgement"), [
    ('"Olaf Brandt plans to sell the ferry company and has absolutely no clue how to run the port without it," Ines '
     "Barros said.", "criticizes"),
    ("Councillor Ines Barros said Olaf Brandt had no grasp of the port accounts.", "criticizes"),
    ('"Olaf Brandt\'s decision to hire his cousin is one more sign of a careless habit of wasted grants," Ines Barros '
     "said.", "criticizes"),
    ("Councillor Ines Barros said Olaf Brandt's tenure had been marked by broken pledges and wasted money.",
     "criticizes"),
    ("Councillor Ines Barros said Olaf Brandt was dogged by scandal at the ferry board.", "criticizes"),
    ("Councillor Ines Barros said Olaf Brandt had done a wonderful job at the ferry board.", "praises"),
    ("Councillor Ines Barros said Olaf Brandt had made a terrible mess of the harbour budget.", "criticizes"),
    ("Councillor Ines Barros said Olaf Brandt had caused chaos at the ferry terminal.", "criticizes"),
])
def test_a_lack_an_instance_a_mark_or_a_deed_judges_the_actor(text, judgement):
    found = _between(text)
    assert judgement in found and "commentsOn" not in found, found


@pytest.mark.parametrize("text", [
    "Councillor Ines Barros said Olaf Brandt had no idea that the bridge had closed.",
    "Councillor Ines Barros said Olaf Brandt has no plans to resign from the ferry board.",
    "Councillor Ines Barros said Olaf Brandt's decision was not a sign of failure.",
    "Councillor Ines Barros said Olaf Brandt's decision was a sign of the collapse of the Norland junta.",
    "Councillor Ines Barros said Olaf Brandt's tenure had been marked by the war in the south.",
    '"Olaf Brandt will tackle poverty and crime in the valley," Ines Barros said.',
    "Councillor Ines Barros said Olaf Brandt had made a deal with the corrupt junta.",
    "Councillor Ines Barros said Olaf Brandt had done nothing wrong.",
    "Councillor Ines Barros said Olaf Brandt had not made a terrible mistake.",
    "Councillor Ines Barros said Olaf Brandt's firm made heavy losses last year.",
    "Councillor Ines Barros said Olaf Brandt had done a fine job at the port, although he had sacked half the dockers.",
    "Councillor Ines Barros said Olaf Brandt was a wonderful mayor, although he had sacked half the dockers.",
])
def test_a_denial_an_unknown_fact_a_topic_a_business_result_or_a_third_party_stays_a_comment(text):
    found = _between(text)
    assert "criticizes" not in found and "praises" not in found, found
