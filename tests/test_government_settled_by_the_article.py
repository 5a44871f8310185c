"""A bare "the government" is the government of the state the article settles: one whose office the article itself
says a person holds ("Home Secretary X", a title of one country's government, with no archive to tie X to its
politics), or the country most of what the article names of states is of, though another country acts in it as a
state or a place ("the two Britons held by the United States"). An article that settles no state keeps giving no
record of "the government" (unification's ``_home_country``). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

_UK_GOVERNMENT = "government of the United Kingdom"


def _of_governments(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extract(text)) if "government" in t[0] + t[2] and t[1] != "memberOf"}


def test_an_office_the_article_names_settles_its_state_and_no_office_leaves_it_unsettled():
    settled = _of_governments("Home Secretary Arvo Pellik defended the detention plan on Monday. The Caldera Rights "
                              "Trust urged the government to drop the plan.")
    unsettled = _of_governments("The Prince of Norland received four million pounds from the government last year, "
                                "his household said.")
    assert ("Caldera Rights Trust", "appealsTo", _UK_GOVERNMENT) in settled, settled
    assert not unsettled, unsettled


def test_the_country_most_named_settles_the_state_though_another_acts_in_the_article():
    found = _of_governments("Foreign Secretary Arvo Pellik said the two Britons held by the United States would "
                            "return to Britain next week. British officials said the men would be questioned in "
                            "London. Ann Varga, director of the rights group Free Voice, called on the government to "
                            "free them at once.")
    assert ("Ann Varga", "appealsTo", _UK_GOVERNMENT) in found, found
