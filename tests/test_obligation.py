"""What a subject has to do is required, not done (kg:ObligationVerb): "X has to accept Y's offer" is intended; "X had
to accept Y's offer" reports what was done, and "X may have to" is possible. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("sentence", "subject", "relation", "modality"), [
    ("Tom Reed has to praise Ann Lee.", "Tom Reed", "praises", "intended"),
    ("The Harbour Trust has to recognise Ann Lee's value.", "Harbour Trust", "cooperatesWith", "intended"),
    ("\"But the Harbour Trust has to recognise Ann Lee's value and we want to settle this soon.\"", "Harbour Trust",
     "cooperatesWith", "intended"),
    ("Tom Reed has yet to thank Ann Lee.", "Tom Reed", "praises", "intended"),
    ("Tom Reed may have to praise Ann Lee.", "Tom Reed", "praises", "possible"),
    ("Tom Reed had to praise Ann Lee.", "Tom Reed", "praises", "asserted"),
    ("Tom Reed has praised Ann Lee.", "Tom Reed", "praises", "asserted"),
])
def test_what_one_has_to_do_is_not_yet_done(sentence, subject, relation, modality):
    records = {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2005-03-01")}
    assert records == {(subject, relation, "Ann Lee", modality)}, records
