"""The lexicon files: ``ontology/lexicon/*.yaml``, families of patterns written as phrases with two slots.

A family is a group of expressions of one relation with one CAMEO code, and a sentence of our own that
shows it (the tests build every family's example and expect its relation)::

    families:
      - relation: attacks
        code: "190"
        patterns:
          - A fight B                 # verb and direct object
          - A fight against B         # verb and preposition
          - A carry out strike on B   # particle, light verb's noun, preposition
          - B come under fire from A  # the noun as object of its own preposition ("under fire", "under attack")
          - A give B aid              # a noun with the target as indirect object
          - B receive aid from A      # converse: the preposition's object is the actor
          - A's war against B         # a nominal event: possessor or modifier acts
          - war between A and B       # a nominal event between two actors
        example: "Rebel units fought the army near the river."
        expect: [Rebel units, army]    # subject, object: a part of each label the graph gives them

A word may be written as alternatives joined by "|": "A withdraw troop|soldier|force from B" stands for three
patterns, in the order written (with several such words, the first varies slowest).

Words are lemmas, as spaCy's lemmatizer gives them ("talk", not "talks"). In a verb phrase the word right
after the verb is a particle when it is one of PARTICLES and more words follow it ("lash out at"), or when
it stands alone and is one of LONE_PARTICLES ("rule out B"); a word before B is a preposition; any other
word is the light verb's noun, which a preposition of its own may open ("B come under attack from A": the noun is
the object of that preposition under the verb). A file may give a default ``relation`` for its families.

Senses. Words that mean different things by their arguments ("attack a plan" criticizes, "attack a convoy"
attacks, "hit the market" is no event at all) are written in several families, each with the keys of its
sense; the same words may then stand in two families whose senses differ (see ``Sense``)::

      - relation: criticizes
        code: "111"
        object_class: discourse            # the object's noun is a plan, remark, policy...: its owner is the target
        patterns: [A attack B]
      - relation: attacks
        code: "190"
        not_object_class: [discourse, business, sport]   # never "attacked the plans", "hit the market"
        subject_types: [armed, state]                     # only between actors who can fight
        patterns: [A attack B]

A family may say what its words tell of time: ``ended: true`` (the words end the relation, "A quit B": past) or
``held: true`` (the relation holds at the verb's time, "A work for B": past in the past tense, "worked for") or
``begun: true`` (the words begin the relation, "A enter B": the time they give is when it began, "entered Parliament
in 1987" holds from 1987, with no end).
``bids: true`` says the words mean the relation only with a to-infinitive of what the object is to do ("A challenge B
to publish": a demand; "A challenged B in the election" is none); ``bare: true`` only without a clause or an
"about" or "of" phrase telling the object what to do or of what ("A warn B" threatens; "warned B to leave" is an
appeal, "warned B that X could fail" and "warned B about X" a caution, no threat); ``unbidden: true`` only without a
to-infinitive of what the object is to do ("A tell B that X" briefs; "told B to resign" is an appeal); ``told: true``
only with a clause or an "about" or "of" phrase telling the object of something, and no to-infinitive ("warned B
that X could fail", "warned B about X": B is told of a danger, a briefing); ``passive: true`` only in the passive,
whose subject is A ("X was expelled from the party": "A expel from B"; "the party expelled X" is another family);
``plain: true`` only with an object named itself ("held X's passport" holds no X) and without a word of what it is
held to be or how it is regarded: a predicative ("held X responsible", "held X captive") or a phrase of a noun of the
class ``regard`` ("held X in high esteem", "held X to account"; "A hold B" detains B only so). ``received: true``
only with a "to" phrase of a named place or a gathering the object is brought to ("A welcomed B to Paris", "to the
summit": B is hosted); ``unreceived: true`` only without one ("A welcomed B" praises B). ``refused: true`` only when the
subject refuses the act ("refused to accept B's plan", "did not accept B's account": A rejects B), the record then
asserted; ``unrefused: true`` only when it does not ("accepted B's plan"; "was unable to agree with B" stays a denied
cooperation). ``arranged: true`` only when no clause or "about" phrase gives a view the actors share instead of what
they settle ("agreed about what happened", "agrees with B that the club is big" share a view; "agreed with B that she
would step down", "agreed with B to open talks" settle something). ``confided: true`` only when a word of privacy
(kg:Confidential) bears on the telling ("told MPs privately", "in a confidential letter"); ``unconfided: true`` only
when none does.

Noun classes (``discourse``, ``business``...) and actor classes (``armed``, ``political``...) are defined in
``lexicon/senses.yaml``; ``subject_types`` and ``object_types`` also take entity types (Person, Country...) and
CAMEO sector codes (MIL, REB...).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

import yaml

from graph_builder.errors import OntologyError

PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "over", "in", "on", "through", "forward",
                       "around", "along", "aside", "together"})
LONE_PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "aside"})
PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "among", "around", "as", "at",
    "before", "behind", "beside", "between", "beyond", "by", "despite", "for", "from", "in", "inside", "into",
    "near", "of", "off", "on", "onto", "out", "over", "past", "through", "to", "toward", "towards", "under",
    "upon", "via", "with", "within", "without", "down", "up", "back", "away", "aside"})
CLAUSE_LINKS = frozenset({"that"})
"""Words that open a clause of what a noun says (written as its preposition: "A's accusation that B"): B is the
clause's active subject ("Ann Hale's accusation that the council had lied")."""
SENSE_KEYS = ("object_class", "not_object_class", "not_subject_class", "modifier_class", "not_modifier_class",
              "not_setting_class", "not_carrier_class", "purpose_class", "not_purpose_class", "fault_class",
              "not_fault_class", "subject_types", "not_subject_types", "object_types", "not_object_types",
              "not_between_types")
