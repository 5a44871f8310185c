"""A clause of contrast or a "but" about another (a subject of its own that is a noun or a name) does not make a
remark about an actor mixed: "while the answer is more nurses, Y wants to hire clerks who cannot treat anyone" still
criticizes Y, "Y is a fine mayor, but the traders want more" still praises Y. One about the actor itself ("although
he sacked the dockers") leaves a mixed remark, no judgement. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_a_contrast_about_another_leaves_the_judgement():
    found = facts("Arvo Pellik said that while the answer was more nurses, Tomas Varga wanted to hire 5,000 clerks "
                  "who cannot treat anyone.")
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in found, found


def test_a_but_about_another_leaves_the_praise():
    found = facts("Arvo Pellik said: \"Tomas Varga is a great governor who has rebuilt the harbour, but the traders "
                  "of Caldera want more.\"")
    assert ("Arvo Pellik", "praises", "Tomas Varga", False, "asserted") in found, found


def test_a_contrast_about_the_actor_is_a_mixed_remark():
    found = facts("Arvo Pellik said Tomas Varga had done a fine job, although he sacked half the dockers.")
    assert not any(relation in ("praises", "criticizes") for _, relation, _, _, _ in found), found
