"""A speaker named after a quotation, before the verb of saying ('"...," Arvo Pellik said'): the model may take the
name for a work's title, as it may the first words of a quotation; the name is the speaker's all the same, as it is
after the verb ('"...," said Arvo Pellik'). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "\"Tomas Varga has let the harbour down,\" Arvo Pellik said.",
    "\"Tomas Varga has let the harbour down,\" Arvo Pellik told reporters in Caldera.",
])
def test_a_speaker_after_the_quotation_voices_its_criticism(text):
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in facts(text)


def test_the_name_after_a_quotation_is_no_title_while_a_quoted_title_stays_one():
    from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
    from graph_builder.vocab import load_lexicon

    nlp = load_pipeline(DEFAULT_MODEL, load_lexicon())
    after = nlp('"The ferry will sail on Monday," Arvo Pellik said.')
    assert not any(e.label_ == "WORK_OF_ART" for e in after.ents), [(e.text, e.label_) for e in after.ents]
    title = nlp('Arvo Pellik read "The Harbour Story" on Monday.')
    assert ("The Harbour Story", "WORK_OF_ART") in [(e.text, e.label_) for e in title.ents]