FLAGS = ("ended", "held", "begun", "bids", "bare", "unbidden", "told", "passive", "plain", "received", "unreceived",
         "refused", "unrefused", "arranged", "confided", "unconfided")
FAMILY_KEYS = frozenset({"relation", "code", "patterns", "example", "expect", "note", *FLAGS, *SENSE_KEYS})
FOLDER = "lexicon"
SENSES_FILE = "senses.yaml"
TONE_FILE = "tone.yaml"  # the tone of reported speech (extract/tone.py), no families


@dataclass(frozen=True, kw_only=True)
class Sense:
    """When a family's words mean its relation: conditions on the object's noun and on both actors (empty: always).

    ``object_class``: the object is a noun of one of these classes (a plan, a remark), and the target is the actor
    who owns or modifies it ("Tory plans", "the minister's remarks", "plans by the council"); ``not_object_class``:
    never when the object's noun is of one of these classes; ``not_subject_class``: never when the subject is read
    from a noun of these classes ("strike action by the union hit schools"). ``modifier_class`` /
    ``not_modifier_class``: the event's noun ("launched a scathing attack on", "her stinging attack on") has (has no)
    adjective of these classes. ``not_setting_class``: never when the verb, its object or the event's noun is set
    "in", "on" or "into" a noun of these classes ("will meet B in the second round", "joined B on the sidelines": a
    game, no meeting). ``not_carrier_class``: never when the predicate is a participle on a noun of these classes
    or on a clause whose object is one ("tariffs targeting B", "imposed sanctions on A, targeting B": a measure aimed
    at B, no strike). ``purpose_class``: a participle or a to-infinitive of a verb of these classes says what the
    predicate is for ("wrote to B demanding an explanation", "wrote to B to urge a vote": the letter demands, urges);
    ``not_purpose_class``: never then. ``fault_class``: what the object is told of is its own doing, a peril (a
    noun or a verb of these classes) of doing something or a thing it does ("warned B they were in danger of
    pandering to prejudice", "warned B about its reckless spending": a criticism); ``not_fault_class``: never then.
    ``subject_types`` / ``object_types``: the actor is of one of these actor classes, entity types or sectors;
    ``not_subject_types`` / ``not_object_types``: never then; ``not_between_types``: never when both actors are of
    one of these classes (two players or teams "meet" in play).
    """

    object_class: frozenset[str] = frozenset()
    not_object_class: frozenset[str] = frozenset()
    not_subject_class: frozenset[str] = frozenset()
    modifier_class: frozenset[str] = frozenset()
    not_modifier_class: frozenset[str] = frozenset()
    not_setting_class: frozenset[str] = frozenset()
    not_carrier_class: frozenset[str] = frozenset()
    purpose_class: frozenset[str] = frozenset()
    not_purpose_class: frozenset[str] = frozenset()
    fault_class: frozenset[str] = frozenset()
    not_fault_class: frozenset[str] = frozenset()
    subject_types: frozenset[str] = frozenset()
    not_subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    not_object_types: frozenset[str] = frozenset()
    not_between_types: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return any(getattr(self, key) for key in SENSE_KEYS)

    @property
    def noun_classes(self) -> frozenset[str]:
        return (self.object_class | self.not_object_class | self.not_subject_class | self.modifier_class
                | self.not_modifier_class | self.not_setting_class | self.not_carrier_class | self.purpose_class
                | self.not_purpose_class | self.fault_class | self.not_fault_class)

    @property
    def actor_types(self) -> frozenset[str]:
        return (self.subject_types | self.not_subject_types | self.object_types | self.not_object_types
                | self.not_between_types)


