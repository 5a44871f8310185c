"""People named incompletely: a first name alone is the person of that first name the article is about (named at
least three times as often as any namesake it names once), not a node of its own; two namesakes named about as
often leave it apart. A surname alone that no rule joins stays a node of its own document when the archive names
several persons of it in full, so two articles' "Mr Pyle" are not made one person. A first name spelt with a "c"
for a "k" in one article ("Nikolai"/"Nicolai") is one person, and so is the surname alone beside it. Names and
sentences of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract

MAIN = ("Inquiry into Dan Vole row An inquiry began after Dan Corrin criticised the Gazette. Mr Corrin denied "
        "wrongdoing. The Gazette said Mr Corrin had broken the rules. His deputy Ella Frost said: \"I work very "
        "closely with Dan so I know him well.\"")
EVEN = ("Dan Corrin criticised the Gazette. Dan Pettit praised the Gazette. Mr Corrin denied wrongdoing. "
        "Mr Pettit agreed. Ella Frost said: \"I work very closely with Dan so I know him well.\"")


def _partners(text: str) -> set[str]:
    return {r.object.label for r in extract(text) if r.relation == "cooperatesWith" and r.subject.label == "Ella Frost"}


def test_a_first_name_alone_is_the_person_the_article_is_about_not_one_of_two_named_as_often():
    assert _partners(MAIN) == {"Dan Corrin"}
    assert not _partners(EVEN) & {"Dan Corrin", "Dan Pettit"}


def test_a_first_name_spelt_with_c_for_k_is_one_person_with_the_surname_alone():
    text = ("Nikolai Hollis opened a bakery in Derby on Monday. Mr Hollis said the town council had helped him. "
            "Nicolai Hollis moved to the town in 1998. Ana Lind praised Mr Hollis for his bread.")
    praised = {(r.object.label, bool(r.object.scope)) for r in extract(text) if r.relation == "praises"}
    assert praised == {("Nikolai Hollis", False)}


def test_a_surname_of_two_persons_named_in_full_stays_in_its_article():
    texts = ["Rhys Pyle opened a cycle shop in Hull on Friday.",
             "Mayor Owen Pyle opened a bridge in Derby.",
             "The Ferry Workers Union criticised Mr Pyle over the delays.",
             "Mr Pyle praised the Harbour Trust for its work."]
    results = process([Document(id=f"d{i}", text=text, source="<test>") for i, text in enumerate(texts)])
    pyles = {end.id for result in results[2:] for r in result.relations for end in (r.subject, r.object)
             if end.label == "Pyle"}
    assert len(pyles) == 2
