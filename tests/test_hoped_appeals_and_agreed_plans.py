"""What a quotation or a statement does is its relation, not a bare briefing or cooperation (issue 14, blind
readings of BBC politics records): 'X told Y: "I hope you can take firm action"' asks Y to act (appealsTo), also
with the quotation before the verb of telling ('"You must apologise," X told Y' demands of Y); agreeing with what
Y proposes ("agreed with Y's plans") endorses Y (praises), where agreeing with Y itself is cooperation. A wish
about what happened, and a hope voiced of a third person, ask nothing. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def _relations(text: str, subject: str, obj: str) -> set[str]:
    return {r[1] for r in facts(text) if r[0] == subject and r[2] == obj and not r[3]}


@pytest.mark.parametrize("text", [
    '"I hope you can now take firm action to stop these leaks," Tom Hadley told Anna Kerrigan.',
    'Tom Hadley told Anna Kerrigan: "I hope you will take firm action to stop these leaks."',
    '"We trust you could settle the dispute quickly," Tom Hadley told Anna Kerrigan.',
])
def test_a_hope_that_the_one_told_will_act_is_an_appeal(text):
    found = _relations(text, "Tom Hadley", "Anna Kerrigan")
    assert "appealsTo" in found and "briefs" not in found, found


def test_a_quotation_before_the_verb_of_telling_addresses_the_one_told():
    found = _relations('"You must apologise to the voters," Tom Hadley told Anna Kerrigan.', "Tom Hadley",
                       "Anna Kerrigan")
    assert "demands" in found, found


@pytest.mark.parametrize("text, told", [
    ('Tom Hadley wrote to Anna Kerrigan: "I hope you enjoyed the trip."', "Anna Kerrigan"),
    ('"Anna Kerrigan hopes you can help," Tom Hadley told Ruth Pennock.', "Ruth Pennock"),
])
def test_a_wish_or_a_third_persons_hope_asks_nothing(text, told):
    found = _relations(text, "Tom Hadley", told)
    assert "appealsTo" not in found, found


@pytest.mark.parametrize("text, subject, obj", [
    ("The Harbour Workers Union agreed with the Green Alliance's plans for a ferry levy.", "Harbour Workers Union",
     "Green Alliance"),
    ("The Kestrel Teachers Association said it broadly agreed with the Norland Party's proposal to close "
     "small schools.", "Kestrel Teachers Association", "Norland Party"),
])
def test_agreeing_with_what_another_proposes_endorses_it(text, subject, obj):
    found = _relations(text, subject, obj)
    assert "praises" in found and "cooperatesWith" not in found, found


def test_agreeing_with_another_itself_is_cooperation():
    found = _relations("The Harbour Workers Union agreed with the Green Alliance on the ferry levy.",
                       "Harbour Workers Union", "Green Alliance")
    assert found == {"cooperatesWith"}, found