NO_SENSE = Sense()


@dataclass(frozen=True, kw_only=True)
class Pattern:
    """One way of expressing a relation, in lemmas: a verb with an optional noun, particle and
    preposition, or, for a nominal event, a noun and its preposition. ``code``: the finest CAMEO code
    the pattern knows (None: the relation's root)."""

    relation: str
    head: str
    noun: str | None = None
    particle: str | None = None
    noun_prep: str | None = None
    """The preposition whose object is the light verb's noun ("under" of "come under fire from")."""
    prep: str | None = None
    converse: bool = False
    nominal: bool = False
    code: str | None = None
    sense: Sense = NO_SENSE
    ended: bool = False
    """The words say the relation ended ("quit the party", "lost the leadership of"): what they state is past."""
    held: bool = False
    """The words state a relation that holds at the verb's time ("works for", "served in"): in the past tense
    ("worked for", "was working for") it is past."""
    begun: bool = False
    """The words begin the relation ("entered Parliament in 1987"): the time they give is its start, and it has no
    end."""
    bids: bool = False
    """The words mean the relation only when a to-infinitive says what the object is to do ("challenged Y to
    publish" demands; "challenged Y in the election" does not)."""
    bare: bool = False
    """The words mean the relation only when no clause or "about"/"of" phrase says what the object is told to do
    or told of ("warned Y" threatens; "warned Y to leave", "warned Y that X could fail", "warned Y about X" do
    not)."""
    unbidden: bool = False
    """The words mean the relation only when no to-infinitive says what the object is to do ("told Y that the plan
    would go ahead" briefs; "told Y to resign" appeals, a family with bids)."""
    told: bool = False
    """The words mean the relation only when a clause or an "about"/"of" phrase says what the object is told of, and
    no to-infinitive what it is to do ("warned Y that X could fail" and "warned Y about X" brief; "warned Y"
    threatens, "warned Y to leave" appeals)."""
    passive: bool = False
    """The words are read only in the passive, whose subject is A ("X was expelled from the party": A expel from B);
    in the active voice the verb's subject is the one who acts on A ("the party expelled X")."""
    plain: bool = False
    """The words mean the relation only for an object named itself and when nothing says what it is held to be or
    how it is regarded ("the army held X" detains; "held X's passport", "held X responsible", "held X in high
    esteem", "held X to account" do not)."""
    received: bool = False
    """The words mean the relation only when a "to" phrase names a place or a gathering the object is brought to
    ("welcomed Y to Paris", "welcomed Y to the summit": Y is hosted)."""
    unreceived: bool = False
    """The words mean the relation only when no such "to" phrase stands there ("welcomed Y" praises Y)."""
    refused: bool = False
    """The words mean the relation only when the subject refuses the act they name (``refusal`` of
    extract/polarity.py: "refused to accept Y's denials", "did not accept Y's account"), and the refusal asserts
    it."""
    unrefused: bool = False
    """The words mean the relation only when the subject does not refuse the act ("accepted Y's plan"; "failed to
    agree with Y" stays a denied cooperation)."""
    arranged: bool = False
    """The words mean the relation only when no clause or "about" phrase under the verb gives a view the actors
    share ("agreed about what happened", "agrees with Y that the plan is sound"); a clause of what is to be done
    ("agreed with Y that she would step down", "that the vote be put off") settles something, as an object or a
    to-infinitive does."""
    confided: bool = False
    """The words mean the relation only when a word of privacy (kg:Confidential) bears on the telling: an adverb of
    the verb or a word in a phrase under the verb or its object ("told MPs privately", "at a private meeting", "in a
    confidential letter", "behind closed doors")."""
    unconfided: bool = False
    """The words mean the relation only when no such word does ("told MPs that the deal was dead": in the open)."""

    @property
    def link(self) -> str | None:
        """The word whose object is the relation's object: the preposition, else a lone particle ("rule out")."""
        return self.prep or self.particle

    @property
    def specificity(self) -> int:
        return 2 * (self.noun is not None) + (self.link is not None)

    @property
    def key(self) -> tuple:
        """What the pattern matches, whatever relation it gives."""
        noun = f"{self.noun_prep} {self.noun}" if self.noun_prep else self.noun  # "under fire"
        return (self.head, noun, self.particle, self.prep, self.converse, self.nominal)


