"""Aliases: an analyst's corrections of the machine's actors (merge this into that, split this, set this type).

An aliases file is CSV or YAML (see docs/review.md, "Corrections and review"). ``load_corrections(path)`` reads
it into ``Corrections``, refusing a bad row with an ``AliasesError`` that names the file and line. A build
applies them to every document around unification::

    analysed ──► Corrections.prepare ──► unification ──► Corrections.apply ──► dedupe ──► outputs/store
                 split names shielded,                     shields lifted, split names no one's alias,
                 so no full name takes them                merges, then types

- ``merge NAME into TARGET``: every entity labelled NAME, or having NAME as an alias, becomes TARGET (an
  archive-wide node; NAME becomes one of its aliases). Its type is the row's, else TARGET's: set by a type
  row, or known (the vote over the archive's mentions of TARGET, or the type a store holds), else its own.
- ``split NAME``: a document's entity named NAME stays its own node: unification never joins it into a
  fuller name ("Preston" stays apart from "Robert Preston"), and NAME is taken out of every other entity's
  aliases. Where one article itself names the full name and then the short one, that reading stays.
- ``type NAME TYPE``: the entity labelled NAME (after merges) has that type, whatever the vote or a store says.

Entities of one document (``Entity.scope``) are left as they are: corrections name archive-wide actors.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from graph_builder.errors import AliasesError
from graph_builder.records import ENTITY_TYPES, DocumentResult, Entity, rewritten

ACTIONS = ("merge", "split", "type")
CSV_COLUMNS = ("action", "name", "target", "type", "note")
"""The columns an aliases CSV file may have; ``action`` and ``name`` are required, ``note`` is for people."""
YAML_SUFFIXES = (".yaml", ".yml")
SHIELD = "\u27e6split\u27e7"
"""What a split name's spaces and start are written as between ``prepare`` and ``apply`` ("⟦split⟧Tomas⟦split⟧Berg"):
one word that no full name has as a part, of characters that no cleaning removes."""
HINT = "see docs/review.md, 'Corrections and review', for the format"


@dataclass(frozen=True, kw_only=True)
class Correction:
    """One row of an aliases file: ``merge`` NAME into ``target``, ``split`` NAME, or set the ``type`` of NAME;
    ``line`` is where the file says it."""

    action: str
    name: str
    target: str = ""
    type: str = ""
    note: str = ""
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Corrections:
    """What an aliases file asks for, checked: ``merges`` NAME -> final TARGET (chains followed), ``splits``,
    ``types`` label -> type, and ``known`` label -> type of merge targets whose type the build or store found
    (``knowing``). Empty corrections change nothing. The mappings are not to be changed."""

    merges: Mapping[str, str] = field(default_factory=dict)
    splits: frozenset[str] = frozenset()
    types: Mapping[str, str] = field(default_factory=dict)
    known: Mapping[str, str] = field(default_factory=dict)
    source: str = ""

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits or self.types)

    def targets(self) -> set[str]:
        return set(self.merges.values())

    def knowing(self, types: Mapping[str, str]) -> Corrections:
        """These corrections, with the types ``types`` (label -> type) gives the merge targets whose type they
        did not know yet (a type once known stays, as a store's does)."""
        known = {label: types[label] for label in self.targets() - set(self.known) if types.get(label)}
        return replace(self, known={**self.known, **known}) if known else self

    def prepare(self, result: DocumentResult) -> DocumentResult:
        """Before unification: each split name shielded (``SHIELD``), so unification cannot join it into a
        fuller name; ``apply`` lifts the shield."""
        if not self.splits:
            return result
        return _rewrite(result, _Fixer(self.splits, shield=True))

    def apply(self, result: DocumentResult) -> DocumentResult:
        """After unification (before dedupe): shields lifted, split names dropped from other entities' aliases,
        merges made, types set; a relation whose two ends became one actor is dropped."""
        if not self:
            return result
        return _rewrite(result, _Fixer(self.splits, corrections=self))

    def corrected(self, entity: Entity) -> Entity:
        """One entity as ``apply`` leaves it (for what a store already holds)."""
        return _Fixer(self.splits, corrections=self).fix(entity)

    def type_for(self, label: str, own: str) -> str:
        """The type an entity labelled ``label`` (after merges) ends with."""
        if label in self.types:
            return self.types[label]
        return self.known.get(label, own) if label in self.targets() else own


class _Fixer:
    """One document's entities corrected, each once (``fix``)."""

    def __init__(self, splits: frozenset[str], *, shield: bool = False, corrections: Corrections | None = None):
        self.splits = splits
        self.shield = shield
        self.corrections = corrections
        self.done: dict[Entity, Entity] = {}

    def fix(self, entity: Entity | None) -> Entity | None:
        if entity is None:
            return None
        if entity not in self.done:
            self.done[entity] = self._fixed(entity)
        return self.done[entity]

    def _fixed(self, entity: Entity) -> Entity:
        owner = self.fix(entity.owner)
        if entity.scope or (self.shield and entity.label not in self.splits):
            return entity if owner is entity.owner else replace(entity, owner=owner)
        if self.shield:
            return _remade(entity, SHIELD + entity.label.replace(" ", SHIELD), entity.type, entity.aliases, owner)
        label, aliases = self._merged(entity.label.removeprefix(SHIELD).replace(SHIELD, " "), entity.aliases)
        type_ = self.corrections.type_for(label, entity.type)
        if (label, type_, tuple(sorted(aliases)), owner) == (entity.label, entity.type, entity.aliases, entity.owner):
            return entity
        return _remade(entity, label, type_, aliases, owner)

    def _merged(self, label: str, aliases: Iterable[str]) -> tuple[str, set[str]]:
        """(label, aliases) after the merges, split names taken out of the aliases."""
        aliases = {alias for alias in aliases if alias not in self.splits}
        merges = self.corrections.merges
        target = merges.get(label) or next((merges[alias] for alias in sorted(aliases) if alias in merges), None)
        if target and target != label:
            return target, aliases | {label}
        return label, aliases


def _remade(entity: Entity, label: str, type_: str, aliases: Iterable[str], owner: Entity | None) -> Entity:
    from graph_builder.entities.naming import make_entity  # here: importing graph_builder.entities loads spaCy

    return make_entity(label, type_, aliases, sector=entity.sector, owner=owner, scope=entity.scope)


def _rewrite(result: DocumentResult, fixer: _Fixer) -> DocumentResult:
    """``result`` with every entity it refers to corrected, one copy per IRI (aliases joined)."""
    from graph_builder.entities.naming import merge_entities

    entities = merge_entities(fixer.fix(entity) for entity in result.entities)

    def one(entity: Entity | None) -> Entity | None:
        fixed = fixer.fix(entity)
        return entities.get(fixed.id, fixed) if fixed is not None else None

    return rewritten(result, one, entities.values())


class TargetVotes:
    """The types a stream of documents gives the merge targets, counted before unification (as unification
    counts them: one vote a name mention), so a merged name takes its target's type in a file build."""

    def __init__(self, corrections: Corrections):
        self.targets = corrections.targets()
        self.votes: dict[str, Counter] = defaultdict(Counter)

    def add(self, result: DocumentResult) -> None:
        for mention in result.mentions:
            if mention.kind == "name" and mention.entity.label in self.targets:
                self.votes[mention.entity.label][mention.entity.type] += 1

    def types(self) -> dict[str, str]:
        return {label: votes.most_common(1)[0][0] for label, votes in self.votes.items()}


# Reading --------------------------------------------------------------------------------------------------------


def load_corrections(path: str | Path) -> Corrections:
    """The corrections of an aliases file (CSV, or YAML by its .yaml/.yml suffix), checked row by row and as a
    whole; an ``AliasesError`` names the file and line of the first problem and says what to write instead."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AliasesError("no such aliases file; give the path of a CSV or YAML file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasesError(f"cannot be read as UTF-8 text ({exc})", path=str(path)) from exc
    rows = yaml_rows(text, str(path)) if path.suffix.lower() in YAML_SUFFIXES else csv_rows(text, str(path))
    return checked(rows, str(path))


def _type_name(text: str, path: str, line: int) -> str:
    wanted = {type_.lower(): type_ for type_ in ENTITY_TYPES}
    type_ = wanted.get(text.strip().lower())
    if type_ is None:
        raise AliasesError(f"unknown type {text!r}; use one of {', '.join(ENTITY_TYPES)}", path=path, line=line)
    return type_


def _name(text: object) -> str:
    return " ".join(str(text if text is not None else "").split())


def row(action: str, name: object, *, target: object = "", type_: object = "", note: object = "", path: str,
        line: int) -> Correction:
    """One correction, checked on its own: a known action, a name, a target for merge only, a known type."""
    action = action.strip().lower()
    name, target, type_ = _name(name), _name(target), _name(type_)
    problem = _problem(action, name, target, type_)
    if problem:
        raise AliasesError(problem, path=path, line=line)
    type_ = _type_name(type_, path, line) if type_ else ""
    return Correction(action=action, name=name, target=target, type=type_, note=_name(note), line=line)


def _problem(action: str, name: str, target: str, type_: str) -> str:
    """What is wrong with one row, and what to write instead ("" when nothing is)."""
    checks = [
        (action not in ACTIONS, f"unknown action {action!r}; use merge, split or type; {HINT}"),
        (not name, f"{action} needs a name (the entity's label as the graph shows it)"),
        (action == "merge" and not target, f"merge {name!r} needs a target: the name to merge it into"),
        (action == "merge" and target == name, f"merge {name!r} into itself; give another target"),
        (action != "merge" and bool(target),
         f"{action} takes no target (got {target!r}); to join {name!r} to {target!r} write a merge row"),
        (action == "split" and bool(type_), f"split takes no type; add a row 'type,{name},,{type_}' to set its type"),
        (action == "type" and not type_, f"type {name!r} needs a type: one of {', '.join(ENTITY_TYPES)}"),
    ]
    return next((said for wrong, said in checks if wrong), "")


def csv_rows(text: str, path: str) -> list[Correction]:
    """The rows of an aliases CSV file: a header naming its columns (``CSV_COLUMNS``), then one correction a row;
    blank rows and rows whose first cell starts with ``#`` are comments."""
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    rows = []
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = _header(cells, path, line)
            continue
        if len(cells) > len(header):
            raise AliasesError(f"{len(cells)} cells where the header has {len(header)} columns ({', '.join(header)});"
                               " quote a name that holds a comma", path=path, line=line)
        values = dict(zip(header, cells, strict=False))
        rows.append(row(values["action"], values["name"], target=values.get("target", ""),
                        type_=values.get("type", ""), note=values.get("note", ""), path=path, line=line))
    return rows


def _header(cells: list[str], path: str, line: int) -> list[str]:
    header = [cell.strip().lower() for cell in cells]
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if unknown or "action" not in header or "name" not in header or len(set(header)) < len(header):
        raise AliasesError(f"the first row must name the columns, action and name and any of target, type, note, "
                           f"each once (got {', '.join(map(repr, cells))}); e.g. action,name,target,type",
                           path=path, line=line)
    return header


def yaml_rows(text: str, path: str) -> list[Correction]:
    """The rows of an aliases YAML file: a mapping with any of ``merge`` (NAME: TARGET, or NAME: {into: TARGET,
    type: TYPE}), ``split`` (a list of names) and ``type`` (NAME: TYPE)."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise AliasesError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                           path=path, line=mark.line + 1 if mark else None) from exc
    if root is None:
        return []
    sections = _mapping(root, path, "the file")
    unknown = [key for key in sections if key not in ACTIONS]
    if unknown:
        raise AliasesError(f"unknown section {unknown[0]!r}; use merge, split and type; {HINT}", path=path,
                           line=sections[unknown[0]][0].start_mark.line + 1)
    rows = []
    for action, (_, node) in sections.items():
        rows += _yaml_section(action, node, path)
    return sorted(rows, key=lambda correction: correction.line)


def _line(node) -> int:
    return node.start_mark.line + 1


def _scalar(node, path: str, what: str) -> str:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise AliasesError(f"{what} must be a plain name, not a list or mapping", path=path, line=_line(node))
    return node.value


def _mapping(node, path: str, what: str) -> dict:
    """key -> (key node, value node) of a YAML mapping node; a repeated key is an error."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise AliasesError(f"{what} must be a mapping (NAME: VALUE lines); {HINT}", path=path, line=_line(node))
    found: dict = {}
    for key_node, value_node in node.value:
        key = _scalar(key_node, path, "a key")
        if key in found:
            raise AliasesError(f"{key!r} appears twice in {what} (also line {_line(found[key][0])}); keep one",
                               path=path, line=_line(key_node))
        found[key] = (key_node, value_node)
    return found


def _yaml_section(action: str, node, path: str) -> list[Correction]:
    import yaml

    if action == "split":
        names = node.value if isinstance(node, yaml.SequenceNode) else [node]
        return [row("split", _scalar(name, path, "a split name"), path=path, line=_line(name)) for name in names]
    rows = []
    for name, (key_node, value) in _mapping(node, path, f"the {action} section").items():
        if action == "type":
            rows.append(row("type", name, type_=_scalar(value, path, "a type"), path=path, line=_line(key_node)))
        elif isinstance(value, yaml.MappingNode):
            fields = {key: _scalar(v, path, key) for key, (_, v) in _mapping(value, path, f"merge {name!r}").items()}
            if set(fields) - {"into", "type"}:
                raise AliasesError(f"merge {name!r} takes 'into' and 'type' (got {', '.join(fields)})", path=path,
                                   line=_line(key_node))
            rows.append(row("merge", name, target=fields.get("into", ""), type_=fields.get("type", ""), path=path,
                            line=_line(key_node)))
        else:
            rows.append(row("merge", name, target=_scalar(value, path, "a merge target"), path=path,
                            line=_line(key_node)))
    return rows


def checked(rows: Iterable[Correction], path: str = "") -> Corrections:
    """The corrections of rows checked together: a name merged into one target, one type a name, no type for a
    name that is merged away (set its target's), no merge chain that comes back to its start."""
    rows = list(rows)
    merges = _one_each(rows, path, lambda c: c.name if c.action == "merge" else None, lambda c: c.target,
                       "is merged into {other.target!r} at line {other.line}; merge a name into one target only")
    types = _one_each(rows, path, lambda c: (c.target or c.name) if c.type else None, lambda c: c.type,
                      "is given type {other.type} at line {other.line} and {this.type} here; keep one")
    splits = {correction.name for correction in rows if correction.action == "split"}
    for label, correction in types.items():
        if label in merges:
            target = merges[label].target
            raise AliasesError(f"{label!r} is given a type but merged into {target!r} at line {merges[label].line};"
                               f" set the type of {target!r} instead", path=path, line=correction.line)
    return Corrections(merges=_followed(merges, path), splits=frozenset(splits),
                       types={label: correction.type for label, correction in types.items()}, source=path)


def _one_each(rows: list[Correction], path: str, key, value, clash: str) -> dict[str, Correction]:
    """key -> the first row with that key (rows whose key is None left out); a later row with the same key and
    another value is an error, ``clash`` saying why."""
    found: dict[str, Correction] = {}
    for correction in rows:
        name = key(correction)
        if name is None:
            continue
        other = found.setdefault(name, correction)
        if value(other) != value(correction):
            raise AliasesError(f"{name!r} " + clash.format(other=other, this=correction), path=path,
                               line=correction.line)
    return found


def _followed(merges: dict[str, Correction], path: str) -> dict[str, str]:
    """NAME -> the last target of its chain (A into B, B into C: A into C); a chain back to its start is an error."""
    final = {}
    for name, correction in merges.items():
        target, seen = correction.target, [name]
        while target in merges:
            if target in seen:
                raise AliasesError(f"merging {name!r} comes back to it ({' -> '.join([*seen, target])}); "
                                   "take one of these rows out", path=path, line=correction.line)
            seen.append(target)
            target = merges[target].target
        final[name] = target
    return final


# Writing --------------------------------------------------------------------------------------------------------


def write_aliases(rows: Iterable[Correction], path: str | Path, *, commented: Iterable[Correction] = ()) -> None:
    """An aliases file of ``rows`` (CSV, or YAML by the suffix) that ``load_corrections`` reads back; the
    ``commented`` rows are written as comments, for the analyst to take in by uncommenting them."""
    from graph_builder.files import write_atomic

    path = Path(path)
    text = (_yaml_text if path.suffix.lower() in YAML_SUFFIXES else _csv_text)(list(rows), list(commented))
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _csv_line(correction: Correction) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(
        [correction.action, correction.name, correction.target, correction.type, correction.note])
    return buffer.getvalue()


def _csv_text(rows: list[Correction], commented: list[Correction]) -> str:
    lines = ["action,name,target,type,note\n", *map(_csv_line, rows)]
    if commented:
        lines.append("# to be judged: remove the # of a row to take it\n")
        lines += [f"# {_csv_line(correction)}" for correction in commented]
    return "".join(lines)


def _yaml_line(correction: Correction, prefix: str) -> str:
    import json

    def q(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML scalar

    note = f"  # {correction.note}" if correction.note else ""
    if correction.action == "merge":
        into = f"{{into: {q(correction.target)}, type: {correction.type}}}" if correction.type else q(correction.target)
        return f"{prefix}  {q(correction.name)}: {into}{note}\n"
    if correction.action == "type":
        return f"{prefix}  {q(correction.name)}: {correction.type}{note}\n"
    return f"{prefix}  - {q(correction.name)}{note}\n"


def _yaml_text(rows: list[Correction], commented: list[Correction]) -> str:
    sections = []
    for action in ACTIONS:
        live = [_yaml_line(c, "") for c in rows if c.action == action]
        judged = [_yaml_line(c, "# ") for c in commented if c.action == action]
        if live or judged:
            sections.append(f"{'' if live else '# '}{action}:\n" + "".join(live + judged))
    return "".join(sections)
