"""Names of no actor that the model takes for one, read from their own document.

Products: a name that opens a work noun an article or a possessive pronoun determines ("its new Kasmo console",
"the ClipShield technology", "a Zentara disc") names a product in its whole document, no actor to comment on or to
back; so does a name after a noun of a format or a technology ("the disc format Zentara"). A company written so
("the Veltron phone") stays an actor where the document names it as one ("Veltron said ..."), and so does a person
("the Tom Avery film") (gazetteer.json ``work_nouns``).

Common nouns: a one-word name that its document writes capitalised only where any word is (opening a sentence or
a quote) and also in lower case as a common noun ("Broadband is changing how families live" beside "more homes
have broadband") is a common noun, no actor; a word the gazetteer knows as a body's, a country's or a place's
("Parliament" beside "parliament") stays one, and so do a name that speaks ("Harvest said ..." beside "the
harvest") and a name written mid-sentence ("to fund Yahoo" beside "a yahoo").

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [  # (text, the name of no actor, a record of an actor the text names so too, or None)
    ("Veltron has unveiled its new Kasmo console. The Kasmo console will cost $300, said Anna Berg. "
     "Ms Berg said the Kasmo would beat its rivals.", "Kasmo", None),
    ("Dorvex says its new ClipShield technology will stop most copying. Dorvex said ClipShield would also "
     "protect older discs.", "ClipShield", None),
    ("The next-generation disc format Zentara is winning supporters. Zentara, backed by 40 firms including "
     "Veltron, is competing against a rival. Zentara has won backing from Dorvex.", "Zentara", None),
    ("Veltron said its sales fell last year. Buyers now prefer the Veltron phone to its new Kasmo console, "
     "said Anna Berg. Ms Berg said Veltron would cut prices. Ms Berg said the Kasmo would beat its rivals.",
     "Kasmo", ("Anna Berg", "commentsOn", "Veltron")),
    ("Critics loved the new Tom Avery film, shot with the ClipShield technology. Jane Moss, a critic, said "
     "Tom Avery was the finest director of his age. Jane Moss said ClipShield would change cinema.", "ClipShield",
     ("Jane Moss", "commentsOn", "Tom Avery")),
    ("Dorvex will release a test version of the new Zimmo software in May. Users of the Zimmo system will rate "
     "files. Tom Reid said Zimmo would combine ideas from older systems.", "Zimmo", None),
    ('Tom Reid will captain Wales on Saturday. "It will be my first Wales game as captain," he said. Tom Reid '
     'said Wales would beat Hungary. Fans will watch on the new Kasmo device. Tom Reid said the Kasmo would '
     'beat its rivals.', "Kasmo", ("Tom Reid", "commentsOn", "Wales")),
    # common nouns
    ('More homes now have broadband, a report says. "Broadband is changing how families live," said Tom Reid, '
     'an analyst.', "Broadband", None),
    ('Texas is suing two men over illegal spam. "Spam is a plague on consumers," said Jane Holt, the state\'s '
     'attorney general.', "Spam", None),
    ('Fans felt a deep anger at the club. "Anger is a good thing," Tom Reid told his local radio station.', "Anger",
     None),
    ('More homes now have broadband, and few voters trust parliament. "Broadband is changing how families live," '
     'said Tom Reid. Parliament failed the country, said Ann Cole, a campaigner.', "Broadband",
     ("Ann Cole", "criticizes", "Parliament")),
    ('Farmers fear a poor harvest and slow broadband. Harvest, the bakery chain, said it would cut 200 jobs. '
     '"Broadband is too slow," said Ann Cole. Tom Reid, a union official, said Harvest had failed its workers.',
     "Broadband", ("Tom Reid", "criticizes", "Harvest")),
    ('Critics call the portal a yahoo and its mail spam. Sequoia Capital agreed to fund Yahoo last year. '
     '"Spam is a plague," said Ann Cole. Tom Reid said Yahoo was growing fast.', "Spam",
     ("Tom Reid", "commentsOn", "Yahoo")),
]


@pytest.mark.parametrize(("text", "name", "kept"), CASES)
def test_a_product_or_a_common_noun_is_no_actor(text, name, kept):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if name in (r[0], r[2])}, records
    assert kept is None or kept in records, records
