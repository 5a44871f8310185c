"""Chambers: legislators a plural noun names with no owner ("told MPs") as the chamber the noun names.

The nouns and their chambers are ontology data (``kg:Chamber``, read as ``lexicon.chambers``). A document's own
node of legislators ("MSPs criticised X": no party, no country before the noun) is, by the nouns its document
wrote it with:

- the chamber a noun names wherever ("MSPs": the Scottish Parliament; "MEPs": the European Parliament);
- the chamber a noun names in the document's one country of government ("MPs" in an article about the United
  Kingdom's politics: the House of Commons), see ``UnifyPlan._home_country``;
- in such an article, with no chamber for the noun there, the legislators of that country ("MPs" in an article
  about Kenya's: "legislators of Kenya", the node "Kenyan MPs" name);
- else a node of its document still. Two nouns that name two chambers ("MSPs" and "MPs") leave it so too.

A generic word that names a legislature ("Parliament", ``kg:bareName``) is, in such an article, that country's
("asked Parliament to renew the act": the Parliament of the United Kingdom); elsewhere a node of its document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from graph_builder.entities.naming import make_entity
from graph_builder.records import DocumentResult, Entity

CHAMBER_TYPE = "Organization"


@dataclass(frozen=True, kw_only=True)
class Body:
    """What a document's legislators are: the chamber named ``label``, or (``label`` empty) the legislators of
    ``country``."""

    label: str = ""
    country: str = ""


@dataclass(frozen=True, kw_only=True)
class Chambers:
    """The chamber each plural noun of members names: by (noun, country), the country "" where the noun names the
    chamber wherever; ``bare``: the chamber a generic word alone names, by (word, country); ``sectors``: the
    sectors of the nodes member nouns name (LEG)."""

    named: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))
    bare: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))
    sectors: frozenset[str] = frozenset()

    def bodies(self, result: DocumentResult, home: str | None) -> dict[str, Body]:
        """Entity id -> what it is, for each of the document's own nodes of legislators the rules above settle."""
        nouns: dict[str, set[str]] = defaultdict(set)
        for mention in result.mentions:
            entity = mention.entity
            if mention.kind == "collective" and entity.scope and entity.owner is None \
                    and entity.sector in self.sectors:
                nouns[entity.id].add(mention.text.lower())
        found = self._bare_names(result, home)
        for id_, written in nouns.items():
            body = self._body(written, home)
            if body is not None:
                found[id_] = body
        return found

    def _bare_names(self, result: DocumentResult, home: str | None) -> dict[str, Body]:
        """Entity id -> the chamber of ``home`` its generic word alone names ("Parliament"), for each such entity."""
        if home is None:
            return {}
        return {e.id: Body(label=self.bare[(e.label.lower(), home)]) for e in result.entities
                if e.owner is None and (e.label.lower(), home) in self.bare}

    def _body(self, written: Iterable[str], home: str | None) -> Body | None:
        """The one body all the nouns a node was written with name, or None."""
        bodies = {self._named(text, home) for text in written}
        return bodies.pop() if len(bodies) == 1 else None

    def _named(self, text: str, home: str | None) -> Body | None:
        """What one noun as written ("MPs", "lawmakers") names in a document of country ``home``."""
        for noun in (text, text[:-1] if text.endswith("s") else text):
            label = self.named.get((noun, "")) or (self.named.get((noun, home)) if home else None)
            if label:
                return Body(label=label)
        return Body(country=home) if home else None


def chamber_entity(body: Body, legislators: Entity, after_of: Callable[[Entity], str]) -> Entity:
    """The node of ``body``: the chamber, or the legislators of its country ("legislators of Kenya") as the owned
    collective of ``legislators``' kind is labelled; ``after_of`` writes the country after "of"."""
    if body.label:
        return make_entity(body.label, CHAMBER_TYPE)
    country = make_entity(body.country, "Country")
    return make_entity(f"{legislators.label} of {after_of(country)}", legislators.type, sector=legislators.sector,
                       owner=country)
