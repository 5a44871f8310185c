"""Regional branches of national parties: "Scottish Labour", "the Welsh Conservatives", "the Scottish Tory leader".

A nation word right before the name, short name or party word of a party with a branch in that nation (the gazetteer's
``branched_parties``: no "English Labour"), or opening a name whose rest is one, names that branch: a body of its
own, labelled with the nation word and the party's name ("Scottish Labour Party", "Welsh Conservative Party"), whose
spokesman or leader is none of the national party's; it belongs to the national party (its ``owner``, written as
kg:belongsTo). The mention takes in the nation word, and a mention of the nation word alone (the model's "Scottish"
group) is dropped.

A country's name written right before the name of a party of ``party_countries`` that contests another country's
politics ("New Zealand Labour Party", "Canada's Conservative Party") names that country's namesake party: a body of
its own ("Labour Party of New Zealand"), none of the listed party (``foreign_namesakes``).
"""

from __future__ import annotations

from dataclasses import replace

from graph_builder.entities.naming import make_entity
from graph_builder.entities.tokens import Tokens
from graph_builder.gazetteer import Gazetteer, strip_the
from graph_builder.records import Entity, Mention


def party_branches(mentions: list[Mention], tokens: Tokens, gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with each one of a party's branch named so (see the module docstring)."""
    if not gazetteer.branched_parties:
        return mentions
    found = [_as_branch(mention, tokens, gazetteer) for mention in mentions]
    nations = [(new.start, old.start) for new, old in zip(found, mentions, strict=True) if new.start < old.start]
    return [m for m in found if not any(start <= m.start and m.end <= end for start, end in nations)]


def _as_branch(mention: Mention, tokens: Tokens, gazetteer: Gazetteer) -> Mention:
    """The mention as one of a party's branch, when a nation word opens it or stands right before it."""
    opening = _opening_nation(strip_the(mention.text), gazetteer)
    if opening is not None:
        nation, rest = opening
        party = gazetteer.organization(rest) or gazetteer.demonym_organizations.get(rest)
        if nation in gazetteer.branched_parties.get(party or "", ()):
            return replace(mention, entity=_branch(nation, party, mention.text))
        return mention
    i = tokens.at_char.get(mention.start)
    nation = None if i is None or mention.entity.type != "Organization" else nation_before(i, mention.entity, tokens,
                                                                                              gazetteer)
    if nation is None:
        return mention
    first = i - len(nation.split())
    text = tokens.text(first, i) + tokens[i - 1].whitespace_ + mention.text
    return replace(mention, start=tokens[first].idx, text=text, entity=_branch(nation, mention.entity.label, text))


def branch_before(i: int, party: Entity, tokens: Tokens, gazetteer: Gazetteer) -> Entity | None:
    """The branch of ``party`` that a nation word right before token ``i`` names ("Scottish" before a party word the
    model took into a person's name: "Scottish Tory leader X"), if any."""
    nation = nation_before(i, party, tokens, gazetteer)
    return None if nation is None else _branch(nation, party.label, tokens.text(i - len(nation.split()), i + 1))


def _opening_nation(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(nation word, the rest) of a name a nation word of a branch opens ("Welsh Conservatives"); a name of one word
    has none, and most names are one word: no nation tried."""
    if " " not in text:
        return None
    return next(((nation, text[len(nation) + 1:]) for nations in gazetteer.branched_parties.values()
                 for nation in nations if text.startswith(f"{nation} ")), None)


def nation_before(i: int, party: Entity, tokens: Tokens, gazetteer: Gazetteer) -> str | None:
    """The nation word of a branch of ``party`` written right before token ``i``."""
    return next((nation for nation in gazetteer.branched_parties.get(party.label, ())
                 if i >= len(nation.split()) and tokens.text(i - len(nation.split()), i) == nation), None)


def _branch(nation: str, party: str, written: str) -> Entity:
    """The branch of ``party`` in the nation of ``nation``: a body of its own that belongs to the party."""
    return make_entity(f"{nation} {party}", "Organization", [written], owner=make_entity(party, "Organization"))


_BEFORE_A_PARTY = (" ", "'s ", "\u2019s ")  # what stands between a country's name and its party's


def foreign_namesakes(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with each one of a party of ``party_countries`` that a name of another country stands right
    before (see the module docstring) made that country's party, written with the country's name."""
    countries = {m.end: m for m in mentions if m.entity.type == "Country" and m.kind == "name"}
    return [_namesake(m, country, text) if (country := _country_before(m, text, countries, gazetteer)) else m
            for m in mentions]


def _country_before(mention: Mention, text: str, countries: dict[int, Mention], gazetteer: Gazetteer
                    ) -> Mention | None:
    """The mention of a country named right before a listed party's mention, when it is not the party's own."""
    home = gazetteer.party_countries.get(mention.entity.label)
    if home is None:
        return None
    ends = (mention.start - len(gap) for gap in _BEFORE_A_PARTY if text.endswith(gap, 0, mention.start))
    country = next((countries[end] for end in ends if end in countries), None)
    return None if country is None or country.entity.label == home else country


def _namesake(mention: Mention, country: Mention, text: str) -> Mention:
    """The party's mention as one of the country's namesake party ("Labour Party of New Zealand")."""
    label = f"{mention.entity.label} of {country.entity.label}"
    return replace(mention, entity=make_entity(label, "Organization", [text[country.start:mention.end]]))
