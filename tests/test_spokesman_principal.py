"""An unnamed spokesman whose principal the text names ("his spokesman said", "Ana Ruiz's spokeswoman said", "a
spokesman for Ana Ruiz said") reports what that person says: the records of the clause said are attributed to the
person; a named spokesman speaks for himself. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

SAID = [
    ("Ana Ruiz's spokeswoman said Peru had attacked Chile.", "Ana Ruiz"),
    ("Peru had attacked Chile, Ana Ruiz's spokesman said.", "Ana Ruiz"),
    ("A spokesman for Ana Ruiz said Peru had attacked Chile.", "Ana Ruiz"),
    ("President Luis Vega said Peru had attacked Chile. Later his spokesman said Peru had attacked Bolivia.",
     "Luis Vega"),
    ("Tom Lee, Ana Ruiz's spokesman, said Peru had attacked Chile.", "Tom Lee"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SAID, ids=[s for s, _ in SAID])
def test_a_spokesmans_principal_is_the_speaker(sentence, speaker):
    found = [r for r in extract(sentence) if r.relation == "attacks"]
    assert found and {r.attributed_to.label if r.attributed_to else None for r in found} == {speaker}
