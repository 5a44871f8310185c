"""A headline run into the first sentence with no punctuation ("Lee quits over funding row Ann Lee has ...", as
some news archives store their articles) ends where the lead begins: a sentence starts there, so the parser reads
the lead as a sentence of its own. Texts where nothing ends (a first sentence with a name in it, a title on its own
line, a name after its description) are left as they are; the headline becomes the title of a document that has
none. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.records import Document


@pytest.fixture(scope="module")
def nlp(lexicon):
    return load_pipeline(DEFAULT_MODEL, lexicon)


def starts(nlp, text):
    doc = nlp(text)
    assert doc.text == text  # offsets never move
    return [sent.start_char for sent in doc.sents]


@pytest.mark.parametrize(("text", "lead"), [
    ("Dalton seeks to calm party unrest Dalton's allies held a meeting on Tuesday to end talk of a split in the "
     "party.", "Dalton's allies"),
    ("Reed in talks on port deal Ann Reed has held talks with Tom Dunn about the future of the port.",
     "Ann Reed has"),
    ("Kelby farmers to get drought aid The government of Kelby has promised farmers help after a dry summer.",
     "The government"),
    ("Kelby miners 'to strike' Three unions in Kelby said on Monday that their members would walk out.",
     "Three unions"),
    ("Hale wins award Eastport coach Tom Hale has won the league's award for the third year running.",
     "Eastport coach"),
    ("Reed 'to step down in spring' Ann Reed has told friends she will leave the council of Kelby in April.",
     "Ann Reed has"),
    ("Kelby port plan 'will cost too much' Ministers in Kelby have said the new port would cost more than it earns.",
     "Ministers in"),
])
def test_the_lead_run_into_a_headline_starts_a_sentence(nlp, text, lead):
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Harbour boss backs ferry plan A senior port official has backed the new timetable for the winter.",
     "A senior"),
    ("Dunn clashes with ministers The party's chief whip has accused the cabinet of ignoring farmers.",
     "The party's"),
    ("Dock workers in strike ballot The biggest union at the port is to ballot its members on a walkout.",
     "The biggest"),
    ("Greens look to council gains They may not say so, but the party hopes to double its seats.", "They may"),
])
def test_a_capitalised_determiner_or_pronoun_opens_a_lead_that_repeats_no_headline_word(nlp, text, lead):
    """Inside a running sentence "The", "A" or "They" is never capitalised: after a headline with a verb or a
    preposition it opens the lead, even after a noun that may stand before a name ("ministers")."""
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Dalton hits back at harbour jibe Ann Dalton has said the remark about the port was unfair.", "Ann Dalton"),
    ("No port deal before spring, says Hadley Tom Hadley has told the council that the talks have stalled.",
     "Tom Hadley"),
    ("Dalton in talks with Eastport Ann Dalton has met the mayor of Eastport to discuss the port.", "Ann Dalton"),
])
def test_a_lead_naming_in_full_a_person_the_headline_named_by_surname_starts_a_sentence(nlp, text, lead):
    """A headline names a person by the surname alone, the lead by the first name and surname; running text names
    a person in full first ("Ann Dalton and Tom Dalton" stays one sentence)."""
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Reed rejects Tory tax fears Ann Reed has dismissed claims that her budget would hurt farmers.", "Ann Reed has"),
    ("Dunn defends Kelby school reforms Tom Dunn has said the changes will help pupils.", "Tom Dunn has"),
    ("Lee welcomes Labour housing pledges Ann Lee has praised the plans for new homes in Kelby.", "Ann Lee has"),
])
def test_a_plural_noun_ending_a_headline_describes_no_single_name_after_it(nlp, text, lead):
    """A capitalised word before the headline's last nouns ("Tory tax fears") makes them a description of the name
    that follows when the last one is singular ("Eastport coach Tom Hale"); a plural noun describes no one name."""
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Reed defends school law changes The mayor has defended plans to close two schools in Kelby.", "The mayor"),
    ("Dalton dismisses Tory tax fears Ann Dalton has said her budget will not hurt farmers.", "Ann Dalton"),
])
def test_a_plural_noun_taken_for_a_verb_may_end_a_headline(nlp, text, lead):
    """The tagger takes the plural noun that ends a headline for a second verb ("changes", "fears" after a noun, a
    verb before): it is no verb of the lead, so the headline still ends there."""
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Reed backs 'new port plan' Ann Reed has backed the council's plan for a new port in Kelby.", "Ann Reed has"),
])
def test_a_single_quote_taken_for_a_possessive_still_opens_a_quotation(nlp, text, lead):
    """The tagger takes a single quote after a space for a possessive's ("backs 'new port plan'"); the quotation it
    opens ends before the lead, which may start after it."""
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize(("text", "lead"), [
    ("Reed to quit as Kelby mayor Kelby mayor Ann Reed is to step down in May after ten years.", "Kelby mayor Ann"),
])
def test_words_a_headline_ends_with_said_again_open_the_lead(nlp, text, lead):
    assert text.index(lead) in starts(nlp, text)


@pytest.mark.parametrize("text", [
    "Stars flock to Eastport film Kelby actors Ann Reed and Tom Dunn have signed up for the new film.",
])
def test_a_plural_noun_before_a_list_of_names_is_their_description(nlp, text):
    assert starts(nlp, text) == [0]


@pytest.mark.parametrize("text", [
    "Prime Minister Tony Reed said on Monday that Labour would win the vote in Kelby.",
    "Police in Eastport arrested Tom Hale on Friday after Hale attacked a guard at the station.",
    "The party leader Ann Reed said Reed would stand again at the next election.",
    "Kelby upset over Hale ban Kelby coach Tom Dunn says the ban on Hale is unfair to the club.",
    "Ann Reed and her husband Tom Reed visited Kelby on Monday.",
    "Ann Dalton and Tom Dalton opened the new port in Kelby on Monday.",
    "Mr Dalton met Tom Dalton in Kelby on Monday to talk about the port.",
    "Kelby vow to hold on to Hadley Kelby chairman Ann Reed says the club has no plan to sell Tom Hadley.",
    "Mr Hume rejected claims Mr Ashby-Cole had met the mayor.",
    "Tom 'Tiger' Reed has signed a new contract with Kelby until next summer.",
    "Lee hails 'brave' Kelby Ann Lee has praised the people of Kelby for their courage after the floods.",
    "Councillors plan to scrap A roads in favour of a new bypass round Kelby.",
    "Reed will play Ann Reed's sister in the final at Kelby.",
    "Dunn must beat Tom Dunn's rivals to win the Kelby seat.",
])
def test_a_first_sentence_that_runs_on_is_not_cut(nlp, text):
    assert starts(nlp, text) == [0]


def test_a_title_on_its_own_line_is_left_as_it_is(nlp):
    text = "Reed quits council over funding row\nAnn Reed has resigned from the council of Kelby after a row."
    assert starts(nlp, text) == [0, text.index("Ann Reed")]



@pytest.mark.parametrize(("title", "expected"), [
    (None, "Dalton seeks to calm party unrest"),
    ("Dalton and the party", "Dalton and the party"),  # a title of its own stays
])
def test_the_run_in_headline_is_the_title_of_a_document_without_one(title, expected):
    document = Document(id="t", text="Dalton seeks to calm party unrest Dalton's allies held a meeting on Tuesday to "
                        "end talk of a split in the party.", title=title, source="<test>")
    assert process([document])[0].document.title == expected
