"""Role holders across an archive: a role node is the person of its article the archive names with that title."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document


def facts(texts: dict[str, str]) -> dict[str, set[tuple[str, str, str]]]:
    results = process([Document(id=doc_id, text=text, source="<test>") for doc_id, text in texts.items()])
    return {r.document.id: {(x.subject.label, x.relation, x.object.label) for x in r.relations} for r in results}


def test_the_prime_minister_is_the_person_the_archive_names_with_that_title():
    found = facts({"a": "Prime Minister Ann Weller met Paul Orrin in Leeds.",
                   "b": "Ann Weller spoke in Hull on Monday. The prime minister later criticised Paul Orrin."})
    assert ("Ann Weller", "criticizes", "Paul Orrin") in found["b"]


def test_two_holders_in_the_article_leave_the_role_node():
    found = facts({"a": "Prime Minister Ann Weller met Paul Orrin in Leeds.",
                   "c": "Prime Minister Kay Dorn met Paul Orrin in York.",
                   "b": "Ann Weller and Kay Dorn spoke in Hull. The prime minister criticised Paul Orrin."})
    assert ("Prime Minister", "criticizes", "Paul Orrin") in found["b"]


def test_a_qualified_title_holds_no_plain_role():
    found = facts({"a": "Shadow Home Secretary Ann Weller met Paul Orrin in Leeds.",
                   "b": "Ann Weller spoke in Hull. The home secretary criticised Paul Orrin."})
    assert not any(subject == "Ann Weller" and relation == "criticizes" for subject, relation, _ in found["b"])


def test_a_role_node_of_an_acronym_title_keeps_it_in_capitals():
    found = facts({"a": "The Eastbury MP criticised Paul Orrin in the debate."})
    assert {subject for subject, relation, _ in found["a"] if relation == "criticizes"} == {"MP of Eastbury"}, found


def test_a_title_qualified_before_its_owner_holds_no_plain_role_in_the_article():
    """Regression (issue 14): "ex-Conservative chancellor X" held "chancellor", so "the chancellor" of the article
    became the former holder."""
    found = facts({"a": "Mr Hartley told MPs the economy was growing. But the chancellor said Mr Pennick was "
                        "insulting the statistics office. Earlier, ex-Conservative chancellor Tom Drayson welcomed "
                        "the new rules.",
                   "b": "Dan Corrie spoke to MPs on Monday. Later, the Labour leader said Mr Pennick was wrong. "
                        "Former Labour leader Ed Maybury backed the plan."})
    assert ("Tom Drayson", "criticizes", "Pennick") not in found["a"], found
    assert ("Ed Maybury", "criticizes", "Pennick") not in found["b"], found


def test_a_title_qualified_before_its_owner_holds_no_plain_role_in_the_archive():
    found = facts({"a": "Former Tory chancellor Tom Drayson met Paul Orrin in Leeds.",
                   "b": "Tom Drayson spoke in Hull on Monday. The chancellor later criticised Paul Orrin."})
    assert ("Tom Drayson", "criticizes", "Paul Orrin") not in found["b"], found


def test_the_subject_after_a_clause_that_ends_in_a_name_is_no_title_of_that_name():
    """Regression (issue 14): "Quoting trade minister X, the prime minister said ..." made X the prime minister
    (an apposition, as the parser read it) and gave X every statement of the prime minister's."""
    found = facts({"a": "Quoting the new Peruvian trade minister Ann Toller, the prime minister said that tariffs "
                         "would fall. The prime minister said Mr Dunmore had learned much."})
    assert ("Ann Toller", "commentsOn", "Dunmore") not in found["a"], found
