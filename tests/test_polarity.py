"""Polarity, modality and tense: what a sentence commits to, and what it only plans, hopes, denies or ends.

Every sentence here is written for these rules; each names the relation and how the sentence should
qualify it (a modality, "denied" or "asserted").
"""

from __future__ import annotations

import pytest

from tests.conftest import extract

# (sentence, (subject, relation, object), the status it must carry)
READINGS = [
    # what a verb of examining takes as object has happened, whatever the clause says of the examining
    ("The regulator is to examine a complaint from the Harbour Party about how the Velorian Greens used the levy.",
     ("Harbour Party", "criticizes", "Velorian Greens"), "asserted"),
    ("The commissioner refused to investigate the attack by Chile on Peru.", ("Chile", "attacks", "Peru"),
     "asserted"),
    # announced, planned, hoped, hypothetical: never asserted
    ("Kofi Annan is to visit Kenya next month.", ("Kofi Annan", "visits", "Kenya"), "future"),
    ("The Greens are to back the Labour government's budget.",
     ("Greens", "praises", "government of the Labour Party"), "future"),
    ("Tom Hadley is due to join talks with Mara Ilves next week.",
     ("Tom Hadley", "meets", "Mara Ilves"), "future"),
    # a verb after "due to" the parser took for a noun ("host" of "host talks")
    ("Peru is due to host talks between Bolivia and Chile next week.", ("Bolivia", "meets", "Chile"), "future"),
    ("Norway is due to host peace talks between Sri Lanka and the Tamil Tigers.",
     ("Sri Lanka", "meets", "Tamil Tigers"), "future"),
    ("Paul Martin is to join Jean Chretien in a visit to Mexico.", ("Paul Martin", "visits", "Mexico"), "future"),
    ("Nelson Mandela would be happy to meet Robert Mugabe.", ("Nelson Mandela", "meets", "Robert Mugabe"),
     "intended"),
    ("Nelson Mandela would not be happy to meet Robert Mugabe.", ("Nelson Mandela", "meets", "Robert Mugabe"),
     "negated intended"),
    ("Thabo Mbeki hopes to meet Olusegun Obasanjo.", ("Thabo Mbeki", "meets", "Olusegun Obasanjo"), "intended"),
    ("Anna Kask looks forward to meeting Tomas Reyes.", ("Anna Kask", "meets", "Tomas Reyes"), "intended"),
    # a duty or a responsibility to act is no act
    ("Chile has a special responsibility to press Peru to end the blockade.", ("Chile", "appealsTo", "Peru"),
     "intended"),
    # a role held since a year is current
    ("Tomas Reyes has led the Green Party since 2001.", ("Tomas Reyes", "leaderOf", "Green Party"), "asserted"),
    # wanted of someone else, whom the parser may make the subject of a clause of its own: no fact
    ("Tom Dorn wants Ivor Hatton to meet Ana Ruiz.", ("Ivor Hatton", "meets", "Ana Ruiz"), "intended"),
    ("Tom Dorn wanted Peru to condemn Chile.", ("Peru", "criticizes", "Chile"), "intended"),
    # a title given through "to" is what the verb above makes of it
    ("Ivor Hatton is to become Peru's ambassador to Chile.", ("Ivor Hatton", "memberOf", "Peru"), "future"),
    ("Ivor Hatton is expected to become leader of the Green Party.", ("Ivor Hatton", "leaderOf", "Green Party"),
     "future"),
    ("Ivor Hatton hopes to become leader of the Green Party.", ("Ivor Hatton", "leaderOf", "Green Party"),
     "intended"),
    ("Norway is willing to send troops to Bosnia.", ("Norway", "deploysTo", "Bosnia"), "intended"),
    ("Kenya is keen to meet Uganda.", ("Kenya", "meets", "Uganda"), "intended"),
    ("Norway is committed to defeating the Zorvani Front.", ("Norway", "attacks", "Zorvani Front"), "intended"),
    ("Norway remains committed to working together with Chad.", ("Norway", "cooperatesWith", "Chad"), "intended"),
    # the content of a claim, a suggestion or an idea is possible; rejected or dismissed, denied too
    ("Anna Kask dismissed suggestions that Chad had attacked Niger.", ("Chad", "attacks", "Niger"), "negated possible"),
    ("Talk of the suggestion that Chad had attacked Niger grew.", ("Chad", "attacks", "Niger"), "possible"),
    # what a modal auxiliary makes of a clause holds for an event in a phrase of it, one called false is disputed
    ("Lena Kask said Chad should be opening the summit with an apology to Niger.",
     ("Chad", "cooperatesWith", "Niger"), "intended"),
    ("Lena Kask said Omar Diallo was wrong about Chad winning the war against Niger.",
     ("Chad", "attacks", "Niger"), "negated possible"),
    ("Because Lena Kask was never present at any meetings between Chad and Niger, she would not comment.",
     ("Chad", "meets", "Niger"), "denied"),
    # a report or a belief is no fact; dismissed, it is denied
    ("Chad has dismissed reports it attacked Niger in May.", ("Chad", "attacks", "Niger"), "negated possible"),
    ("Few people think that Chad attacked Niger in May.", ("Chad", "attacks", "Niger"), "possible"),
    ("Chad is said to have discussed fishing rights with Niger during talks in May.",
     ("Chad", "meets", "Niger"), "possible"),
    # an adverb of doubt on the predicate, a participle's too
    ("Nigerien troops reportedly killed Chadian civilians.", ("armed forces of Niger", "attacks", "civilians of Chad"),
     "possible"),
    ("The family of a Chadian civilian allegedly killed by Nigerien troops won the case.",
     ("armed forces of Niger", "attacks", "civilians of Chad"), "possible"),
    # a verb joined by "and" with no auxiliary of its own shares the first one's
    ("The Andean Trade Union says it will monitor the vote and assist Chad in the talks.",
     ("Andean Trade Union", "supports", "Chad"), "future"),
    ("Kenya is unlikely to meet Uganda.", ("Kenya", "meets", "Uganda"), "possible"),
    # an event noun a copula rates as likely or due is not yet a fact
    ("Fresh talks between Velcorp and the Harbour Party now look likely.", ("Velcorp", "meets", "Harbour Party"),
     "possible"),
    ("Fresh talks between Velcorp and the Harbour Party are likely after the vote.",
     ("Velcorp", "meets", "Harbour Party"), "possible"),
    # a reported event noun is no fact
    ("The reported feud between Ilse Varga and Tomas Reyes deepened.", ("Ilse Varga", "criticizes", "Tomas Reyes"),
     "possible"),
    ("Tom Dorn spoke. The gossip about his feud with Senator Ilse Varga grew.",
     ("Tom Dorn", "criticizes", "Ilse Varga"), "possible"),
    # a row played down by the speaker is no fact
    ("Ivor Hale said the recent squabbles between Anna Kask and Tomas Reyes were exaggerated.",
     ("Anna Kask", "criticizes", "Tomas Reyes"), "possible"),
    ("Ivor Hale played down the rift between Anna Kask and Tomas Reyes.", ("Tomas Reyes", "criticizes", "Anna Kask"),
     "possible"),
    ("Ivor Hale said the feud between Anna Kask and Tomas Reyes had been overblown by the press.",
     ("Anna Kask", "criticizes", "Tomas Reyes"), "possible"),
    ("Ivor Hale said the feud between Anna Kask and Tomas Reyes had deepened.",
     ("Anna Kask", "criticizes", "Tomas Reyes"), "asserted"),
    # a tip is a prediction, not an event
    ("Ilse Varga is tipped to meet Tomas Reyes on Monday.", ("Ilse Varga", "meets", "Tomas Reyes"), "possible"),
    ("Kenya was able to meet Uganda.", ("Kenya", "meets", "Uganda"), "asserted"),
    # a capacity or ability to act is no act, nor is an act the writer puts in scare quotes
    ("We will not let the KLF build up its ability to attack Chad.", ("KLF", "attacks", "Chad"), "possible"),
    ("The KLF has the ability to strike Niger.", ("KLF", "attacks", "Niger"), "possible"),
    ("This shows that Chad's \"war\" on the KLF is a sham.", ("Chad", "attacks", "KLF"), "possible"),
    ("Chad's war on the KLF goes on.", ("Chad", "attacks", "KLF"), "asserted"),
    ("Spain demanded that Morocco send troops to Mauritania.", ("Morocco", "deploysTo", "Mauritania"), "intended"),
    # a present tense with a time to come is future; without one it is what happens now
    ("Jacques Chirac is travelling to Russia next week.", ("Jacques Chirac", "visits", "Russia"), "future"),
    ("Silvio Berlusconi is holding talks with Jose Maria Aznar on Friday.",
     ("Silvio Berlusconi", "meets", "Jose Maria Aznar"), "future"),
    ("Silvio Berlusconi is holding talks with Jose Maria Aznar.",
     ("Silvio Berlusconi", "meets", "Jose Maria Aznar"), "asserted"),
    ("Jacques Chirac visited Russia last week.", ("Jacques Chirac", "visits", "Russia"), "asserted"),
    # "this week" with a present tense is a schedule, and a clause of the same time under it shares it
    ("Silvio Berlusconi meets Jose Maria Aznar this week.", ("Silvio Berlusconi", "meets", "Jose Maria Aznar"),
     "future"),
    ("Jacques Chirac is campaigning hard this week as he visits Lyon, Nantes and Lille.",
     ("Jacques Chirac", "visits", "Lille"), "future"),
    ("Jacques Chirac visited Russia this week.", ("Jacques Chirac", "visits", "Russia"), "asserted"),
    # a headline's progressive with no auxiliary is that progressive ("X touring ..." is "X is touring ...")
    ("Finance minister Ilse Varga touring the south this week as she visits Lyon, Nantes and Lille.",
     ("Ilse Varga", "visits", "Nantes"), "future"),
    # denied by a noun, an adjective, a verb of denial or the subject
    ("Finland's refusal to support Estonia surprised Latvia.", ("Finland", "supports", "Estonia"), "denied"),
    ("Kenya is unable to meet Uganda.", ("Kenya", "meets", "Uganda"), "denied"),
    ("Kenya denied that it had sent troops to Somalia.", ("Kenya", "deploysTo", "Somalia"), "denied"),
    ("Neither Belgium nor Denmark has sent troops to Iraq.", ("Denmark", "deploysTo", "Iraq"), "denied"),
    ("Australia has cancelled its talks with Indonesia.", ("Australia", "meets", "Indonesia"), "denied"),
    # an open question is no fact
    ("Angela Merkel did not say whether Jacques Chirac had met Silvio Berlusconi.",
     ("Jacques Chirac", "meets", "Silvio Berlusconi"), "hypothetical"),
    # a relation that ended is past, not current
    ("Turkey ended its sanctions on Armenia.", ("Turkey", "sanctions", "Armenia"), "past"),
    ("Canada lifted its sanctions on Cuba.", ("Canada", "sanctions", "Cuba"), "past"),
    ("Sweden quit the talks with Norway.", ("Sweden", "meets", "Norway"), "past"),
    ("Romania's former talks with Moldova were secret.", ("Romania", "meets", "Moldova"), "past"),
    # an ending that did not happen, or is only planned, leaves the relation current
    ("Canada did not lift its sanctions on Cuba.", ("Canada", "sanctions", "Cuba"), "asserted"),
    ("Spain plans to end its sanctions on Cuba.", ("Spain", "sanctions", "Cuba"), "asserted"),
    # a claim is possible, whoever makes it; "refused to" in a mis-parsed clause is no denial of a report
    ("Greece claimed that Turkey had sent troops to Cyprus.", ("Turkey", "deploysTo", "Cyprus"), "possible"),
    ("The inquiry examined claims that Turkey had sent troops to Cyprus.", ("Turkey", "deploysTo", "Cyprus"),
     "possible"),
    # what a publication says is its claim, vouched for by no actor; what a named speaker says stays asserted
    ("The book says Anna Kask met Tomas Reyes in March.", ("Anna Kask", "meets", "Tomas Reyes"), "possible"),
    ("A new report states that Finland attacked Estonia.", ("Finland", "attacks", "Estonia"), "possible"),
    ("Anna Kask says Tomas Reyes met Ilse Varga.", ("Tomas Reyes", "meets", "Ilse Varga"), "asserted"),
    # ... and so is a relative clause inside the claim
    ("A new book claims that at a dinner where Anna Kask met Tomas Reyes, Ilse Varga was absent.",
     ("Anna Kask", "meets", "Tomas Reyes"), "possible"),
    ("Ilse Varga says that at a dinner where Anna Kask met Tomas Reyes, the talk was of war.",
     ("Anna Kask", "meets", "Tomas Reyes"), "asserted"),
    # what someone needs or wants, named by a copula, is wanted, not done
    ('"What we need is a thorough Audit Commission inspection of the Chilean government\'s accounts," said Ms Hale.',
     ("Audit Commission", "investigates", "government of Chile"), "intended"),
    # a duty or a bond to act is not the act ("was bound to", "felt obliged to")
    ("Jeremy Vale felt obliged to meet Anna Kask in Riga.", ("Jeremy Vale", "meets", "Anna Kask"), "intended"),
    ("Edgar Holm admitted he was bound to tell Jeremy Vale that the talks had collapsed.",
     ("Edgar Holm", "briefs", "Jeremy Vale"), "intended"),
    # the purpose of going back is intended, not yet done (kg:ReturningVerb)
    ("Tom Velling, once a party strategist, is returning this spring to advise Labour on its campaign.",
     ("Tom Velling", "briefs", "Labour Party"), "intended"),
    ("Ilse Varga is returning to lead the Greens.", ("Ilse Varga", "leaderOf", "Greens"), "intended"),
    # a rejected claim: denied, and no more than possible in the first place
    ("Russia rejected the claim that it had attacked Georgia.", ("Russia", "attacks", "Georgia"),
     "negated possible"),
    # a negative implicative denies its clause, and its own denial asserts it
    ("Ann Holt did not fail to condemn Tom Hale over the pipeline.", ("Ann Holt", "criticizes", "Tom Hale"),
     "asserted"),
    ('Ann Holt said: "I did not forget to mention Tom Hale in my speech."', ("Ann Holt", "commentsOn", "Tom Hale"),
     "asserted"),
    ("Ann Holt forgot to thank Tom Hale for his help.", ("Ann Holt", "praises", "Tom Hale"), "denied"),
    # an event a verb of perception takes as its clause is as real as the perceiving (kg:PerceptionVerb)
    ("Voters could see Tom Hale coming to Norway next year.", ("Tom Hale", "visits", "Norway"), "possible"),
    ("Voters may see Tom Hale travelling to Norway next year.", ("Tom Hale", "visits", "Norway"), "possible"),
    ("Reporters saw Tom Hale arrive in Norway on Monday.", ("Tom Hale", "visits", "Norway"), "asserted"),
]


