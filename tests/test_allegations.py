"""A verb of allegation (kg:AllegationVerb) charges the doer of its reported clause with a wrong: the speaker accuses
that actor (accuses, CAMEO 112), where a plain verb of saying only comments on it; not the one a passive clause is
done to. Only a wrong is charged: a clause that judges its doer with a word of kg:Disapproval ("had misled"), has a
verb of a conflict relation ("had charged", "had threatened") or one the lexicon does not know ("had rigged the
vote"); an allegation of an act of cooperation ("had met Ana Ruiz") is a statement. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ALLEGED = {
    "The inquiry began after the Lima Herald alleged Norcom Holdings had charged clients for access to ministers.":
        ("Lima Herald", "Norcom Holdings"),
    "Senator Ilse Varga alleged that Tomas Reyes had misled the harbour board.": ("Ilse Varga", "Tomas Reyes"),
    "Senator Ilse Varga alleged that Tomas Reyes had threatened Ana Ruiz.": ("Ilse Varga", "Tomas Reyes"),
    # what the lexicon does not know is charged as a wrong: only an act of cooperation is neutral
    "Senator Ilse Varga alleged that Tomas Reyes had rigged the harbour board vote.": ("Ilse Varga", "Tomas Reyes"),
    "Senator Ilse Varga alleged that Tomas Reyes had been corrupt.": ("Ilse Varga", "Tomas Reyes"),
}


def _found(sentence: str) -> set[tuple[str, str, str, str | None]]:
    return {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence) if r.asserted}


@pytest.mark.parametrize("sentence", list(ALLEGED))
def test_an_allegation_accuses_the_doer(sentence):
    speaker, accused = ALLEGED[sentence]
    found = _found(sentence)
    assert (speaker, "accuses", accused, "112") in found, found
    assert (speaker, "commentsOn", accused, "010") not in found, found


def test_one_done_to_in_an_allegation_is_not_accused():
    found = _found("Senator Ilse Varga alleged that Tomas Reyes had been beaten by the harbour guards.")
    assert not any(relation == "accuses" and obj == "Tomas Reyes" for _, relation, obj, _ in found), found
    assert ("Ilse Varga", "accuses", "Tomas Reyes", "112") in _found(
        "Senator Ilse Varga alleged that Tomas Reyes had misled the harbour board.")


@pytest.mark.parametrize("sentence", [
    "Senator Ilse Varga alleged that Tomas Reyes had met Ana Ruiz in Lima.",
    "Senator Ilse Varga alleged that Tomas Reyes had visited the harbour office twice.",
])
def test_an_allegation_of_a_neutral_act_accuses_nobody(sentence):
    found = _found(sentence)
    assert not any(relation == "accuses" for _, relation, _, _ in found), found


def test_the_judgements_of_a_document_are_read_once_for_allegations_and_voiced_criticism(monkeypatch):
    from graph_builder.extract import polarity

    read, denied_merits = [], polarity._denied_merits

    def reading(tokens, lexicon):
        read.append(len(tokens))
        return denied_merits(tokens, lexicon)

    monkeypatch.setattr(polarity, "_denied_merits", reading)  # the last part of each reading of the judgements
    found = _found("Senator Ilse Varga alleged that Tomas Reyes had misled the harbour board.")
    assert ("Ilse Varga", "accuses", "Tomas Reyes", "112") in found
    assert len(read) == 1
