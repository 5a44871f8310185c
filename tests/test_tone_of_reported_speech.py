"""The tone of reported speech: a statement about an actor whose own clause clearly judges it ("X said Y had handled
the floods badly", "X said she was pleased Y would join") criticizes (CAMEO 111) or praises (051) it, scored with
VADER's valence lexicon and the thresholds of ontology/lexicon/tone.yaml; a clause that speaks of the news' topic,
of the actor's feelings, of what the actor faces, or judges only a clause inside it, stays a comment. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _between(text: str) -> set[tuple[str, str]]:
    """(relation, CAMEO code) of the records from Ana Ruiz to Tom Hale."""
    return {(r.relation, r.cameo_code) for r in extract(text)
            if r.subject.label == "Ana Ruiz" and r.object.label == "Tom Hale"}


_CRITICIZES, _PRAISES = ("criticizes", "111"), ("praises", "051")


@pytest.mark.parametrize(("text", "judgement"), [
    ("Senator Ana Ruiz said Governor Tom Hale had handled the floods badly.", _CRITICIZES),
    ("Senator Ana Ruiz said Governor Tom Hale was not good enough to run the port.", _CRITICIZES),
    ('"Governor Tom Hale is a lousy negotiator," Senator Ana Ruiz said. "Tom Hale has been a weak and pitiful leader."',
     _CRITICIZES),
    ("Senator Ana Ruiz said she was pleased that Governor Tom Hale would join the talks.", _PRAISES),
    ("Senator Ana Ruiz said Governor Tom Hale would serve the port better as mayor.", _PRAISES),
    ('Senator Ana Ruiz said: "Governor Tom Hale is a good man and a wonderful mayor."', _PRAISES),
])
def test_a_clearly_negative_or_positive_clause_about_an_actor_judges_it(text, judgement):
    assert judgement in _between(text)


# Clauses that speak of the news' topic, of the actor's feelings or ties, of what it faces or what befalls it, that
# judge only a clause inside them, or with a mild word, a denied blame, a manner of force, or an adverb before a denial.
_COMMENTS = (
    "Senator Ana Ruiz said Governor Tom Hale had spoken about crime and poverty in the port.",
    "Senator Ana Ruiz said Governor Tom Hale was safe after the storm.",
    "Senator Ana Ruiz said Governor Tom Hale was angry about the vote.",
    "Senator Ana Ruiz said Governor Tom Hale faced a terrible choice.",
    "Senator Ana Ruiz said Governor Tom Hale would decide after the awful storm that wrecked the port had passed.",
    "Senator Ana Ruiz said Governor Tom Hale was not wrong about the ferry.",
    "Senator Ana Ruiz said Governor Tom Hale was ready to sign the deal.",
    "Senator Ana Ruiz said she was glad Governor Tom Hale had been shamed into quitting.",
    "Senator Ana Ruiz said Governor Tom Hale's resignation was a good opportunity for the party.",
    "Senator Ana Ruiz said Governor Tom Hale had cleverly not asked about the fees.",
    "Senator Ana Ruiz said she and Governor Tom Hale became friends at college.",
    "Senator Ana Ruiz said Governor Tom Hale had fought the smugglers aggressively.",
    "Senator Ana Ruiz said Governor Tom Hale was found guilty of taking bribes from the ferry firm.",
    "Senator Ana Ruiz said Tom Hale was much more interested in the harbour than in the airport.",
    "Senator Ana Ruiz said she was confident that Governor Tom Hale would be cleared by the ethics board.",
    "Senator Ana Ruiz said she was disappointed that Governor Tom Hale was leaving the port.",
    "Senator Ana Ruiz said Governor Tom Hale had not governed at all badly.",
    "Senator Ana Ruiz said Governor Tom Hale was desperate to be home for the vote.",
)


@pytest.mark.parametrize("text", _COMMENTS)
def test_topic_feelings_objects_inner_clauses_and_mild_words_leave_a_comment(text):
    found = _between(text)
    assert ("commentsOn", "010") in found
    assert not {relation for relation, _ in found} & {"criticizes", "praises"}
