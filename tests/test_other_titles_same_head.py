"""A description by a title is not a holder of another title with the same head word and a word of its own: "the
attorney general" is not "Solicitor General Ana Ruiz" (a longer title that holds the description's words is:
"Foreign Minister Ana Ruiz ... the minister"). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_the_attorney_general_is_not_the_solicitor_general():
    found = triples(extract("The answer was drafted with the help of Solicitor General Ana Ruiz. "
                            "The attorney general met the prime minister on Monday."), asserted_only=False)
    assert not any(subject == "Ana Ruiz" for subject, _, _ in found), found


def test_a_longer_title_with_the_words_of_the_description_is_its_holder():
    found = triples(extract("Foreign Minister Ana Ruiz arrived in Lima. The minister met Tom Hale."))
    assert ("Ana Ruiz", "meets", "Tom Hale") in found, found