@dataclass(frozen=True, kw_only=True)
class Family:
    """Patterns of one relation and CAMEO code, with the example sentence that shows them."""

    relation: str
    code: str
    patterns: tuple[Pattern, ...]
    example: str
    expect: tuple[str, str]
    source: str  # "FILE, family N": where an error or a failing example points

    @property
    def sense(self) -> Sense:
        return self.patterns[0].sense if self.patterns else NO_SENSE


def parse_phrase(phrase: str, *, relation: str, code: str | None, where: str) -> Pattern:
    """The pattern a phrase with slots A and B writes ("A hold talk with B", "B receive aid from A",
    "A's attack on B", "talk between A and B")."""
    words = phrase.lower().split()
    if words.count("a") + words.count("a's") != 1 or words.count("b") != 1:
        raise OntologyError(f"{where}: the pattern {phrase!r} needs the slot A (or A's) once and the slot B once; "
                            "write e.g. 'A meet with B'")
    common = {"relation": relation, "code": code}
    if words[0] == "a's":
        return _nominal(words[1:], phrase, where, common)
    if words[-3:] == ["a", "and", "b"]:
        return _between(words[:-3], phrase, where, common)
    if words[0] == "a":
        return _verbal(words[1:], "b", phrase, where, common, converse=False)
    if words[0] == "b":
        return _verbal(words[1:], "a", phrase, where, common, converse=True)
    raise OntologyError(f"{where}: the pattern {phrase!r} must start with A, A's or B, or end with 'between A and B'")


def alternatives(phrase: str, where: str) -> list[str]:
    """The phrases a phrase with alternative words writes ("A pull troop|force from B": "A pull troop from B", "A pull
    force from B"), in the order written, the first word with alternatives varying slowest."""
    choices = [word.split("|") for word in phrase.split()]
    if not all(all(words) for words in choices):
        raise OntologyError(f"{where}: the pattern {phrase!r} has an empty alternative; write e.g. 'A pull troop|force "
                            "from B'")
    return [" ".join(words) for words in product(*choices)]


def _nominal(words: list[str], phrase: str, where: str, common: dict) -> Pattern:
    if len(words) != 3 or words[2] != "b" or words[1] not in PREPOSITIONS | CLAUSE_LINKS:
        raise OntologyError(f"{where}: a nominal pattern is \"A's NOUN PREPOSITION B\" ('A's attack on B'), "
                            f"not {phrase!r}")
    return Pattern(head=words[0], prep=words[1], nominal=True, **common)


def _between(words: list[str], phrase: str, where: str, common: dict) -> Pattern:
    if len(words) != 2 or words[1] != "between":
        raise OntologyError(f"{where}: a pair pattern is 'NOUN between A and B' ('talk between A and B'), "
                            f"not {phrase!r}")
    return Pattern(head=words[0], prep="between", nominal=True, **common)


def _verbal(words: list[str], target: str, phrase: str, where: str, common: dict, *, converse: bool) -> Pattern:
    """"VERB [PARTICLE] [NOUN] [PREPOSITION] target" or "VERB target NOUN" (the target as indirect object)."""
    if not words or words[0] in ("a", "b", "a's"):
        raise OntologyError(f"{where}: the pattern {phrase!r} has no verb after its first slot")
    head, rest = words[0], words[1:]
    if target not in rest:
        raise OntologyError(f"{where}: in {phrase!r} the slot {target.upper()} must follow the verb")
    at = rest.index(target)
    before, after = rest[:at], rest[at + 1:]
    if after:
        if converse or before or len(after) != 1:
            raise OntologyError(f"{where}: only 'A VERB B NOUN' may put words after B, not {phrase!r}")
        return Pattern(head=head, noun=after[0], converse=converse, **common)
    return _before_target(head, before, phrase, where, common, converse=converse)


def _before_target(head: str, before: list[str], phrase: str, where: str, common: dict, *,
                   converse: bool) -> Pattern:
    """The words between the verb and its target: [PARTICLE] [NOUN] [PREPOSITION], or a lone particle."""
    if len(before) == 1 and before[0] in LONE_PARTICLES:
        return Pattern(head=head, particle=before[0], converse=converse, **common)
    particle, noun_prep, nouns, prep = _parts(before)
    if len(nouns) > 1 or (converse and not prep and (nouns or particle)):
        raise OntologyError(f"{where}: cannot read {phrase!r}: at most one particle, one noun (with its own "
                            "preposition) and one preposition between the verb and the slot (a converse pattern has "
                            "its preposition or is the verb and its object alone, 'B include A')")
    return Pattern(head=head, noun=nouns[0] if nouns else None, particle=particle, noun_prep=noun_prep, prep=prep,
                   converse=converse, **common)


