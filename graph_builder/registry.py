"""Registries: the extension points, open to other packages through entry points.

Built-ins register exactly as a user's code or another package would::

    from graph_builder.registry import extractors

    @extractors.register("my_rule")
    def my_rule(doc, entities, lexicon):
        ...  # yield graph_builder.records.Relation objects

A package adds to a registry without being imported, by an entry point in the group
``graph_builder_<registry>`` (``graph_builder_readers``, ``graph_builder_writers``,
``graph_builder_extractors``) whose name is the registered name.
"""

from __future__ import annotations

import catalogue

readers = catalogue.create("graph_builder", "readers", entry_points=True)
"""Input formats by lower-case file suffix (``".md"``): ``(path, *, on_error) -> Iterable[Document]``
(see ``graph_builder.ingest``)."""

writers = catalogue.create("graph_builder", "writers", entry_points=True)
"""Output files of a build, by name: ``graph_builder.outputs.OutputWriter`` subclasses."""

extractors = catalogue.create("graph_builder", "extractors", entry_points=True)
"""Relation extractors, by name: ``(doc, entities, lexicon) -> Iterator[Relation]``."""

REGISTRIES = {"readers": readers, "writers": writers, "extractors": extractors}