def _status(sentence: str, triple: tuple[str, str, str]) -> list[str]:
    return [r.status for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == triple]


@pytest.mark.parametrize("sentence, triple, status", READINGS, ids=[s for s, *_ in READINGS])
def test_the_sentence_commits_to_what_it_says(sentence, triple, status):
    assert _status(sentence, triple) == [status]


# A negation, a condition or a plan stops at its clause: what a clause of its own states stays asserted.
SCOPE = [
    ("Chile would not negotiate with Peru while Bolivia continued its attacks on Argentina.",
     ("Bolivia", "attacks", "Argentina"), "asserted", ("Chile", "meets", "Peru"), "negated hypothetical"),
    ("Ghana refused to meet Togo after Mali attacked Niger.",
     ("Mali", "attacks", "Niger"), "asserted", ("Ghana", "meets", "Togo"), "denied"),
    ("Brazil will not respond to Chile if Argentina attacks Uruguay.",
     ("Argentina", "attacks", "Uruguay"), "hypothetical", None, None),
    ("Spain will meet Portugal when Morocco visits Algeria.",
     ("Morocco", "visits", "Algeria"), "future", ("Spain", "meets", "Portugal"), "future"),
    ("Peru did not attack Chile after Bolivia attacked Ecuador.",
     ("Bolivia", "attacks", "Ecuador"), "asserted", ("Peru", "attacks", "Chile"), "denied"),
    # an event under "despite" or "after" is no part of what the clause above denies or wants
    ("Lena Ossia has shown no willingness to compromise despite her meeting with Otto Brandt.",
     ("Lena Ossia", "meets", "Otto Brandt"), "asserted", None, None),
    ("Lena Ossia refused to sign the pact after her meeting with Otto Brandt.",
     ("Lena Ossia", "meets", "Otto Brandt"), "asserted", None, None),
    ("Otto Brandt will visit France after his talks with Lena Ossia.",
     ("Otto Brandt", "meets", "Lena Ossia"), "future", ("Otto Brandt", "visits", "France"), "future"),
    # an event of someone's own that a verb joins or steps up is under way, whatever is wanted or denied of the joining
    ("Many Velorian villagers are seeking to join the Chadian army's fight against the Red Hand Brigade.",
     ("army of Chad", "attacks", "Red Hand Brigade"), "asserted", None, None),
    ("Niger hopes to join Chad's campaign against the Red Hand Brigade.",
     ("Chad", "attacks", "Red Hand Brigade"), "asserted", None, None),
    ("Niger did not join Chad's fight against the Red Hand Brigade.",
     ("Chad", "attacks", "Red Hand Brigade"), "asserted", None, None),
    ("Niger plans to step up its attacks on the Red Hand Brigade.",
     ("Niger", "attacks", "Red Hand Brigade"), "asserted", None, None),
    # without a possessor the fight joined is the joiner's own, and only wanted
    ("Niger wants to join the fight against the Red Hand Brigade.",
     ("Niger", "attacks", "Red Hand Brigade"), "intended", None, None),
    # who claims responsibility or credit for an event owns up to it: it was done, no duty; denied, it is denied
    ("The Red Hand Brigade claimed responsibility for the attack on Kenyan troops.",
     ("Red Hand Brigade", "attacks", "armed forces of Kenya"), "asserted", None, None),
    ("The Red Hand Brigade took credit for the raid on the Chadian army.",
     ("Red Hand Brigade", "attacks", "army of Chad"), "asserted", None, None),
    ("The Red Hand Brigade denied responsibility for the attack on Kenyan troops.",
     ("Red Hand Brigade", "attacks", "armed forces of Kenya"), "denied", None, None),
    ("Chad has a responsibility to meet Niger.", ("Chad", "meets", "Niger"), "intended", None, None),
]


