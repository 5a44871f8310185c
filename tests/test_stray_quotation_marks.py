"""A paragraph that a stray quotation mark opens runs, as a quotation, up to the next quotation mark, and may end on
a space no token holds: the article is still analysed, and the real quotation after it keeps its speaker. Text of
our own."""

from __future__ import annotations

from graph_builder import api

TEXT = ('Notes on the vote:\nKelby and Arno under fire Harbour deputies have sharply attacked both men. '
        'Mr Kelby told the Harbour Party conference on Tuesday: "Arno Vale will win, I am sure of it," he said.\n')


def test_an_article_with_a_stray_quotation_is_analysed():
    found = {(r.subject.label, r.relation, r.object.label) for r in api.extract(TEXT)}
    assert ("Kelby", "briefs", "Harbour Party") in found, found
