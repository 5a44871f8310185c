"""A plain (non-editable) install carries the ontology and the page template, and no test fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_ontology_and_template_and_finds_them(tmp_path):
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources, and a stale build/lib
    # would put modules deleted since into the wheel.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "out", "tests", "benchmarks", "docs"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(tmp_path / "dist"), str(source)], check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("graph_builder/ontology/newskg.ttl", "graph_builder/ontology/shapes.ttl",
                 "graph_builder/ontology/gazetteer.json", "graph_builder/ontology/lexicon/04_consult.yaml",
                 "graph_builder/templates/graph.html"):
        assert name in names
    assert "graph_builder/synthetic.py" not in names, "test fixtures stay out of the package"
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    probe = ("import graph_builder.vocab as v; p = v.ontology_file('newskg.ttl'); "
             "assert str(p).startswith(%r), p; lexicon = v.load_lexicon(); "
             "print(len(lexicon.relations), len(lexicon.families) > 10)" % str(site))
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(site)},
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from graph_builder.vocab import load_lexicon
    expected = f"{len(load_lexicon().relations)} True"
    assert done.stdout.strip() == expected, "the relations and the lexicon files are installed"
