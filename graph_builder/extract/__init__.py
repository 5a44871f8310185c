"""Extract: relations and quotations from a parsed document, by small extractors registered in one place.

An extractor is a function ``(doc, entities, lexicon) -> Iterable[Relation | Quote]`` registered in
``graph_builder.registry.extractors``. The built-in ones (``nominal``, ``roles``, ``verbal``, ``quotes``,
``quoted_statements``)
register themselves exactly as a user's would::

    from graph_builder.registry import extractors

    @extractors.register("my_rule")
    def my_rule(doc, entities, lexicon):
        \"\"\"One line that ``graph-builder extractors`` shows.\"\"\"
        ...  # yield Relation (or Quote) records

A package registers one without being imported by an entry point in the group ``graph_builder_extractors``
(``my_rule = my_package.rules:my_rule``). By default every registered extractor runs: the built-ins in the
order they registered, then those from entry points by name; ``only`` (``--extractors``) picks some.
Each relation records the name of the extractor that made it (``Relation.extractor``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from importlib.metadata import entry_points

import catalogue
from spacy.tokens import Doc

from graph_builder.entities import DocEntities, pairs
from graph_builder.errors import ExtractionError, UsageError
from graph_builder.records import Quote, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon

Extractor = Callable[[Doc, DocEntities, Lexicon], Iterable[Relation | Quote]]


def _entry_point_names() -> list[str]:
    return sorted({entry.name for entry in entry_points(group=extractors.entry_point_namespace)})


_IN_PROCESS = catalogue.Registry(extractors.namespace, entry_points=False)
"""The same registry without its entry points: what code in this process registered, nothing imported."""


def extractor_names() -> list[str]:
    """Names of every registered extractor in the order they run: those registered in this process (the
    built-ins first) in registration order, then those from entry points, by name. No package is imported."""
    here = list(_IN_PROCESS.get_all())
    return here + [name for name in _entry_point_names() if name not in here]


def _load(name: str) -> Extractor:
    try:
        return extractors.get(name)
    except Exception as exc:  # an entry point's module may fail to import in any way
        raise ExtractionError(f"the extractor {name!r} could not be loaded ({type(exc).__name__}: {exc}); fix or "
                              f"uninstall the package that declares it (entry point group "
                              f"{extractors.entry_point_namespace})") from exc


def chosen_extractors(names: Sequence[str] | str | None = None) -> list[tuple[str, Extractor]]:
    """(name, function) of the extractors ``names`` picks (a list, or one string of comma-separated names), in
    the order given, or of all of them. An unknown name is a UsageError; only the chosen ones are loaded."""
    if isinstance(names, str):
        names = [name.strip() for name in names.split(",") if name.strip()]
    known = extractor_names()
    unknown = [name for name in names or () if name not in known]
    if unknown:
        raise UsageError(f"no extractor named {', '.join(map(repr, unknown))}; known: {', '.join(known)}")
    return [(name, _load(name)) for name in dict.fromkeys(names or known)]  # a name given twice runs once


def describe_extractors() -> list[tuple[str, str]]:
    """(name, the first line of its docstring) of every registered extractor."""
    return [(name, (func.__doc__ or "").strip().partition("\n")[0]) for name, func in chosen_extractors()]


def unregister(name: str) -> None:
    """Remove an extractor registered in this process (a test's or a notebook's); the others keep their order."""
    catalogue._remove((*extractors.namespace, name))  # catalogue has no public removal


def _kept(relation: Relation, name: str, lexicon: Lexicon) -> bool:
    """False for a self-relation or an object of a type the ontology rules out for the relation (no one is
    the leader of a person)."""
    info = lexicon.relations.get(relation.relation)
    if info is None:
        raise ExtractionError(f"extractor {name!r} made a relation {relation.relation!r} the ontology does not "
                              f"define; add it to the ontology (--ontology DIR) or fix the extractor")
    allowed = info.object_types
    return relation.subject.id != relation.object.id and (not allowed or relation.object.type in allowed)


def _stamped(relation: Relation, name: str, lexicon: Lexicon) -> Relation:
    """The record with the name of the extractor that made it, and its relation's CAMEO root code
    (``kg:cameoCode``) when the pattern knew no finer one: every event carries a code, so a query by code or
    by quad class ("criticism voiced in a quotation") finds it. An affiliation has no code."""
    code = relation.cameo_code or lexicon.relations[relation.relation].cameo
    if relation.extractor == name and relation.cameo_code == code:
        return relation
    return replace(relation, extractor=name, cameo_code=code)


def run_extractors(doc: Doc, entities: DocEntities, lexicon: Lexicon, chosen: Iterable[tuple[str, Extractor]]
                   ) -> tuple[list[Relation], list[Quote]]:
    """(relations, quotations) the ``chosen`` extractors find in one document, each relation stamped with the
    name of the extractor that made it and, when it had none, its relation's CAMEO root code. An extractor that
    fails raises ExtractionError naming it. Every extractor sees the first-person pronouns of quotations as their
    speakers (``quotes.first_person_resolved``), and a pair description ("the pair") as a stand-in whose records
    go to its two persons (``entities.pairs``)."""
    relations: list[Relation] = []
    quotations: list[Quote] = []
    entities = quotes.first_person_resolved(doc, entities, lexicon)
    for name, extractor in chosen:
        try:
            for record in extractor(doc, entities, lexicon):
                if isinstance(record, Quote):
                    quotations.append(record)
                elif _kept(record, name, lexicon):
                    relations.append(_stamped(record, name, lexicon))
        except ExtractionError:
            raise
        except Exception as exc:
            raise ExtractionError(f"extractor {name!r} failed: {type(exc).__name__}: {exc}") from exc
    return pairs.split(relations, quotations, entities.pairs)


def extract_relations(doc: Doc, entities: DocEntities, lexicon: Lexicon, *,
                      only: Sequence[str] | None = None) -> list[Relation]:
    """Every relation the registered extractors (or those ``only`` names) find in one document, without
    self-relations and without objects of a type the ontology rules out for the relation."""
    return run_extractors(doc, entities, lexicon, chosen_extractors(only))[0]


from graph_builder.extract import nominal, roles, verbal, quotes, quoted_statements  # noqa: E402,F401,I001  (built-ins register on import, in this order)
