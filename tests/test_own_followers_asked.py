"""A request to the asker's own followers ("urged its voters to back Y") is the asker's own act through them: it
backs Y, as intended; asked of another actor ("urged Labour to back Y") it stays a request to that actor. Names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

BACKED = [
    ("The Green Alliance urged its voters to back Rosa Lind.", (False, "intended")),
    ("The Green Alliance asked its members to support Rosa Lind.", (False, "intended")),
    ("The Green Alliance urged its voters not to back Rosa Lind.", (True, "intended")),
]


def support(sentence: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == "supports"]


@pytest.mark.parametrize(("sentence", "polar"), BACKED, ids=[s for s, _ in BACKED])
def test_asking_ones_own_followers_to_back_someone_backs_them(sentence, polar):
    assert support(sentence) == [("Green Alliance", "Rosa Lind", *polar)]


def test_asking_another_actor_stays_a_request():
    found = extract("The Green Alliance urged Labour to back Rosa Lind.")
    assert [(r.subject.label, r.relation, r.object.label) for r in found] == [
        ("Green Alliance", "appealsTo", "Labour Party")]
