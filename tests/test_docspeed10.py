r"""docspeed10 (issue 8 §5, issue 11): work the checker repeated per chain or per candidate is done once.

* ``noisemodel`` parses each formula once per pass over a chain (``_Parses``), a refused one too;
* ``samples.column_letters`` / ``rows_denied`` / ``stated_rows`` are pure functions of the notes' text,
  remembered (their answers are frozen, so no caller can change what the next one gets);
* ``casedomains.case_domains`` leaves a chain without conditions as it is.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sympy as sp

from verifier.documents import casedomains, samples
from verifier.documents.noisemodel import _Parses, said_noise
from verifier.latex import LatexError


class _Doc:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def parse(self, src: str, prime_var: object = None, nc: object = None) -> sp.Basic:
        self.calls.append(src)
        if src == "bad":
            raise LatexError("unreadable")
        return sp.Symbol(src.strip("\\"))


def test_each_formula_is_parsed_once_per_pass_and_a_refusal_is_remembered() -> None:
    doc = _Doc()
    parse = _Parses(doc)
    assert parse("w") == sp.Symbol("w") and parse("w") == sp.Symbol("w")
    for _ in range(2):
        with pytest.raises(LatexError):
            parse("bad")
    assert doc.calls == ["w", "bad"]


def test_said_noise_with_the_remembered_parse_reads_as_before() -> None:
    text = r"Let $y = w x + \epsilon$ where $\epsilon$ is noise. The weight $w$ is learned."
    doc = _Doc()
    parse = _Parses(doc)
    assert said_noise(text, "epsilon", parse)
    assert not said_noise(text, "w", parse)
    assert doc.calls.count(r"\epsilon") == 1  # the second candidate read the formulas from the pass's memory


def test_the_prose_scans_are_remembered_and_frozen() -> None:
    text = r"The columns of $\mathbf{X}$ are the observations $\mathbf{x}_i$. The rows of $Z$ are not samples."
    first = samples.column_letters(text)
    assert first == {"X"} and isinstance(first, frozenset)
    assert samples.column_letters(text) is first
    assert samples.rows_denied(text) == {"Z", "X"} and isinstance(samples.rows_denied(text), frozenset)


def test_a_chain_without_conditions_is_returned_as_it_is() -> None:
    chain, scope = SimpleNamespace(conditions=[]), object()
    assert casedomains.case_domains(chain, scope, "Case $w > 0$:\n") == (chain, scope)  # type: ignore[arg-type]


def test_verify_doc_sizes_sympys_cache_before_sympy_is_imported_and_a_users_size_wins() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = "import verifier.cli as c; c.doc_sympy_cache(); import sympy.core.cache as k; print(k.SYMPY_CACHE_SIZE)"
    env = {k: v for k, v in os.environ.items() if k != "SYMPY_CACHE_SIZE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    run = lambda e: subprocess.run([sys.executable, "-c", probe], env=e, capture_output=True, text=True,  # noqa: E731
                                   check=True).stdout.strip()  # fmt: skip
    from verifier.cli import DOC_SYMPY_CACHE_SIZE

    assert run(env) == DOC_SYMPY_CACHE_SIZE
    assert run({**env, "SYMPY_CACHE_SIZE": "500"}) == "500"
