"""Military and security relations of government and defence news releases: a move made for a fight, the
coalition named once and then called "the coalition", weapons used against an enemy, a member within an alliance.

Every sentence here is written for these rules.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _status(sentence: str, triple: tuple[str, str, str]) -> list[str]:
    return [r.status for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == triple]


# A to-infinitive the parser hangs as a complement on a verb of going somewhere is the purpose of the move:
# the fight it names is intended, the move itself asserted.
PURPOSES = [
    ("Air Force A-10 Thunderbolt jets from a Utah wing arrived at the base on Dec. 9, 2018, "
     "to join the fight against al-Shabaab.",
     ("Air Force A-10 Thunderbolt", "attacks", "al-Shabaab"), "intended"),
    ("Marine Corps Harrier jets from the Ohio Marine Reserve arrived here Dec. 21, 2017, "
     "to join the fight against Boko Haram.",
     ("Marine Corps Harrier", "attacks", "Boko Haram"), "intended"),
]

# "U.S.-led" is one token (the tokenizer keeps the abbreviation's full stop and the hyphen): the country leads.
LED = [
    ("On Sunday the U.S.-led coalition carried out four raids against Boko Haram.",
     ("coalition led by the United States", "attacks", "Boko Haram"), "asserted"),
    ("The U.S.-led coalition's aircraft struck Boko Haram near Maiduguri.",
     ("coalition led by the United States", "attacks", "Boko Haram"), "asserted"),
]

# A member's part inside an alliance: "its role within NATO".
WITHIN = [
    ("Germany values Poland's role within NATO.", ("Poland", "memberOf", "NATO"), "asserted"),
    ("Spain questioned Greece's position within the European Union.",
     ("Greece", "memberOf", "European Union"), "asserted"),
]

CASES = PURPOSES + LED + WITHIN


@pytest.mark.parametrize("sentence, triple, status", CASES, ids=[s for s, *_ in CASES])
def test_military_relations(sentence, triple, status):
    assert _status(sentence, triple) == [status]


def _triples(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label, r.status) for r in extract(text)}


def test_the_coalition_is_the_coalition_named_before():
    """"the Coalition" and "coalition forces" are the one coalition the document named in full before (kg:shortForName);
    not when the word alone came first (it names another body then), nor with two coalitions named."""
    named = _triples("The Global Coalition Against al-Shabaab met in Nairobi on Monday. The Coalition has carried out "
                     "raids against al-Shabaab since June. Coalition forces also struck al-Shabaab near Kismayo.")
    assert ("Global Coalition Against al-Shabaab", "attacks", "al-Shabaab", "asserted") in named
    assert not any(s == "coalition" for s, *_ in named)
    members = _triples("The Horn Coalition Against Terror met in Nairobi on Monday. Coalition nations that have "
                       "carried out strikes include Kenya and Uganda.")
    assert {("Kenya", "memberOf", "Horn Coalition Against Terror", "asserted"),
            ("Uganda", "memberOf", "Horn Coalition Against Terror", "asserted")} <= members
    first_alone = _triples("The Coalition trains the Somali Arab Coalition. The Somali Arab Coalition fights "
                           "al-Shabaab. The Coalition supports the Somali Arab Coalition with air strikes.")
    assert ("coalition", "supports", "Somali Arab Coalition", "asserted") in first_alone
    two = _triples("Kenya joined the Horn Coalition in 2015. Uganda joined the Lake Victoria Coalition in 2016. "
                   "The coalition has carried out raids against al-Shabaab.")
    assert ("coalition", "attacks", "al-Shabaab", "asserted") in two


def test_weapons_used_against_an_enemy_attack_it_but_a_partys_weapon_is_no_force():
    """"used mortars against B" attacks B; a party's "weapon" against another party is an argument."""
    assert ("rebels", "attacks", "army of Mali", "asserted") in _triples("Rebels used mortars against the Malian army.")
    assert ("coalition", "attacks", "Red Hand", "asserted") in _triples(
        "Coalition forces conducted nine strikes using fighter and bomber aircraft against Red Hand targets.")
    assert not _triples("The Liberal Democrats used every weapon against Labour in the campaign.")
    assert not _triples("The Tories deployed their strongest weapon against the Greens.")


def test_a_light_verbs_noun_may_be_a_later_conjunct_of_its_object():
    """"using attack, transport and unmanned aircraft against X": the parser makes "attack" the object
    and hangs "against" on "aircraft", its last conjunct; "sent tanks and troops to X" deploys the troops."""
    assert ("armed forces of Kenya", "attacks", "al-Shabaab", "asserted") in _triples(
        "Kenyan military forces carried out six raids using attack, transport and unmanned aircraft "
        "against al-Shabaab camps.")
    assert ("Russia", "deploysTo", "Ukraine", "asserted") in _triples("Russia sent tanks and troops to Ukraine.")
