"""benchmarks/extraction_gaps.py: which sentences name two actors, which verbs link them, what the report says."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from graph_builder import entities as entity_stage
from graph_builder.extract import chosen_extractors, run_extractors
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.records import Document, Evidence, Relation
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("extraction_gaps", ROOT / "benchmarks" / "extraction_gaps.py")
gaps = importlib.util.module_from_spec(spec)
sys.modules.setdefault("extraction_gaps", gaps)  # dataclasses look their module up there
spec.loader.exec_module(gaps)


@pytest.fixture(scope="module")
def analysed(lexicon):
    """A function: text -> (doc, its entities, the records the registered extractors make)."""
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)

    def run(text: str):
        doc = nlp(text)
        doc_entities = entity_stage.resolve(doc, Document(id="gaps-test", text=text, source="<test>"), lexicon)
        relations, _ = run_extractors(doc, doc_entities, lexicon, chosen_extractors())
        return doc, doc_entities, relations

    return run


def links(analysed, text: str, recorded=frozenset()) -> dict[str, tuple[set[str], set[str], bool]]:
    """The verb links of a one-sentence text: lemma -> (subject labels, object labels, covered)."""
    doc, doc_entities, _ = analysed(text)
    labels = {e.id: e.label for e in doc_entities.entities}
    found = {}
    for link in gaps.verb_links(doc[:], doc_entities, set(recorded)):
        found[link.lemma] = ({labels[s] for s in link.subjects}, {labels[o] for o in link.objects}, link.covered)
    return found


def test_a_verb_links_its_subject_to_its_object(analysed):
    assert links(analysed, "Germany envied France.") == {"envy": ({"Germany"}, {"France"}, False)}


def test_a_record_on_the_verb_covers_the_link(analysed):
    assert links(analysed, "Germany envied France.", {"envied"})["envy"][2] is True


def test_a_preposition_and_a_passive_by_link_too(analysed):
    assert links(analysed, "Germany quarrelled with France.")["quarrel"][:2] == ({"Germany"}, {"France"})
    assert links(analysed, "Germany was outplayed by France.")["outplay"][:2] == ({"Germany"}, {"France"})


def test_a_verb_joined_by_and_takes_the_first_verbs_subject(analysed):
    found = links(analysed, "Germany envied France and mocked Italy.")
    assert found["mock"][:2] == ({"Germany"}, {"Italy"})


def test_an_infinitive_takes_the_object_that_controls_it_else_the_subject(analysed):
    assert links(analysed, "Germany agreed to mock France.")["mock"][:2] == ({"Germany"}, {"France"})
    assert links(analysed, "Germany persuaded France to mock Italy.")["mock"][:2] == ({"France"}, {"Italy"})


def test_places_and_verbs_without_two_actors_link_nothing(analysed):
    assert links(analysed, "Germany slept soundly.") == {}
    assert "envy" not in links(analysed, "Germany envied Germany.")


def test_records_are_found_in_the_sentences_their_evidence_covers(analysed, lexicon):
    text = "Germany envied France. Sweden envied Norway. Spain slept."
    doc, doc_entities, _ = analysed(text)
    spans = gaps.sentences(doc, doc_entities.sentence_starts)
    assert [s.text.strip() for s in spans] == ["Germany envied France.", "Sweden envied Norway.", "Spain slept."]
    entity = {e.label: e for e in doc_entities.entities}
    second = spans[1]
    made = Relation(subject=entity["Sweden"], relation="criticizes", object=entity["Norway"], verb="envied",
                    evidence=Evidence(doc_id="gaps-test", sentence=second.text, start=second.start_char,
                                      end=second.end_char))
    assert gaps.records_by_sentence(spans, [made]) == {1: [made]}
    found = list(gaps.document_gaps(doc, doc_entities, [made], lexicon))
    assert [(g.text, g.records, g.events) for g in found] == [("Germany envied France.", 0, 0),
                                                             ("Sweden envied Norway.", 1, 1)]
    assert [link.covered for g in found for link in g.links] == [False, True]


def test_an_affiliation_is_a_record_but_no_event(lexicon):
    affiliations = [name for name, info in lexicon.relations.items() if info.quad_class == gaps.AFFILIATION]
    others = [name for name, info in lexicon.relations.items() if info.quad_class != gaps.AFFILIATION]
    assert affiliations and others
    stub = Evidence(doc_id="d", sentence="s", start=0, end=1)
    actor = entity_stage.make_entity("Germany", "Country")
    other = entity_stage.make_entity("France", "Country")

    def relation(name):
        return Relation(subject=actor, relation=name, object=other, verb="v", evidence=stub)

    assert not any(gaps.is_event(relation(name), lexicon) for name in affiliations)
    assert all(gaps.is_event(relation(name), lexicon) for name in others)


def test_the_tally_shares_and_the_top_list():
    tally = gaps.Tally()
    link = gaps.VerbLink(lemma="envy", word="envied", subjects=frozenset("a"), objects=frozenset("b"),
                         covered=False)
    other = gaps.VerbLink(lemma="mock", word="mocked", subjects=frozenset("a"), objects=frozenset("b"),
                          covered=False)
    tally.add(gaps.SentenceGaps(text="first envy", actors=frozenset("ab"), records=0, events=0, links=(link,)))
    tally.add(gaps.SentenceGaps(text="second envy", actors=frozenset("ab"), records=2, events=0,
                                links=(link, other)))
    tally.add(gaps.SentenceGaps(text="an event", actors=frozenset("ab"), records=1, events=1))
    tally.add(gaps.SentenceGaps(text="nothing", actors=frozenset("ab"), records=0, events=0))
    figures = tally.as_json(top=1)
    assert (figures["record_share"], figures["event_share"]) == (0.5, 0.25)
    assert figures["missed_verbs"] == [{"lemma": "envy", "count": 2, "example": "first envy"}]
    text = gaps.report(tally, 2)
    assert "with a relation record: 2 (50.0 %" in text
    assert "  1. envy" in text and "  2. mock" in text


def test_the_command_reads_articles_and_prints_json(tmp_path, capsys):
    articles = tmp_path / "articles.jsonl"
    lines = [{"id": "one", "text": "Germany envied France. Sweden met Norway in Oslo."},
             {"id": "two", "text": "Spain slept."}, {"id": "three", "text": "Italy envied Austria."}]
    articles.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    gaps.main([str(articles), "--limit", "2", "--top", "5", "--json"])
    captured = capsys.readouterr()
    figures = json.loads(captured.out)
    assert figures["documents"] == 2
    assert figures["sentences_with_two_actors"] == 2
    assert figures["with_record"] == 1, "Sweden met Norway gives a record, Germany envied France none"
    assert [v["lemma"] for v in figures["missed_verbs"]] == ["envy"]
    assert "analysed 2/2 articles" in captured.err


def test_the_sentences_without_a_record_are_written_for_reading(tmp_path, capsys):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "one", "text": "Germany envied France. Sweden met Norway in Oslo."}) + "\n",
                        encoding="utf-8")
    recordless = tmp_path / "recordless.jsonl"
    gaps.main([str(articles), "--json", "--recordless", str(recordless)])
    capsys.readouterr()
    lines = [json.loads(line) for line in recordless.read_text(encoding="utf-8").splitlines()]
    assert lines == [{"document": "one", "sentence": "Germany envied France.", "actors": ["France", "Germany"]}]


def test_the_help_describes_every_option(capsys):
    with pytest.raises(SystemExit) as done:
        gaps.main(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    for option in ("--limit", "--top", "--json", "--recordless", "target"):
        assert option in shown


def test_a_role_and_its_own_organisation_count_once_apart(analysed, lexicon):
    """"The Tory leader" is a role node owned by the party: a sentence naming it and the party names one actor
    apart, while one naming another actor too names two."""
    doc, doc_entities, relations = analysed("The leader of the Green Party said the Green Party would win.")
    (alone,) = gaps.document_gaps(doc, doc_entities, relations, lexicon)
    assert len(alone.actors) == 2 and alone.apart == 1
    doc, doc_entities, relations = analysed("The leader of the Green Party said Peru would win.")
    (found,) = gaps.document_gaps(doc, doc_entities, relations, lexicon)
    assert found.apart == 2
