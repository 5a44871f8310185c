"""A name that a sentence says is a work ("Harbour Lights is a gripping film", "the new series Nightwatch", "the chip
Blaze") names a work in its document, no actor one comments on (gazetteer.json ``work_nouns``,
entities.mentions.works_named); a name said to be a person stays an actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, work", [
    ("\"Harbour Lights is a gripping film, but it drags,\" said critic Jane Hale.", "Harbour Lights"),
    ("\"Harbour Lights is a gripping movie,\" Jane Hale told reporters.", "Harbour Lights"),
    ("Jane Hale said Redwater was the best album of the year.", "Redwater"),
    ("Warner said its new series Nightwatch would be shown in March.", "Nightwatch"),
    ("Kestrel said its new chip Blaze would run at twice the speed.", "Blaze"),
])
def test_a_work_is_no_actor_commented_on(text, work):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not [r for r in records if work in (r[0], r[2])], records


def test_a_person_said_to_be_the_best_stays_an_actor():
    records = triples(extract("Jane Hale said Tom Barrow was the best actor of the year.", date="2026-01-05"))
    assert ("Jane Hale", "praises", "Tom Barrow") in records, records  # the best: praise, by the clause's tone
