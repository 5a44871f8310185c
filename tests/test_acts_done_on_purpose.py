"""Acts done on purpose in reported speech (ontology/newskg.ttl kg:Reproach "deliberately", "purposely",
"knowingly"): a speaker who says an actor does something deliberately or purposely reproaches it; a denied act ("had
not deliberately delayed") is a defence, no criticism. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

DONE = "Senator Ilse Varga said the Caldera Party had deliberately delayed the harbour report."


def _kinds(text: str, target: str = "Caldera Party") -> set[str]:
    """The asserted relations from Ilse Varga to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Ilse Varga" and r.object.label == target and r.asserted}


@pytest.mark.parametrize("text", [
    DONE,
    "Senator Ilse Varga said the Caldera Party was purposely muddling the ferry figures.",
])
def test_an_act_done_on_purpose_criticizes_the_actor(text):
    assert "criticizes" in _kinds(text)


def test_an_act_denied_to_be_on_purpose_is_no_criticism():
    assert "criticizes" in _kinds(DONE)  # the rule this case bounds
    assert "criticizes" not in _kinds(DONE.replace("had deliberately", "had not deliberately"))
