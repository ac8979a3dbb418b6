"""``verify check``: one-off claims through the safe parser; hostile text is refused without effect."""

from __future__ import annotations

import ast
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from verifier.cli import main
from verifier.exitcodes import ExitCode


def test_a_true_claim_in_latex(capsys) -> None:
    code = main(["check", r"\frac{d}{dx} \tanh x", r"1 - \tanh^2 x", "--points", "40"])
    out = capsys.readouterr().out
    assert code == ExitCode.OK and "PROVED" in out


def test_a_whole_chain_typed_as_one_argument_is_cut_at_its_equals_signs(capsys) -> None:
    # as people type it: one quoted claim; an "=" inside braces (\sum_{k=1}) is not a cut
    code = main(["check", r"\frac{d}{dx} \tanh x = 1 - \tanh^2 x", "--points", "40"])
    assert code == ExitCode.OK, capsys.readouterr().out
    code = main(["check", r"\frac{d}{dx} \tanh x = 1 + \tanh^2 x", "--points", "40"])
    assert code == ExitCode.REFUTED
    code = main(["check", r"\sum_{k=1}^{3} k = 6", "--points", "20"])
    assert code == ExitCode.OK, capsys.readouterr().out


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        (r"\nabla_x x^T A x = (A + A^T) x", ExitCode.OK),
        (r"\nabla_x x^T A x = 2 A x", ExitCode.REFUTED),  # A is not said to be symmetric
        (r"\frac{\partial}{\partial z_j} \log\sum_k e^{z_k} = \frac{e^{z_j}}{\sum_k e^{z_k}}", ExitCode.OK),
        (r"\frac{\partial}{\partial z_j} \log\sum_k e^{z_k} = \frac{e^{z_k}}{\sum_k e^{z_k}}", ExitCode.REFUTED),
        (r"\operatorname{softmax}(z + c) = \operatorname{softmax}(z)", ExitCode.OK),
    ],
)
def test_a_claim_about_vectors_with_nothing_declared_is_read_as_notes_are(claim: str, code: ExitCode, capsys) -> None:
    # the scalar path refused these ("unknown function grad(…)", an implied range): their shapes and ranges
    # are inferred as `verify doc` infers them, and said with the step
    assert main(["check", claim, "--points", "40", "--no-cache"]) == code, capsys.readouterr().out


def test_one_member_without_an_equals_sign_is_a_usage_error(capsys) -> None:
    assert main(["check", r"\tanh x"]) == ExitCode.USAGE_ERROR
    assert "a = b" in capsys.readouterr().err


def test_a_wrong_claim_in_plain_math_shows_a_reproducible_counterexample(capsys) -> None:
    code = main(["check", "sigma(z)*(1+sigma(z))", "exp(-z)/(1+exp(-z))^2", "--points", "40"])
    out = capsys.readouterr().out
    assert code == ExitCode.REFUTED
    assert "FAILED" in out and "z = " in out
    assert "verify check 'sigma(z)*(1+sigma(z))'" in out


def test_a_member_that_starts_with_a_minus_sign_is_a_member_not_an_option(capsys) -> None:
    # argparse took '-\sigma(x)' for an unknown option and the claim was refused with a usage error
    code = main(["check", r"\frac{d}{dx} \log(1 - \sigma(x))", r"-\sigma(x)", "--points", "40"])
    out = capsys.readouterr().out
    assert code == ExitCode.OK and "PROVED" in out
    code = main(["check", r"\frac{d}{dx} \log(1 - \sigma(x))", r"-\sigma(-x)", "--points", "40"])
    assert code == ExitCode.REFUTED and "FAILED" in capsys.readouterr().out
    assert main(["check", "x", "-x", "--no-such-option"]) == ExitCode.USAGE_ERROR


def test_domains_from_options(capsys) -> None:
    assert main(["check", r"\ln(xy)", r"\ln x + \ln y", "--positive", "x,y", "--points", "40"]) == ExitCode.OK
    assert main(["check", r"\ln(xy)", r"\ln x + \ln y", "--points", "40"]) == ExitCode.REFUTED


@pytest.mark.parametrize(
    "payload",
    [
        "__import__('os').system('touch {marker}')",
        "().__class__.__bases__[0].__subclasses__()",
        "lambda: open('{marker}', 'w')",
        "eval(\"open('{marker}', 'w')\")",
        "exec('import os')",
        "9**9**9**9",
        "9^{{9^{{9^{{9}}}}}}",
        "x" + "(" * 5000 + ")" * 5000,
        "getattr(x, '__class__')",
    ],
)
def test_injection_payloads_are_refused_without_side_effects(payload: str, tmp_path: Path, capsys) -> None:
    marker = tmp_path / "pwned"
    text = payload.format(marker=marker)
    started = time.monotonic()
    code = main(["check", text, "x", "--points", "20"])
    err = capsys.readouterr().err
    assert time.monotonic() - started < 5
    assert code == ExitCode.USAGE_ERROR
    assert "verify check: error:" in err
    assert not marker.exists()


