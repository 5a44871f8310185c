"""An event a verb weighs (kg:Possible: "is considering a visit to Y", "mulling talks with Y", "contemplating an
attack on Y") may happen: possible, not asserted; a verb that judges the event is no weighing ("considered the visit
a success": the visit took place). "is poised to" announces the event (kg:Future), as "is set to" does. Names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(sentence: str, relation: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind is considering a visit to Chile.", "visits", ("Rosa Lind", "Chile", False, "possible")),
    ("The Green Party is mulling talks with Omar Vance.", "meets", ("Green Party", "Omar Vance", False, "possible")),
    ("Rosa Lind is contemplating a trip to Chile next year.", "visits", ("Rosa Lind", "Chile", False, "possible")),
    ("Rosa Lind is poised to join the Green Party.", "memberOf", ("Rosa Lind", "Green Party", False, "future")),
])
def test_a_weighed_or_imminent_event_is_not_asserted(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind considered the visit to Chile a success.", "visits", ("Rosa Lind", "Chile", False, "asserted")),
    ("The council considered Chile's invasion of Peru on Monday.", "attacks", ("Chile", "Peru", False, "asserted")),
])
def test_a_judged_or_discussed_event_took_place(sentence, relation, expected):
    assert records(sentence, relation) == [expected]
