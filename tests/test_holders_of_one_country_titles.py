"""A role node of a title of one country ("the home secretary", "the Lord Chancellor": kg:NationalTitle) is the
person of its article the archive names with that title elsewhere, as for any other title: the archive had kept
only the title's last word ("secretary", "chancellor") as what such a holder was named with. Two such persons in the
article, or one named with a qualified title ("Shadow Home Secretary"), leave the role node. Names and sentences of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples

TEXTS = {
    "reed-1": "Home Secretary Tom Reed opened a new prison near Leeds on Monday.",
    "reed-2": "Home Secretary Tom Reed visited a police college in Hull on Tuesday.",
    "penrith-1": "Lord Chancellor Lord Penrith opened a court building in Exeter on Monday.",
    "penrith-2": "Lord Chancellor Lord Penrith praised the magistrates of Truro on Tuesday.",
    "kemp-1": "Home Secretary Ruth Kemp visited a fire station in Ely on Monday.",
    "dale-1": "Shadow Home Secretary Ann Dale visited a fire station in Wells on Monday.",
    "home": "Tom Reed spoke to prison officers on Friday. Later the home secretary criticised the Ferry Workers Union "
            "over the strike.",
    "lord": "Lord Penrith met judges in York on Friday. Later the Lord Chancellor criticised the Bar Council over its "
            "fees.",
    "two": "Tom Reed and Ruth Kemp spoke to prison officers on Friday. Later the home secretary criticised the Ferry "
           "Workers Union over the strike.",
    "shadow": "Ann Dale spoke to prison officers on Friday. Later the home secretary criticised the Ferry Workers "
              "Union over the strike.",
}


@pytest.mark.parametrize(("article", "subject", "target"), [
    pytest.param("home", "Tom Reed", "Ferry Workers Union", id="the archive's home secretary"),
    pytest.param("lord", "Lord Penrith", "Bar Council", id="the archive's Lord Chancellor"),
    pytest.param("two", "Home Secretary of the United Kingdom", "Ferry Workers Union", id="two holders"),
    pytest.param("shadow", "Home Secretary of the United Kingdom", "Ferry Workers Union", id="a shadow post"),
])
def test_a_title_of_one_country_finds_its_holder_in_the_archive(built, article, subject, target):
    assert (subject, "criticizes", target) in built[article], built[article]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    return archive_triples(tmp_path_factory.mktemp("national_holders"), TEXTS)  # document -> its records
