"""Extract: relations from a parsed document, by small extractors registered in one place.

An extractor is a function ``(doc, entities) -> Iterator[Relation]``. The built-in ones register
themselves exactly as a user's would::

    from graph_builder.extract import extractors

    @extractors.register("my_rule")
    def my_rule(doc, entities):
        ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from graph_builder.entities import DocEntities
from graph_builder.errors import ExtractionError
from graph_builder.records import Relation
from graph_builder.registry import extractors as builtin_extractors
from graph_builder.vocab import Lexicon

Extractor = Callable[[Doc, DocEntities], Iterator[Relation]]


class Registry:
    """Named extractors, run in registration order."""

    def __init__(self) -> None:
        self._items: dict[str, Extractor] = {}

    def register(self, name: str) -> Callable[[Extractor], Extractor]:
        def add(func: Extractor) -> Extractor:
            if name in self._items:
                raise ExtractionError(f"an extractor named {name!r} is registered already; choose another name")
            self._items[name] = func
            return func

        return add

    def unregister(self, name: str) -> None:
        """Remove an extractor (a plugin switched off); the others keep their order."""
        self._items.pop(name, None)

    def names(self) -> list[str]:
        return list(self._items)

    def get(self, name: str) -> Extractor:
        try:
            return self._items[name]
        except KeyError:
            raise ExtractionError(f"no extractor named {name!r}; known: {', '.join(self._items)}") from None

    def describe(self) -> list[tuple[str, str]]:
        return [(name, (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else "")
                for name, func in self._items.items()]


extractors = Registry()


def extract_relations(doc: Doc, entities: DocEntities, lexicon: Lexicon, *,
                      only: list[str] | None = None) -> list[Relation]:
    """Every relation the registered extractors find in one document, without self-relations and
    without objects of a type the ontology rules out for the relation (no one is the leader of a person)."""
    relations = lexicon.relations
    found: list[Relation] = []
    for name in only or extractors.names():
        try:
            for relation in extractors.get(name)(doc, entities, lexicon):
                allowed = relations[relation.relation].object_types
                if relation.subject.id != relation.object.id and (not allowed or relation.object.type in allowed):
                    found.append(relation)
        except ExtractionError:
            raise
        except Exception as exc:
            raise ExtractionError(f"extractor {name!r} failed: {type(exc).__name__}: {exc}") from exc
    return found


from graph_builder.extract import nominal, roles, verbal  # noqa: E402,F401  (built-ins register on import)

# Bridge until the registry moves to graph_builder.registry (session "ext"): the built-ins register there.
for _name, _func in builtin_extractors.get_all().items():
    if _name not in extractors.names():
        extractors.register(_name)(_func)
