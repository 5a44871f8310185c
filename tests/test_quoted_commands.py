"""A command quoted to an actor asks something of it: 'told Y: "Give the workers their pay"' is an appeal, as
'told Y to give ...' is; what Y is told as news is a briefing. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text, speaker, told", [
    ('Lena Hart told Tom Reed: "Give the workers their pay."', "Lena Hart", "Tom Reed"),
    ("End the blockade, Vardia tells Norland", "Vardia", "Norland"),
    ('Vardia told Norland: "Open the border crossings now."', "Vardia", "Norland"),
    ('Lena Hart told Tom Reed: "Don\'t raise the fares again."', "Lena Hart", "Tom Reed"),
])
def test_a_quoted_command_is_an_appeal(text, speaker, told):
    records = facts(text)
    assert (speaker, "appealsTo", told, False, "asserted") in records, records
    assert not any(r[1] == "briefs" for r in records), records


@pytest.mark.parametrize("text", [
    'Lena Hart told Tom Reed: "The plan will go ahead."',
    'Lena Hart told Tom Reed that the plan would go ahead.',
    'Lena Hart told Tom Reed: "I do not know the answer."',
])
def test_news_told_is_a_briefing(text):
    records = facts(text)
    assert ("Lena Hart", "briefs", "Tom Reed", False, "asserted") in records, records
    assert not any(r[1] == "appealsTo" for r in records), records