def test_parser_is_the_only_way_in(run_once: Callable[[str, Callable[[], Any]], Any]) -> None:
    """No module of the verifier hands text to eval/exec/sympify/parse_expr."""
    offenders, _ = _scanned(run_once, Path(__file__).resolve().parent.parent / "verifier")
    assert offenders == []


def test_help_example_shows_the_latex_as_typed(capsys) -> None:
    """The example in ``verify check --help`` is LaTeX: ``\\frac`` and ``\\tanh`` must print as typed,
    not as a form feed and a tab (a non-raw string literal)."""
    assert main(["check", "--help"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert r"\frac{d}{dx}\tanh x = 1 - \tanh^2 x" in out
    assert "\f" not in out and "\t" not in out


# A string literal of the package that holds a control character a LaTeX command would have become
# in a non-raw literal: \f(rac), \b(eta), \a(lpha), \v(ec), \r(ight), or \t/\n before a command name.
_ESCAPED_LATEX = re.compile(
    r"[\x07\x08\x0b\x0c]|\r(?:ight|ho)|\t(?:imes|anh|heta|ext|op\b|frac|au\b|ilde|riangle)"
    r"|\n(?:abla|eq\b|orm\b|u\b|ot\b|otin|eg\b)"
)


def test_no_latex_command_became_an_escape_in_a_string_literal(
    run_once: Callable[[str, Callable[[], Any]], Any],
) -> None:
    _, found = _scanned(run_once, Path(main.__code__.co_filename).resolve().parent)
    assert not found, "write these literals raw (r'...'): " + ", ".join(found)


def _scanned(run_once: Callable[[str, Callable[[], Any]], Any], package: Path) -> tuple[list[str], list[str]]:
    """One walk over the syntax of every module of ``package`` for the two source scans above (each
    parse of the whole package is about a second of CPU), once per test run (``run_once``: the two
    tests are handed to different pytest-xdist workers, and a per-process cache walked the package in
    each; speed65): the calls that hand text to eval/exec/parse_expr or sympify a literal, and the
    string literals holding a control character a LaTeX command became."""
    return run_once(f"verifier-source-scan-{package}", lambda: _walk(package))


def _walk(package: Path) -> tuple[list[str], list[str]]:
    offenders: list[str] = []
    found: list[str] = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in {"eval", "exec", "parse_expr"}:
                    offenders.append(f"{path.name}:{node.lineno} {name}")
                if name == "sympify" and node.args and isinstance(node.args[0], ast.Constant):
                    offenders.append(f"{path.name}:{node.lineno} sympify of a literal")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ESCAPED_LATEX.search(node.value):
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    return offenders, found


# --- whole vectors and matrices (commands/checknotes.py) ---------------------------------------


@pytest.mark.parametrize(
    ("members", "options", "verdict"),
    [
        ([r"\frac{\partial}{\partial x} x^\top A x", r"(A + A^\top) x"], ["--vector", "x:n", "--matrix", "A:n,n"],
         "PROVED"),
        ([r"\frac{\partial}{\partial x} x^\top A x", r"2 A x"], ["--vector", "x:n", "--matrix", "A:n,n"], "FAILED"),
        ([r"A B", r"B A"], ["--matrix", "A:n,n", "--matrix", "B:n,n"], "FAILED"),
        ([r"(AB)^\top", r"B^\top A^\top"], ["--matrix", "A:m,n", "--matrix", "B:n,k"], "PROVED"),
        ([r"\mathrm{softmax}(z + c\mathbf{1})", r"\mathrm{softmax}(z)"], ["--vector", "z:K"], "PROVED"),
        ([r"\mathrm{softmax}(z + c\mathbf{1})", r"\mathrm{softmax}(z) + c"], ["--vector", "z:K"], "FAILED"),
    ],
)  # fmt: skip
def test_claims_about_whole_vectors_and_matrices_are_checked(members, options, verdict, capsys) -> None:
    # these were refused ("unknown function transpose(…)", "A is declared as a vector or matrix: use
    # its entries"): the size-generic reader takes entries only; the document engine reads them now
    code = main(["check", *members, *options, "--points", "40", "--no-cache"])
    out = capsys.readouterr().out
    assert verdict in out, out
    assert code == (ExitCode.OK if verdict == "PROVED" else ExitCode.REFUTED)


def test_claims_about_entries_keep_the_size_generic_proof(capsys) -> None:
    code = main(["check", r"\sum_{k=1}^{K} z_k", r"\sum_{k=1}^{K} z_{K+1-k}", "--vector", "z:K", "--points", "40",
                 "--format", "json", "--no-cache"])
    steps = json.loads(capsys.readouterr().out)["results"][0]["steps"]
    # the sized path: many K, not the notes at 2 and 3. The reversed sum was proved at those sizes only (PASSED,
    # sound23) until ids44's forall read a sum counting down from the size backwards: PROVED for every K now
    assert code == ExitCode.OK and [s["verdict"] for s in steps[:3]] == ["PROVED"] * 3, steps[0]
    assert [dict(map(tuple, s["sizes"]))["K"] for s in steps[:3]] == [1, 2, 3], steps