def _parts(before: list[str]) -> tuple[str | None, str | None, list[str], str | None]:
    """(particle, the noun's own preposition, the words between, preposition) of the words between a verb and its
    target: "under" of "come under fire from" opens the noun when a preposition follows it."""
    particle = before[0] if len(before) > 1 and before[0] in PARTICLES else None
    rest = before[1:] if particle else list(before)
    prep = rest.pop() if rest and rest[-1] in PREPOSITIONS else None
    noun_prep = rest.pop(0) if len(rest) == 2 and rest[0] in PREPOSITIONS and prep else None
    return particle, noun_prep, rest, prep


def lexicon_files(folder: Path) -> list[Path]:
    """The lexicon files of an ontology folder, in name order (an old folder may have none); not the noun and actor
    classes of ``senses.yaml`` nor the tone of ``tone.yaml``."""
    return sorted(path for path in (folder / FOLDER).glob("*.yaml") if path.name not in (SENSES_FILE, TONE_FILE))


def _sense(entry: dict, where: str) -> Sense:
    """The sense keys of a family: each a name or a list of names."""
    values = {}
    for key in SENSE_KEYS:
        value = entry.get(key) or []
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise OntologyError(f"{where}: {key} is a name or a list of names, not {value!r}")
        values[key] = frozenset(names)
    return Sense(**values)


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: 10x faster


def read_yaml(path: Path) -> object:
    """What a lexicon file holds (None for an empty one); a file that cannot be read is an OntologyError."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # a safe loader, C or Python
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise OntologyError(f"{path} cannot be read as YAML: {exc}; fix it") from exc


def read_families(path: Path, roots: dict[str, str | None]) -> Iterator[Family]:
    """The families of one lexicon file; ``roots``: each known relation and its CAMEO root code."""
    data = read_yaml(path) or {}
    if not isinstance(data, dict) or not isinstance(data.get("families"), list):
        raise OntologyError(f"{path} must be a mapping with a list 'families' (see graph_builder/patterns.py)")
    for number, entry in enumerate(data["families"], 1):
        yield _family(entry, data.get("relation"), roots, f"{path.name}, family {number}")


def _flag(entry: dict, key: str, where: str) -> bool:
    """A family's true-or-false key (FLAGS), false when absent."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise OntologyError(f"{where}: '{key}' is true or false")
    return value


def _family(entry, default: str | None, roots: dict[str, str | None], where: str) -> Family:
    if not isinstance(entry, dict) or set(entry) - FAMILY_KEYS:
        raise OntologyError(f"{where}: a family is a mapping of {', '.join(sorted(FAMILY_KEYS))}")
    relation, code = _relation_and_code(entry, default, roots, where)
    expect = entry.get("expect")
    if not entry.get("example") or not isinstance(expect, list) or len(expect) != 2:
        raise OntologyError(f"{where}: give an example sentence and expect: [subject, object] (part of each label)")
    phrases = _phrases(entry, where)
    sense = _sense(entry, where)
    flags = {key: _flag(entry, key, where) for key in FLAGS}
    patterns = tuple(replace(parse_phrase(p, relation=relation, code=code or None, where=where), sense=sense,
                             **flags) for p in phrases)
    return Family(relation=relation, code=code, patterns=patterns, example=str(entry["example"]),
                  expect=(str(expect[0]), str(expect[1])), source=where)


def _phrases(entry: dict, where: str) -> list[str]:
    """A family's patterns, each alternative written out."""
    return [p for phrase in entry.get("patterns") or [] for p in alternatives(str(phrase), where)]


def _relation_and_code(entry: dict, default: str | None, roots: dict[str, str | None], where: str) -> tuple[str, str]:
    """A family's relation (its own or the file's) and CAMEO code (its own, else the relation's root; "" for none)."""
    relation = entry.get("relation", default)
    if relation not in roots:
        raise OntologyError(f"{where}: unknown relation {relation!r}; the ontology defines {', '.join(roots)}")
    code = str(entry.get("code") or roots[relation] or "")
    root = roots[relation]
    if root and not code.startswith(root):
        raise OntologyError(f"{where}: CAMEO code {code!r} is not under {relation}'s root {root!r}")
    return relation, code
