"""Checking derivations where they are written: context blocks, readings, verdicts, CLI, annotate."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.documents import ContextError, check_document, check_documents, parse_context
from verifier.documents.annotate import annotate, annotated_path
from verifier.documents.check import check_text
from verifier.documents.context import Assumption, Definition, IndexRange, Size, VarDecl
from verifier.engine import Settings
from verifier.exitcodes import ExitCode
from verifier.results import Verdict

FAST = Settings(points=40)


def doc(body: str) -> str:
    return textwrap.dedent(body).strip() + "\n"


def verdicts(text: str, settings: Settings = FAST) -> list[tuple[int, str]]:
    """(line, verdict) of every step of a document given as text."""
    check = check_text(doc(text), "t.md", settings)
    return [(int(s.source.rsplit(":", 1)[1]), s.verdict.value) for c in check.chains for s in c.result.steps]


def steps(text: str, settings: Settings = FAST):
    check = check_text(doc(text), "t.md", settings)
    return [s for c in check.chains for s in c.result.steps]


# --- the context block ----------------------------------------------------------------------------


def test_context_block_syntax() -> None:
    text = doc(
        r"""
        ```verify
        K, N in {2, 3}          # sizes
        i, j: index 1..K
        x: real
        L: real in (0, 1)
        z, t: row vector[N] positive
        A: matrix[N x K]
        W_1: matrix[N \times K]
        y: onehot[K]
        p: row simplex[K]
        f: function
        \sigma := softmax
        g(u) := u^2 + 1
        \hat{y}_i := \frac{e^{z_i}}{\sum_{j=1}^{N} e^{z_j}}
        J := CE(y, \hat{y})
        line 12: i \neq j
        next: i = j
        ```
        """
    )
    ctx = parse_context(text, "c.md")
    assert not ctx.errors
    entries = [e for b in ctx.blocks for e in b.entries]
    sizes = [e for e in entries if isinstance(e, Size)]
    assert [(s.key, s.values) for s in sizes] == [(("K", ()), (2, 3)), (("N", ()), (2, 3))]
    ranges = [e for e in entries if isinstance(e, IndexRange)]
    assert [r.key[0] for r in ranges] == ["i", "j"] and ranges[0].hi == ("K", ())
    decls = {e.key: e for e in entries if isinstance(e, VarDecl)}
    assert decls[("L", ())].domain.kind == "interval" and decls[("L", ())].domain.hi == 1.0
    assert decls[("z", ())].dims == (1, ("N", ())) and decls[("z", ())].domain.kind == "positive"
    assert decls[("A", ())].dims == (("N", ()), ("K", ()))
    assert decls[("W", ("1",))].kind == "matrix"
    assert decls[("y", ())].kind == "onehot" and decls[("y", ())].dims == (("K", ()), 1)
    assert decls[("p", ())].dims == (1, ("K", ())) and decls[("f", ())].kind == "function"
    defs = {e.key: e for e in entries if isinstance(e, Definition)}
    assert defs[("sigma", ())].builtin == "softmax"
    assert defs[("g", ())].params == ("u",) and defs[("g", ())].is_function
    assert defs[("yhat", ())].index_params == ("i",)
    assert defs[("J", ())].body == r"CE(y, \hat{y})"
    assumptions = [e for e in entries if isinstance(e, Assumption)]
    assert assumptions[0].lines == (12,) and assumptions[1].next_chain


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("x: vektor[N]", "unknown declaration"),
        ("z: vector N", "needs a size in brackets"),
        ("K in {2, x}", "not a positive integer"),
        ("L: real in (1, 0)", "empty interval"),
        ("\\frac{a}{b} := 1", "must be a name"),
        ("what is this", "cannot read"),
        ("y: onehot[K] positive", "has its own domain"),
    ],
)
def test_context_errors_carry_file_and_line(line: str, message: str) -> None:
    text = f"# title\n\n```verify\nx: real\n{line}\n```\n\n$$x = x$$\n"
    ctx = parse_context(text, "hw.md")
    assert len(ctx.errors) == 1
    err = ctx.errors[0]
    assert isinstance(err, ContextError) and err.line == 5 and message in err.message
    assert str(err).startswith("hw.md:5: ")
    check = check_text(text, "hw.md", FAST)  # reported as an ERROR result, the rest still checked
    assert [r.verdict for r in check.errors] == [Verdict.ERROR]
    assert check.errors[0].source == "hw.md:5" and message in check.errors[0].message
    assert check.counts.found == 1


def test_tex_comment_blocks() -> None:
    text = "%verify x: real\n%verify c: positive\n\\[ \\frac{d}{dx} (c x^2) = 2 c x \\]\n"
    check = check_text(text, "notes.tex", FAST)
    assert [s.verdict for c in check.chains for s in c.result.steps] == [Verdict.PROVED]


def test_later_blocks_override_earlier_declarations() -> None:
    got = verdicts(
        r"""
        ```verify
        x: real
        ```
        $$\frac{d}{dx} x^2 = 2x$$
        ```verify
        N in {2, 3}
        x: vector[N]
        ```
        $$\frac{\partial}{\partial x} x^T x = 2 x$$
        """
    )
    assert [v for _, v in got] == ["PROVED", "PROVED"]


# --- chains, steps and verdicts -------------------------------------------------------------------


def test_a_chain_of_three_members_is_two_steps_and_points_at_the_wrong_one() -> None:
    got = steps(
        r"""
        ```verify
        x: real
        ```
        $$\frac{d}{dx} \tanh(x) = 1 - \tanh^2(x) = 1 + \tanh^2(x)$$
        """
    )
    assert [s.verdict for s in got] == [Verdict.PROVED, Verdict.FAILED]
    cx = got[1].counterexample
    assert cx is not None and cx.point[0][0] == "x"
    assert got[1].source == "t.md:4" and got[1].lhs_latex == r"1 - \tanh^2(x)"
    assert "verify doc t.md" in cx.reproduce


def test_aligned_blocks_and_continuation_displays_continue_the_chain() -> None:
    got = verdicts(
        r"""
        ```verify
        x: real
        ```
        $$\begin{aligned} \sigma'(x) &= \frac{e^{-x}}{(1+e^{-x})^2} \\
        &= \sigma(x)(1 - \sigma(x)) \end{aligned}$$

        $$= \sigma(x) - \sigma(x)^2 \tag{3}$$

        $$= \sigma(x)^2 \tag{4}$$
        """
    )
    assert got == [(4, "PROVED"), (5, "PROVED"), (7, "PROVED"), (9, "FAILED")]


def test_an_unparseable_member_skips_the_steps_touching_it_and_is_counted() -> None:
    text = r"""
        ```verify
        x: real
        ```
        $$\frac{d}{dx} e^{2x} = 2 e^{2x} = \oint x \, dx = 2 e^{2x}$$
        """
    got = steps(text)
    assert [s.verdict for s in got] == [Verdict.PROVED, Verdict.SKIPPED, Verdict.SKIPPED]
    assert "cannot be read" in got[1].message and "\\oint" in got[1].message
    check = check_text(doc(text), "t.md", FAST)
    assert (check.counts.found, check.counts.parsed, check.counts.skipped) == (3, 1, 2)
    assert check.chains[0].result.verdict is Verdict.SKIPPED


def test_undeclared_symbols_are_inferred_and_the_inference_is_reported() -> None:
    # issue 8 §1: a name with no other evidence is a real scalar, and the step says so
    got = steps("$$a + b = b + a$$")
    assert [s.verdict for s in got] == [Verdict.PROVED]
    assert "inferred a: a real scalar" in got[0].message


def test_struck_out_chains_are_reported_as_skipped() -> None:
    got = steps(
        r"""
        ```verify
        x: real
        ```
        ~~$$x + x = 3x$$~~
        """
    )
    assert [(s.verdict, s.message) for s in got] == [(Verdict.SKIPPED, "struck out by the author")]


def test_decorations_and_equation_numbers_are_ignored() -> None:
    got = verdicts(
        r"""
        ```verify
        x: real
        ```
        $$\boxed{x^2 - 1} = \underline{(x-1)(x+1)} \tag{12}$$
        $$\cancel{2}x - x = \textcircled{x} \quad (13)$$
        """
    )
    assert [v for _, v in got] == ["PROVED", "PROVED"]


def test_builtins_and_override() -> None:
    text = r"""
        ```verify
        z: real
        ```
        $$\sigma(z) = \frac{1}{1+e^{-z}}$$
        $$\text{ReLU}(z) = \max(0, z)$$
        ```verify
        K in {3}
        z: vector[K]
        i: index 1..K
        \sigma := softmax
        ```
        $$\sigma_i(z) = \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}$$
        """
    assert [v for _, v in verdicts(text)] == ["PROVED", "PROVED", "PROVED"]


def test_sums_with_a_symbolic_bound_are_checked_at_every_size() -> None:
    got = steps(
        r"""
        ```verify
        K in {2, 3, 5}
        x: vector[K]
        ```
        $$\sum_{k=1}^{K} (x_k + 1) = K + \sum_{k=1}^{K} x_k$$
        $$\sum_{k=1}^{K} x_k^2 = \sum_{k=1}^{2} x_k^2$$
        """
    )
    assert got[0].verdict is Verdict.PROVED and "K=2" in got[0].method and "K=5" in got[0].method
    assert got[1].verdict is Verdict.FAILED and ("K", "3") in (got[1].counterexample.point or ())  # true at K=2 only


def test_free_indices_cover_equal_and_distinct_cases_and_conditions_restrict_them() -> None:
    text = r"""
        ```verify
        K in {3}
        z: vector[K]
        i, r: index 1..K
        \hat{y}_i := \frac{e^{z_i}}{\sum_{j=1}^{K} e^{z_j}}
        ```
        $$\frac{\partial \hat{y}_i}{\partial z_r} = \hat{y}_i (1 - \hat{y}_r)$$

        Case 1: $r = i$

        $$\frac{\partial \hat{y}_i}{\partial z_r} = \hat{y}_i (1 - \hat{y}_r)$$

        $$\frac{\partial \hat{y}_i}{\partial z_r} \stackrel{i \neq r}{=} -\hat{y}_i \hat{y}_r$$
        """
    got = steps(text)
    assert [s.verdict for s in got] == [Verdict.FAILED, Verdict.PROVED, Verdict.PROVED]
    assert dict(got[0].counterexample.point)["i"] != dict(got[0].counterexample.point)["r"]
    assert "i=2, r=2" in got[1].method or "i=1, r=1" in got[1].method
    assert "i=1, r=1" not in got[2].method


def test_context_conditions_by_line_and_next_chain() -> None:
    text = r"""
        ```verify
        N in {3}
        x: vector[N]
        i, j: index 1..N
        next: i \neq j
        ```
        $$\frac{\partial x_i}{\partial x_j} = 0$$
        $$\frac{\partial x_i}{\partial x_j} = 0$$
        """
    assert [v for _, v in verdicts(text)] == ["PROVED", "FAILED"]
    by_line = text.replace(r"next: i \neq j", r"line 8: i \neq j")
    assert [v for _, v in verdicts(by_line)] == ["FAILED", "PROVED"]


def test_inline_left_hand_side_in_prose_starts_a_new_chain() -> None:
    text = r"""
        ```verify
        x: real
        ```
        $$\frac{d}{dx} x^3 = 3x^2$$

        Then $\frac{d}{dx} x^2 =$

        $$= 2x$$
        """
    got = steps(text)
    assert [(int(s.source.rsplit(":", 1)[1]), s.verdict.value) for s in got] == [(4, "PROVED"), (8, "PROVED")]
    assert got[1].lhs_latex == r"\frac{d}{dx} x^2"


def test_dangling_chain_without_left_side_is_a_skipped_step() -> None:
    got = steps(
        r"""
        ```verify
        x: real
        ```
        The derivative is

        $$= 2x$$
        """
    )
    assert [s.verdict for s in got] == [Verdict.SKIPPED] and "not in display math" in got[0].message


def test_matrix_layout_products_and_dimension_errors() -> None:
    text = r"""
        ```verify
        n in {2, 3}
        m in {4}
        x: vector[n]
        A: matrix[n x n]
        B: matrix[n x m]
        ```
        $$\frac{\partial}{\partial x} x^T A x = (A + A^T) x$$
        $$\frac{\partial}{\partial x} x^T A x = 2 A x$$
        $$x^T B = B x$$
        """
    got = steps(text)
    assert [s.verdict for s in got] == [Verdict.PROVED, Verdict.FAILED, Verdict.FAILED]
    assert "dimension mismatch" in got[2].message


def test_derivatives_through_definitions_and_expressions() -> None:
    text = r"""
        ```verify
        D in {3}
        H in {2}
        x: row vector[D]
        W: matrix[D x H]
        h := \tanh(x W)
        J := \sum_{k=1}^{H} h_k^2
        ```
        $$\frac{\partial J}{\partial x} = \frac{\partial J}{\partial h} \frac{\partial h}{\partial x}$$
        $$\frac{\partial J}{\partial x} = \frac{\partial J}{\partial (x W)} W^T$$
        $$\frac{\partial J}{\partial x} = \frac{\partial J}{\partial (x W)} W$$
        """
    got = steps(text)
    assert [s.verdict for s in got] == [Verdict.PROVED, Verdict.PROVED, Verdict.FAILED]
    assert "derivative with respect to that expression" in got[1].message + got[1].method or got[1].verdict.ok


def test_readings_are_reported() -> None:
    text = r"""
        ```verify
        N in {3}
        t: row vector[N]
        z: row vector[N]
        l(z, t) := -\sum_{j=1}^N t_j z_j
        ```
        $$\nabla_z l(z, t) = [-t_1, \dots, -t_N] = -t$$
        $$l(z, t) = -t_1 z_1 - \dots - t_N z_N$$
        """
    got = steps(text)
    assert [s.verdict for s in got] == [Verdict.PROVED] * 3
    assert "read as a row vector" in got[0].message and "read as a sum" in got[2].message


def test_onehot_labels_and_cross_entropy_gradient() -> None:
    got = verdicts(
        r"""
        ```verify
        K in {2, 3}
        s: vector[K]
        y: onehot[K]
        \hat{y} := softmax(s)
        ```
        $$\frac{\partial CE(y, \hat{y})}{\partial s} = \hat{y} - y$$
        $$\frac{\partial CE(y, \hat{y})}{\partial s} = y - \hat{y}$$
        """
    )
    assert [v for _, v in got] == ["PROVED", "FAILED"]


def test_arbitrary_functions_are_checked_with_a_test_function() -> None:
    got = verdicts(
        r"""
        ```verify
        x: real
        f: function
        ```
        $$\frac{d}{dx} \log f(x) = \frac{f'(x)}{f(x)}$$
        $$\frac{d}{dx} f(x)^2 = 2 f'(x)$$
        """
    )
    assert [v for _, v in got] == ["PROVED", "FAILED"]


# --- files, folders, notebooks, annotate -----------------------------------------------------------

GOOD = doc(
    r"""
    # Sigmoid

    ```verify
    x: real
    ```

    $$\sigma'(x) = \sigma(x)(1 - \sigma(x))$$
    """
)
BAD = doc(
    r"""
    ```verify
    x: real
    ```

    $$\frac{d}{dx} \tanh(x) = 1 + \tanh^2(x) = 2$$
    """
)
UNREADABLE = doc(
    r"""
    ```verify
    x: real
    ```

    $$x + x = 2x = \lim_{h \to 0} (2x + h)$$
    """
)


def test_notebook_markdown_cells(tmp_path: Path) -> None:
    nb = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["```verify\n", "x: real\n", "```\n"]},
            {"cell_type": "code", "metadata": {}, "source": "$$x = 2x$$", "outputs": [], "execution_count": None},
            {"cell_type": "markdown", "metadata": {}, "source": "Derivative:\n\n$$\\frac{d}{dx} x^2 = 2x$$"},
        ],
    }
    path = tmp_path / "hw.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    results = check_documents([path], FAST)
    assert len(results) == 1 and results[0].verdict is Verdict.PROVED and results[0].kind == "document"
    assert results[0].steps[0].source.endswith("hw.ipynb: cell 3, line 3")


def test_check_documents_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.annotated.md").write_text(BAD, encoding="utf-8")  # annotated copies are not inputs
    (tmp_path / "notes.txt").write_text(BAD, encoding="utf-8")  # only .md/.tex/.ipynb in folders
    results = check_documents([tmp_path], FAST)
    assert sorted((r.id, r.verdict.value) for r in results) == [("bad.md:5", "FAILED"), ("good.md:7", "PROVED")]


def test_annotate_marks_every_step(tmp_path: Path) -> None:
    path = tmp_path / "hw.md"
    path.write_text(BAD + "\n" + UNREADABLE.replace("x: real", "y: real"), encoding="utf-8")
    check = check_document(path, FAST, display="hw.md")
    text = annotate(check)
    marks = [ln for ln in text.split("\n") if ln.startswith("> ")]
    assert len(marks) == 2
    assert marks[0].startswith("> ✗ step 1 (line 5): FAILED at x = ") and "· ✗ step 2 (line 5): FAILED" in marks[0]
    assert "? step 2 (line 11): SKIPPED — right member (line 11) cannot be read" in marks[1]
    assert "✓ step 1 (line 11): PROVED" in marks[1]
    assert text.replace("\n\n" + marks[0] + "\n", "").replace("\n\n" + marks[1] + "\n", "") == path.read_text()
    assert annotated_path(path) == tmp_path / "hw.annotated.md"
    assert annotated_path(tmp_path / "n.tex", tmp_path / "out") == tmp_path / "out" / "n.annotated.tex"


# --- the command ------------------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main(["doc", *argv, "--points", "40"])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad, unreadable = tmp_path / "good.md", tmp_path / "bad.md", tmp_path / "unreadable.md"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    unreadable.write_text(UNREADABLE, encoding="utf-8")
    code, out, _ = run_cli(capsys, str(good))
    assert code == ExitCode.OK
    assert "good.md:7  step 1  PROVED" in out
    assert "document 1 steps found, 1 parsed: 1 proved, 0 passed, 0 failed, 0 SKIPPED" in out
    code, out, _ = run_cli(capsys, str(tmp_path))
    assert code == ExitCode.REFUTED
    assert "bad.md:5  step 1  FAILED" in out and "at x = " in out
    code, out, _ = run_cli(capsys, str(unreadable))
    assert code == ExitCode.REFUTED  # a SKIPPED step is not verified, so it does not pass
    assert "1 SKIPPED (not verified)" in out
    code, out, _ = run_cli(capsys, str(unreadable), "--allow-skipped")
    assert code == ExitCode.OK and "1 SKIPPED (not verified)" in out
    code, _, err = run_cli(capsys, str(tmp_path / "missing.md"))
    assert code == ExitCode.USAGE_ERROR and "no such file" in err
    (tmp_path / "empty").mkdir()
    code, _, err = run_cli(capsys, str(tmp_path / "empty"))
    assert code == ExitCode.USAGE_ERROR and "no .md" in err


def test_cli_formats_and_annotate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run_cli(capsys, str(bad), "--format", "json")
    data = json.loads(out)
    assert code == ExitCode.REFUTED and data["counts"]["steps"] == 2 and data["counts"]["FAILED"] == 2
    step = data["results"][0]["steps"][0]
    assert step["source"].endswith("bad.md:5") and step["verdict"] == "FAILED" and step["lhs_latex"]
    assert "2 steps found" in err
    report = tmp_path / "r.xml"
    code, _, _ = run_cli(capsys, str(bad), "--format", "junit", "--output", str(report))
    assert "<testsuites" in report.read_text(encoding="utf-8")
    code, _, err = run_cli(capsys, str(bad), "--annotate-dir", str(tmp_path / "out"))
    written = tmp_path / "out" / "bad.annotated.md"
    assert written.is_file() and "✗ step 1 (line 5): FAILED" in written.read_text(encoding="utf-8")
    assert "annotated:" in err
    code, _, _ = run_cli(capsys, str(bad), "--annotate")
    assert (tmp_path / "bad.annotated.md").is_file()
    assert run_cli(capsys, str(bad), "--format", "nope")[0] == ExitCode.USAGE_ERROR


def test_prose_conditions_on_the_domain_are_not_ignored() -> None:
    got = steps(
        r"""
        ```verify
        x: real
        ```
        Case 1: $x > 0$

        $$|x| = x$$
        """
    )
    assert [s.verdict for s in got] == [Verdict.SKIPPED] and "not about indices" in got[0].message


def test_a_product_whose_factor_order_cannot_be_recovered_is_not_guessed() -> None:
    """``W \\cdot 1[Z > 0]`` had to be re-read with commuting symbols (SymPy cannot compare
    non-commuting ones); both factor orders are tried and must agree."""
    text = r"""
        ```verify
        n in {2}
        m in {3}
        W: matrix[n x m]
        Z: matrix[m x n]
        ```
        $$W \begin{cases} 1, Z > 0 \\ 0, Z \leq 0 \end{cases} = W$$
        """
    got = steps(text)
    assert got[0].verdict is Verdict.SKIPPED and "order" in got[0].message
