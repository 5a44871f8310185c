"""Regression: a headline run into the lead ("Voss quits over tram row Ann Voss has ...") became the title of a
short article but not of a long one, which is parsed in pieces and joined (the pieces' marks of where the headline
ends were dropped when they were joined). Article and names of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document

HEADLINE = "Voss quits over tram row"
LEAD = "Ann Voss has left the council of Pellham after a long row over the new tram line."
PARAGRAPH = ("The tram line would run from the harbour of Pellham to the hills north of the town, "
             "and the council had argued about its cost for three years.")


def article(paragraphs: int) -> Document:
    text = f"{HEADLINE} {LEAD}\n\n" + "\n\n".join([PARAGRAPH] * paragraphs) + "\n"
    return Document(id="voss", text=text, source="<test>")


def test_the_run_in_headline_of_a_long_article_is_its_title(small_pipeline_limit):
    document = article(40)
    assert len(document.text) > 2 * small_pipeline_limit  # parsed in three pieces or more
    assert process([document])[0].document.title == HEADLINE
