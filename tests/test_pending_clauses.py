"""A clause of "until" or "before" (kg:PendingConjunction) under a clause in the present or under a modal has not
happened yet: "we cannot comment until X have told us" is future, not asserted; under a past tense it happened.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("sentence", "expected"), [
    ("\"We cannot sign him until Velcorp have briefed us,\" said a Harbour Trust spokesman.",
     ("Velcorp", "briefs", "Harbour Trust", "future")),
    ("\"Velcorp is not in a position to say more until the Harbour Trust has briefed us,\" said a Velcorp spokesman.",
     ("Harbour Trust", "briefs", "Velcorp", "future")),
    ("Tom Reed wants a deal before Ann Lee meets Jim Dale.", ("Ann Lee", "meets", "Jim Dale", "future")),
    ("Tom Reed will not sign until Ann Lee meets Jim Dale.", ("Ann Lee", "meets", "Jim Dale", "future")),
    ("Tom Reed waited until Ann Lee met Jim Dale.", ("Ann Lee", "meets", "Jim Dale", "asserted")),
    ("Tom Reed left before Ann Lee met Jim Dale.", ("Ann Lee", "meets", "Jim Dale", "asserted")),
])
def test_what_is_waited_for_has_not_happened(sentence, expected):
    records = {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2005-03-01")}
    assert expected in records, records
