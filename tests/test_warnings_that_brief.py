"""A warning with a clause of what may happen briefs its object of a danger, whoever the clause's doer: the
pronoun of "warned Y that it could face sanctions" may be either side, and "that it could face bankruptcy" is no
threat at all. Asking whether someone will act is no appeal. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def relations(sentence: str) -> list[tuple[str, str, str]]:
    return [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)
            if r.relation in ("threatens", "briefs", "appealsTo")]


@pytest.mark.parametrize("sentence", [
    "Paraguay warned Bolivia that the talks could fail.",
    "Paraguay warned Bolivia that it could face bankruptcy within months.",
    "Paraguay warned Bolivia that its farmers might lose their harvest.",
])
def test_a_warning_of_a_danger_briefs(sentence):
    assert relations(sentence) == [("Paraguay", "briefs", "Bolivia")]


def test_asking_whether_someone_will_act_is_no_appeal():
    assert relations("Senator Ida Brandt asked Carl Moe whether he would resign.") == []