@pytest.mark.parametrize("sentence, inner, inner_status, outer, outer_status", SCOPE, ids=[s[0] for s in SCOPE])
def test_negation_and_modality_stop_at_their_clause(sentence, inner, inner_status, outer, outer_status):
    assert _status(sentence, inner) == [inner_status]
    if outer is not None:
        assert _status(sentence, outer) == [outer_status]


def test_the_new_cue_words_are_data(lexicon):
    # the cue classes the rules read are in the ontology, not in code
    assert "be" in lexicon.cues["FutureCopula"]
    assert {"next", "friday"} <= lexicon.cues["FutureTime"]
    assert {"end", "lift", "quit"} <= lexicon.cues["Past"]
    assert "take part in" in lexicon.cues["Participation"]
    assert {"refusal", "unable"} <= lexicon.cues["Negation"]
    assert {"join", "step up"} <= lexicon.cues["ContinuingVerb"]
    assert {"responsibility", "credit"} <= lexicon.cues["ResponsibilityNoun"]


# A role the sentence says ended is past: no current leaderOf/memberOf
ENDED_ROLES = [
    ("The scandal forced the resignation of Oxfam chairman Peter Smith and director Anne Jones.",
     ("Peter Smith", "leaderOf", "Oxfam")),
    ("The plan was endorsed by his predecessor as Oxfam chairman, Peter Smith.", ("Peter Smith", "leaderOf", "Oxfam")),
    ("The memoir says Lord Jones once met then Foreign Office Minister Lord Smith.",
     ("Lord Smith", "memberOf", "Foreign Office")),
    ("The inquiry named the then Oxfam chairman, Peter Smith.", ("Peter Smith", "leaderOf", "Oxfam")),
    ("Oxfam chairman Peter Smith spoke. Then Oxfam chairman Anne Jones was reported to have resigned.",
     ("Anne Jones", "leaderOf", "Oxfam")),
    ("The departure of Labour leader John Smith shocked the party.", ("John Smith", "leaderOf", "Labour Party")),
    # a relation that holds at the verb's time, in the past tense
    ("Tom Reyes worked for the Refugee Council for ten years.", ("Tom Reyes", "memberOf", "Refugee Council")),
    ("Tom Reyes was working for the Refugee Council when the war began.",
     ("Tom Reyes", "memberOf", "Refugee Council")),
    # a role the verb "be" gives in the past tense
    ("Boris Pavlov was a Zorvani Front officer who defected in 1985.", ("Boris Pavlov", "memberOf", "Zorvani Front")),
    ("Anna Kask was chairman of the Refugee Council until 2001.", ("Anna Kask", "leaderOf", "Refugee Council")),
    # a role the verb's adverb places before ("previously led", "formerly headed")
    ("Anna Kask previously led the Andean Trade Union.", ("Anna Kask", "leaderOf", "Andean Trade Union")),
    ("Anna Kask formerly headed the Refugee Council.", ("Anna Kask", "leaderOf", "Refugee Council")),
    # ... and so does the verb a participle of it hangs on; a span of years that ends closes it
    ("Norway previously led the Arctic Task Group, commanding it from a frigate.",
     ("Norway", "leaderOf", "Arctic Task Group")),
    ("Lord Harlow - who led the Harbour Party from 1977 until 1989 - now sits on a museum board.",
     ("Lord Harlow", "leaderOf", "Harbour Party")),
]


@pytest.mark.parametrize("sentence, triple", ENDED_ROLES, ids=[s for s, _ in ENDED_ROLES])
def test_a_role_that_ended_is_past(sentence, triple):
    assert _status(sentence, triple) == ["past"]


def test_a_role_held_now_stays_asserted():
    assert _status("Oxfam chairman Peter Smith spoke.", ("Peter Smith", "leaderOf", "Oxfam")) == ["asserted"]
    assert _status("Tom Reyes works for the Refugee Council.", ("Tom Reyes", "memberOf", "Refugee Council")) == [
        "asserted"]
    assert _status("Anna Kask is chairman of the Refugee Council.", ("Anna Kask", "leaderOf", "Refugee Council")) == [
        "asserted"]
    assert _status("Anna Kask now leads the Andean Trade Union.", ("Anna Kask", "leaderOf", "Andean Trade Union")) == [
        "asserted"]
