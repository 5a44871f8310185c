"""A spokesperson's or a ministry's statement about the country it speaks for is no comment on another actor (issue
14): "Its spokeswoman, X, said <capital> did not recognise the result", "its" a country's foreign ministry, makes X a
member of that ministry and gives no commentsOn of its country; nor does the ministry's own statement about its
country. One who speaks for no body of that country still comments on it. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text)}


def test_a_ministrys_spokeswoman_does_not_comment_on_its_country():
    found = _found("The Austrian foreign ministry criticised the vote. Its spokeswoman, Greta Holm, said Vienna "
                   "did not recognise the result.")
    assert ("Greta Holm", "memberOf", "foreign ministry of Austria") in found, found
    assert ("Greta Holm", "commentsOn", "Austria") not in found, found


def test_a_ministry_does_not_comment_on_its_own_country():
    found = _found("The Austrian foreign ministry condemned the decision and said Vienna would retaliate.")
    assert not any(relation == "commentsOn" and obj == "Austria" for _, relation, obj in found), found


def test_one_who_speaks_for_no_body_of_the_country_still_comments_on_it():
    found = _found("Greta Holm said Vienna did not recognise the result.")
    assert ("Greta Holm", "commentsOn", "Austria") in found, found
