"""A name ending in "Convention" names a treaty or a gathering, a thing written or held (gazetteer event_words, as
"Treaty" and "Act" do), no actor: it comments on nothing, is commented on by no one and warns no one."""

from __future__ import annotations

import pytest

from tests.conftest import extract

TEXTS = ["Senator Dana Holm said the Velmar Convention protected free speech.",
         "The Convention warned Peru on Monday."]


@pytest.mark.parametrize("text", TEXTS)
def test_a_convention_is_no_actor(text):
    ends = {label for r in extract(text) for label in (r.subject.label, r.object.label)}
    assert not [label for label in ends if label.endswith("Convention")], ends
