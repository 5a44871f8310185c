"""Entities: turn named-entity mentions into one node per real-world actor.

Within a document, "Volodymyr Zelensky", "Zelensky" and "Zelensky's" are one entity whose type is
voted over all its mentions (the small English model tags "Trump" as ORG most of the time);
nationality words and capitals used as actors stand for their country; "the Foreign Secretary" is the
person named with that title, else a node of the role (``roles``); he/she/it/they are resolved to a recent
actor of their gender or number, or left unresolved when two fit. Across documents, the same canonical
name is the same IRI, a bare surname joins the full name in reach (the only or the dominant person of that
surname), defined or known acronyms join their organization, generic words ("Government") stay nodes of
their document, and types are voted over the archive with evidence (see ``unification``).

The stage, per document (``resolve(doc, document, lexicon)``) and then across documents::

    parsed Doc ──► mentions ──────────► classification ──┬─► settled (country, capital, demonym, place, org)
                   NER spans cleaned,    gazetteer, then  │
                   missed names found    type votes       └─► coreference: names clustered by short form,
                                                              short names, role holders, pronouns + gender
                                                                        │
                                                                        ▼
                                                          DocEntities (mentions by token) ──► extract/
    DocumentResults ──► unification: NameTally ──► Unifier.plan ──► UnifyPlan.apply ──► (next stage: dedupe)

Modules: ``mentions`` (finding and cleaning name spans), ``classification`` (gazetteer and type votes),
``coreference`` (clusters, short names, pronouns, gender), ``holders`` (role nodes and the persons the archive
names with their title), ``collective`` (armed forces, governments,
rebels...: nodes with a sector and an owner, or of one document), ``roles`` (role holders, role nodes),
``pairs`` ("the pair", "the two men": a stand-in whose records go to the two persons named together just
before), ``document`` (``resolve`` runs the steps; ``DocEntities``), ``unification`` (``NameTally``, ``Unifier``,
``UnifyPlan``, ``unify``) and ``naming`` (``entity_iri``, ``make_entity``, names and their short forms).
Every step gets the lexicon (titles, ``lexicon.gazetteer``) as a parameter; nothing here loads it.
"""

from graph_builder.entities.document import DocEntities, resolve
from graph_builder.entities.naming import LABEL_TYPES, entity_iri, make_entity
from graph_builder.entities.unification import NameTally, Unifier, UnifyPlan, unify

__all__ = ["LABEL_TYPES", "DocEntities", "NameTally", "Unifier", "UnifyPlan", "entity_iri", "make_entity",
           "resolve", "unify"]
