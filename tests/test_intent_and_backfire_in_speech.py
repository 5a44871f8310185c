"""Words of kg:Reproach and kg:Disapproval added for issue 14 (ontology/newskg.ttl): a speaker who says an actor
does something "deliberately" or "purposely" reproaches it, one who says its plan "backfired" or calls its rules
"outdated" criticizes it; a denied act ("had not deliberately misled") is a defence, no criticism. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _kinds(text: str, target: str = "Caldera Party") -> set[str]:
    """The asserted relations from Ilse Varga to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Ilse Varga" and r.object.label == target and r.asserted}


@pytest.mark.parametrize("text", [
    "Senator Ilse Varga said the Caldera Party was deliberately muddling the ferry figures.",
    "Senator Ilse Varga said the Caldera Party had purposely delayed the harbour report.",
])
def test_an_act_done_on_purpose_criticizes_the_actor(text):
    assert "criticizes" in _kinds(text)


def test_an_act_denied_to_be_on_purpose_is_no_criticism():
    done = "Senator Ilse Varga said the Caldera Party had deliberately delayed the harbour report."
    assert "criticizes" in _kinds(done)
    assert "criticizes" not in _kinds(done.replace("had deliberately", "had not deliberately"))


@pytest.mark.parametrize("text", [
    "Senator Ilse Varga said the Caldera Party's toll plan had backfired on the valley towns.",
    "Senator Ilse Varga described the Caldera Party's ferry code as an outdated relic.",
])
def test_a_plan_that_backfired_or_rules_called_outdated_criticize_the_actor(text):
    assert "criticizes" in _kinds(text)
