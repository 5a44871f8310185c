"""A scenario told in the present after a clause of time that has not come ('Once the council returns, X asks Y to
...') is future, not asserted; told in the past it happened. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Once the council returns, Tom Reed asks Ann Vale to call an election.",
    "As soon as the council is back after the break, Tom Reed drives to the palace and asks Ann Vale to call an "
    "election.",
])
def test_a_present_after_a_time_to_come_is_future(text):
    records = facts(text)
    assert ("Tom Reed", "appealsTo", "Ann Vale", False, "future") in records, records
    assert ("Tom Reed", "appealsTo", "Ann Vale", False, "asserted") not in records, records


@pytest.mark.parametrize("text", [
    "Once the council returned, Tom Reed asked Ann Vale to call an election.",
    "Tom Reed asks Ann Vale to call an election.",
])
def test_a_past_or_plain_present_stays_asserted(text):
    records = facts(text)
    assert ("Tom Reed", "appealsTo", "Ann Vale", False, "asserted") in records, records
