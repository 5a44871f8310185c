"""Players and teams (senses.yaml's actor class "competitor": actors the document names anywhere by a noun of play,
"top seed Anna Vale", "Redford striker Tom Barrow", "Premiership side Redford", or as a side of a result, "Redford
beat Kelso 3-0", or by a name with a plural verb, "Redford travel to") meet, host, visit, join, force, give way
to and clash with one another in games and transfers: no meeting, visit, coercion, yielding nor quarrel. A player
meeting anyone else, and anyone else's meetings and visits, stay events. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, relation", [
    ("Top seed Anna Vale beat Rosa Kent 6-2 6-1 on Tuesday. Vale now meets Hungarian qualifier Eva Tamas.", "meets"),
    ("Redford striker Tom Barrow scored twice on Saturday. Redford travel to Kingsport next week.", "visits"),
    ("Rosa Kent beat Ann Vale 6-3 6-4 on Tuesday, and Eva Tamas beat Lena Ruiz 6-1 6-0. Kent now meets Tamas.",
     "meets"),
    ("Redford beat Kelso 3-0 on Saturday. Redford travel to Kingsport next week.", "visits"),
    ("Redford travel to Kingsport next week to take on Kelso.", "visits"),
    ("Kelso midfielder Tom Barrow joins Redford from Dunmore. Redford have signed him until May.", "meets"),
    ("Redford striker Tom Barrow forced Kelso keeper Jim Dale to save twice.", "coerces"),
    ("Kelso striker Tom Barrow gave way to Redford midfielder Jim Dale after an hour.", "yieldsTo"),
    ("Top seed Ann Vale beat Rosa Kent 6-1 6-2. Kent gave way to Vale after an hour.", "yieldsTo"),
    ("Redford face a trip to Kingsport in the next round.", "visits"),
    ("Olympic champion Ann Hale won gold in 2004. Hale flew to Canada on Monday.", "visits"),
    ("Redford striker Tom Barrow is fit. In June, Redford will host Dunmore and Kelso, the two Premiership clubs.",
     "meets"),
    ("Redford striker Tom Barrow scored twice. Redford's clash with Premiership club Dunmore was postponed.",
     "criticizes"),
])
def test_play_between_competitors_is_no_event(text, relation):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not [r for r in records if r[1] == relation], records


@pytest.mark.parametrize("text, expected", [
    ("Redford striker Tom Barrow met club chairman Jim Dale on Monday.", ("Tom Barrow", "meets", "Jim Dale")),
    ("Minister Ann Hale travelled to Kingsport on Monday.", ("Ann Hale", "visits", "Kingsport")),
    ("Minister Ann Hale met Governor Jim Dale on Monday.", ("Ann Hale", "meets", "Jim Dale")),
    ("Labour are ahead in the polls. Labour's clash with the Tories over tax went on.",
     ("Labour Party", "criticizes", "Conservative Party")),
    ("Minister Ann Hale visited Peru on 4 April and Chile from 5-6 April 2016.", ("Ann Hale", "visits", "Peru")),
    ("Minister Ann Hale visited Peru 5-6 April 2016.", ("Ann Hale", "visits", "Peru")),  # days, no score
    ("MPs backed the bill 272-219 on Monday. Minister Ann Hale travelled to Kingsport on Tuesday.",
     ("Ann Hale", "visits", "Kingsport")),
])
def test_other_meetings_and_visits_stay(text, expected):
    records = triples(extract(text, date="2026-01-05"))
    assert expected in records, records
