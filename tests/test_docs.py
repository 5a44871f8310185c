"""Everything a user can call is documented: every command and option (in the README and in --help), every
name registered as a reader, writer or extractor, every name the Python API exports and every error type.

The lists are read from the code (the real argparse parser, ``graph_builder.registry.REGISTRIES``,
``graph_builder.__all__``, the subclasses of ``GraphBuilderError``), so something added later without its
documentation fails here by name. The README forms it looks for:

- Command line: the code block of the "Command line" section has a synopsis line for every command,
  ``graph-builder COMMAND ...`` (continuation lines indented), naming each of its options.
- Registries: under "## Registries", a ``### readers`` (``writers``, ``extractors``) heading with a table
  whose first column is each registered name in backticks.
- Python API: ``graph_builder.NAME`` or ``NAME(`` somewhere in the README (dunder names such as
  ``__version__`` aside); every callable it exports has a docstring.
- Errors: each exception class named in the "## Errors" section (the tree drawn there).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re

import pytest

import graph_builder
from graph_builder import errors, registry
from tests.conftest import ROOT, argument_name, cli_arguments, cli_commands, cli_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The body of a Markdown section, up to the next heading of the same or a higher level."""
    level = len(heading) - len(heading.lstrip("#"))
    match = re.search(rf"^{re.escape(heading)}\s*$(.*?)(?=^#{{1,{level}}} |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


def synopses(text: str) -> dict[str, str]:
    """The command-line synopsis lines of the README by command (comments left out)."""
    block = re.search(r"```sh\n(.*?)```", section(text, "## Command line"), re.S)
    found: dict[str, str] = {}
    command = None
    for line in (block.group(1) if block else "").splitlines():
        words = line.split("#", 1)[0]
        if line.startswith("graph-builder "):
            command = words.split()[1]
            found[command] = found.get(command, "") + " " + words
        elif line.startswith(" ") and command:
            found[command] += " " + words
        else:
            command = None
    return found


def table_names(text: str, heading: str) -> set[str]:
    """The backticked names in the first column of the table(s) under a heading."""
    return set(re.findall(r"^\|\s*`([^`]+)`\s*\|", section(text, heading), re.M))


PARSER = cli_parser()
COMMANDS = cli_commands(PARSER)
OPTIONS = [(name, action) for name, (_, sub) in COMMANDS.items() for action in cli_arguments(sub)]
TOP_OPTIONS = cli_arguments(PARSER)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_and_a_readme_synopsis(command):
    summary, sub = COMMANDS[command]
    assert summary and summary != argparse.SUPPRESS, f"graph-builder {command} has no help line"
    assert sub.description, f"graph-builder {command} --help has no description"
    assert command in synopses(README), f"the README's Command line block has no 'graph-builder {command}' line"


@pytest.mark.parametrize(("command", "action"), OPTIONS, ids=[f"{c} {argument_name(a)}" for c, a in OPTIONS])
def test_every_option_has_help_text_and_is_in_the_readme(command, action):
    name = argument_name(action)
    assert action.help and action.help != argparse.SUPPRESS, f"graph-builder {command} {name} has no help text"
    if action.option_strings:
        synopsis = synopses(README).get(command, "")
        assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", synopsis), (
            f"graph-builder {command} {name} is not on a 'graph-builder {command}' line of the README's "
            "Command line block")
        shown_choices = re.findall(rf"(?<![\w-]){re.escape(name)} ([\w.-]+(?:\|[\w.-]+)+)", synopsis)
        takes = [str(choice) for choice in action.choices or ()]
        for shown in shown_choices if takes else ():
            assert set(shown.split("|")) == set(takes), (
                f"the README shows graph-builder {command} {name} {shown}; it takes {'|'.join(takes)}")


@pytest.mark.parametrize("action", TOP_OPTIONS, ids=[argument_name(a) for a in TOP_OPTIONS])
def test_every_top_level_option_has_help_text_and_is_in_the_readme(action):
    name = argument_name(action)
    assert action.help, f"graph-builder {name} has no help text"
    assert re.search(rf"^graph-builder {re.escape(name)}\b", section(README, "## Command line"), re.M), (
        f"the README's Command line block has no 'graph-builder {name}' line")


@pytest.mark.parametrize("command", sorted(c for c in synopses(README) if not c.startswith("-")))
def test_the_readme_shows_no_command_or_option_that_is_not_there(command):
    assert command in COMMANDS, f"the README shows 'graph-builder {command}', which is no command"
    real = {option for action in cli_arguments(COMMANDS[command][1]) for option in action.option_strings}
    shown = set(re.findall(r"(?<![\w-])--[a-z][\w-]*", synopses(README)[command]))
    assert not shown - real, f"the README shows graph-builder {command} {sorted(shown - real)}, which it does not take"


def _import_everything() -> None:
    """Import every module of the package, so every built-in registers itself (as it does on first use)."""
    for module in pkgutil.walk_packages(graph_builder.__path__, "graph_builder."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)


_import_everything()
REGISTERED = [(kind, name) for kind, catalogue in registry.REGISTRIES.items() for name in catalogue.get_all()]


@pytest.mark.parametrize(("kind", "name"), REGISTERED, ids=[f"{k}:{n}" for k, n in REGISTERED])
def test_every_registered_name_is_in_the_readme(kind, name):
    documented = table_names(README, f"### {kind}")
    assert name in documented, f"the {kind} registry holds {name!r}; add a row | `{name}` | ... | under " \
                               f"'### {kind}' in the README's Registries section"


@pytest.mark.parametrize("kind", sorted(registry.REGISTRIES))
def test_the_readme_documents_no_registered_name_that_is_not_there(kind):
    registered = set(registry.REGISTRIES[kind].get_all())
    if not registered:
        pytest.skip(f"nothing is registered as a {kind[:-1]} yet")
    stale = table_names(README, f"### {kind}") - registered
    assert not stale, f"the README's {kind} table lists {sorted(stale)}, which no one registers"


API = sorted(name for name in getattr(graph_builder, "__all__", ()) if not name.startswith("__"))  # not __version__


@pytest.mark.parametrize("name", API)
def test_every_public_api_name_has_a_docstring_and_is_in_the_readme(name):
    obj = getattr(graph_builder, name)
    if callable(obj):
        assert (obj.__doc__ or "").strip(), f"graph_builder.{name} has no docstring"
    assert re.search(rf"graph_builder\.{name}\b|\b{name}\(", README), f"the README does not show graph_builder.{name}"


ERRORS = sorted(name for name, obj in vars(errors).items()
                if isinstance(obj, type) and issubclass(obj, errors.GraphBuilderError))


@pytest.mark.parametrize("name", ERRORS)
def test_every_error_type_is_in_the_readme_and_the_module_docstring(name):
    assert getattr(errors, name).__doc__, f"{name} has no docstring"
    assert re.search(rf"\b{name}\b", section(README, "## Errors")), f"the README's Errors section lacks {name}"
    assert re.search(rf"\b{name}\b", errors.__doc__), f"the tree in errors.py's docstring lacks {name}"


def test_the_readme_forms_this_test_reads_are_there():
    """The parsers above find what they look for: otherwise every check would pass on nothing."""
    assert {"build", "query", "serve"} <= set(synopses(README))
    assert "--store-url" in synopses(README)["build"]
    assert section(README, "## Registries") and section(README, "## Errors")
    for kind in registry.REGISTRIES:
        assert table_names(README, f"### {kind}"), f"no table under '### {kind}' in the README"
