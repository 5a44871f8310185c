"""Negotiation: the media types the endpoint answers with, and which one a client gets (written by
``graph_builder.results``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MediaType:
    """A format this endpoint writes: its name, the media type it answers with, and those it accepts."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    def matches(self, wanted: str) -> bool:
        return wanted == self.media_type or wanted in self.aliases


SOLUTION_TYPES = (
    MediaType("json", "application/sparql-results+json", ("application/json",)),
    MediaType("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    MediaType("csv", "text/csv"),
    MediaType("tsv", "text/tab-separated-values"),
)
GRAPH_TYPES = (
    MediaType("turtle", "text/turtle", ("application/x-turtle",)),
    MediaType("ntriples", "application/n-triples", ("text/plain",)),
    MediaType("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
    MediaType("jsonld", "application/ld+json", ("application/json",)),
)


def _accepted(accept: str) -> list[str]:
    """The media types of an Accept header, best first (by q-value, then by order); q=0 left out."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(accept: str | None, offered: tuple[MediaType, ...]) -> MediaType | None:
    """The offered format the client prefers; the first offered when it states no preference; None when it
    accepts none of them (a 406)."""
    if not (accept or "").strip():
        return offered[0]
    for wanted in _accepted(accept):
        if wanted in ("*/*", "*"):
            return offered[0]
        major = wanted[:-2] if wanted.endswith("/*") else None
        for media in offered:
            if media.matches(wanted) or (major and media.media_type.startswith(major + "/")):
                return media
    return None
