"""The shared challenge set, scored by its own scorer: the floor the pipeline must keep."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import CHALLENGE


def test_challenge_recall_and_no_forbidden_assertion(tmp_path):
    scorer = CHALLENGE.parent / "score_challenge.py"
    docs = tmp_path / "docs.jsonl"
    docs.write_text(subprocess.run([sys.executable, str(scorer), "docs", str(CHALLENGE)], capture_output=True,
                                   text=True, check=True).stdout, encoding="utf-8")
    built = subprocess.run(["graph-builder", "build", str(docs), "--out", str(tmp_path / "out"), "--quiet"],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    score = subprocess.run([sys.executable, str(scorer), "score", str(CHALLENGE),
                            str(tmp_path / "out" / "relations.jsonl"), "--quiet"],
                           capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    recall = float(re.search(r"recall ([\d.]+)", score).group(1))
    precision = float(re.search(r"precision ([\d.]+)", score).group(1))
    violations = int(re.search(r"forbidden asserted (\d+)/", score).group(1))
    checks_ok, checks = map(int, re.search(r"checks (\d+)/(\d+)", score).groups())
    assert recall >= 0.9 and precision >= 0.9, score
    assert violations == 0, score
    assert checks_ok == checks, score
