"""Synthetic actor graphs and document results of any size, for the page's scale tests and the benchmarks
(a test fixture: it is not part of the installed package; benchmarks/ imports it from here).

Degrees follow a preferential-attachment pattern like real news networks: a few hubs
(countries, leaders) and a long tail of actors named once or twice.
"""

from __future__ import annotations

import random

import networkx as nx

from graph_builder.vocab import load_lexicon

TYPES = ("Person", "Organization", "Country", "Place", "Group")


def synthetic_actor_graph(actors: int, links: int, *, seed: int = 7, lexicon=None) -> nx.MultiDiGraph:
    """An actor view (as ``visualize.actor_view`` returns) with about ``links`` relations, drawn from the
    relations of ``lexicon`` (default: the installed ontology's)."""
    rng = random.Random(seed)
    relations = [name for name in (lexicon or load_lexicon()).relations]
    skeleton = nx.barabasi_albert_graph(actors, max(1, round(links / max(actors, 1))), seed=seed)
    G = nx.MultiDiGraph()
    for node in skeleton.nodes:
        G.add_node(f"actor-{node}", label=f"Actor {node:05d}", type=rng.choice(TYPES),
                   aliases=[f"A{node}"], mentions=1 + skeleton.degree(node), roles=[])
    for number, (a, b) in enumerate(skeleton.edges):
        if number >= links:
            break
        source, target = (a, b) if rng.random() < 0.5 else (b, a)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        G.add_edge(f"actor-{source}", f"actor-{target}", key=f"st-{number}", relation=rng.choice(relations),
                   verb="met", sentence=f"Actor {source} and Actor {target} did something on {day}.",
                   negated=rng.random() < 0.05, modality="asserted" if rng.random() < 0.9 else "intended",
                   time=day, confidence=round(rng.random(), 3), attributed_to="", place="",
                   doc=f"doc-{number % 500}", title=f"Synthetic article {number % 500}", date=day, url="")
    return G


# Named actors the example queries ask about, placed where such actors sit in real news: Russia a hub,
# Iran close behind, Armenia and Azerbaijan in the middle, two Nordic leaders in the long tail.
NAMED = {0: ("Russia", "Country"), 3: ("Iran", "Country"), 40: ("Armenia", "Country"),
         41: ("Azerbaijan", "Country"), 500: ("Evika Silina", "Person"), 501: ("Alexander Stubb", "Person")}


def synthetic_results(documents: int, relations_per_document: int, *, actors: int = 20_000, seed: int = 7):
    """Document results shaped like real builds (entities, relations with evidence), for store benchmarks.

    A few actors carry names the example queries ask about, so those queries have answers.
    """
    from graph_builder.entities import make_entity
    from graph_builder.records import Document, DocumentResult

    rng = random.Random(seed)
    relations = list(load_lexicon().relations)
    people = [make_entity(*NAMED.get(i, (f"Actor {i:05d}", rng.choice(TYPES)))) for i in range(actors)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(actors)]
    results = []
    for number in range(documents):
        found = _synthetic_relations(rng, people, weights, relations, number, relations_per_document)
        entities = {e.id: e for r in found for e in (r.subject, r.object)}
        results.append(DocumentResult(
            document=Document(id=f"synthetic-{number:06d}", text="", title=f"Synthetic article {number}",
                              date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
            sentences=relations_per_document, entities=tuple(entities.values()), relations=tuple(found)))
    return results


def _synthetic_relations(rng: random.Random, people: list, weights: list[float], relations: list[str], number: int,
                         count: int) -> list:
    """The relations of synthetic article ``number``: pairs of actors drawn by weight, evidence made up."""
    from graph_builder.records import Evidence, Relation

    doc_id = f"synthetic-{number:06d}"
    found = []
    for k in range(count):
        subject, obj = rng.choices(people, weights=weights, k=2)
        if k == 0 and number % 250 == 0:  # the two tail leaders meet now and then
            subject, obj = people[500], people[501]
        if subject.id == obj.id:
            continue
        sentence = f"{subject.label} and {obj.label} were in the news, article {number} sentence {k}."
        found.append(Relation(
            subject=subject, relation=rng.choice(relations), object=obj, verb="met",
            evidence=Evidence(doc_id=doc_id, sentence=sentence, start=k * 100, end=k * 100 + len(sentence)),
            negated=rng.random() < 0.05, modality="asserted" if rng.random() < 0.85 else "intended",
            time=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", confidence=round(rng.random(), 3)))
    return found


# A relation for each CAMEO root category that relates two actors, as the lexicon of the CAMEO range has them:
# (name, label, root code, quad class). Those the installed ontology already defines are not added again.
CAMEO_RANGE = (
    ("makesStatementTo", "makes a statement to", "01", "VerbalCooperation"),
    ("appealsTo", "appeals to", "02", "VerbalCooperation"),
    ("intendsToCooperateWith", "intends to cooperate with", "03", "VerbalCooperation"),
    ("consults", "consults", "04", "VerbalCooperation"),
    ("cooperatesDiplomaticallyWith", "cooperates diplomatically with", "05", "VerbalCooperation"),
    ("cooperatesMateriallyWith", "cooperates materially with", "06", "MaterialCooperation"),
    ("aids", "aids", "07", "MaterialCooperation"),
    ("yieldsTo", "yields to", "08", "MaterialCooperation"),
    ("investigates", "investigates", "09", "MaterialCooperation"),
    ("demands", "demands", "10", "VerbalConflict"),
    ("disapprovesOf", "disapproves of", "11", "VerbalConflict"),
    ("rejects", "rejects", "12", "VerbalConflict"),
    ("threatens", "threatens", "13", "VerbalConflict"),
    ("protests", "protests", "14", "VerbalConflict"),
    ("postures", "exhibits force posture toward", "15", "MaterialConflict"),
    ("reducesRelationsWith", "reduces relations with", "16", "MaterialConflict"),
    ("coerces", "coerces", "17", "MaterialConflict"),
    ("assaults", "assaults", "18", "MaterialConflict"),
    ("fights", "fights", "19", "MaterialConflict"),
    ("usesMassViolenceAgainst", "uses mass violence against", "20", "MaterialConflict"),
)


def cameo_range_turtle() -> str:
    """Turtle for the relations of ``CAMEO_RANGE`` the installed ontology lacks (to append to a copy of it)."""
    known = load_lexicon().relations
    return "".join(f'\nkg:{name} a owl:ObjectProperty ; rdfs:subPropertyOf kg:relatesTo ; rdfs:label "{label}" ; '
                   f'kg:cameoRoot "{code}" ; kg:quadClass kg:{quad} .\n'
                   for name, label, code, quad in CAMEO_RANGE if name not in known)
