"""Words: tests of a single written word that the parse (``nlp``) and the entities both ask."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week, lower case, Monday first (``datetime.weekday()`` order)."""


@lru_cache(maxsize=65536)
def is_acronym(label: str) -> bool:
    """Whether a label is written as an acronym ("GM", "BAA", "CJTF-OIR"): one word, two letters or more, every
    letter a capital. The entity stage asks it of the same names many times over, so the answers are kept."""
    letters = [c for c in label if c.isalpha()]
    return " " not in label and len(letters) >= 2 and all(c.isupper() for c in letters)


def unit_word(word: str, units: Container[str]) -> bool:
    """Whether a word can end a unit's name that a number completes ("Task Force 50", "CTF 50"): one of ``units``
    (lower case: "force", "group") or an acronym."""
    return word.lower() in units or is_acronym(word)
