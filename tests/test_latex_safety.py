"""The parser is fed untrusted text: it must only ever raise LatexError, quickly, with no side effect."""

from __future__ import annotations

import ast
import inspect
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import verifier.latex
from verifier.latex import LatexError, parse_latex

LATEX_DIR = Path(verifier.latex.__file__).parent
# CPU seconds of this process: the bound is on the parser's own work (no blow-up on hostile input), so it is
# measured as process time, which the machine's load does not stretch (wall clock failed at load 14: 1.6 s)
TIME_LIMIT = 1.0


def assert_refused(src: str) -> None:
    start = time.process_time()
    with pytest.raises(LatexError):
        parse_latex(src)
    assert time.process_time() - start < TIME_LIMIT, src[:60]


@pytest.fixture(autouse=True, scope="module")
def _warm_parser() -> None:
    parse_latex("x")  # builds the cached grammar, so timings measure parsing only


def test_injection_payloads_have_no_side_effect(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payloads = [
        f"__import__('os').system('touch {marker}')",
        f'__import__("os").system("touch {marker}")',
        "().__class__.__bases__[0].__subclasses__()",
        "lambda: 1",
        'eval("1")',
        "exec('import os')",
        "open('/etc/passwd').read()",
        "x.__class__",
        "Symbol('x')",
        "{{x}}.format()",
        "$(touch /tmp/x)",
    ]
    for src in payloads:
        assert_refused(src)
    assert not marker.exists()


@pytest.mark.parametrize(
    "src",
    [
        "9**9**9**9",
        r"9^{9^{9^{9}}}",
        r"2^{10^{10}}",
        r"2^{100000}",
        r"0.1^{99999}",
        r"(\sqrt{2})^{100000}",
        r"10^{3999} \cdot 10^{3999}",
        "1" * 5000,
        r"\frac{\partial^{100000} f}{\partial x^{100000}}",
    ],
)
def test_huge_numbers_are_refused(src: str) -> None:
    assert_refused(src)


@pytest.mark.parametrize(
    "src",
    [
        "(" * 10_000 + "x" + ")" * 10_000,
        "(" * 3000 + "x" + ")" * 3000,
        "{" * 3000 + "x" + "}" * 3000,
        r"\left(" * 500 + "x" + r"\right)" * 500,
        r"\sqrt{" * 200 + "2" + "}" * 200,
        r"\frac{1}{" * 200 + "x" + "}" * 200,
        "x^" * 2000 + "2",
        "- " * 3000 + "x",
        "x" * 7000,
        "(" * 10_000,
        r"\hat{" * 100 + "x" + "}" * 100,
    ],
)
def test_huge_or_deep_inputs_are_refused_fast(src: str) -> None:
    assert_refused(src)


@pytest.mark.parametrize(
    "src",
    [
        "+".join(f"x_{{{n}}}" for n in range(500)),
        " ".join(f"x_{{{n}}}" for n in range(500)),
        "-".join(f"x_{{{n}}}^T" for n in range(300)),
        "(" * 70 + "x" + ")" * 70,
        r"\sqrt{10^{3900}+7}",
    ],
)
def test_large_but_legal_inputs_parse_fast(src: str) -> None:
    """No blow-up (backtracking, exponential expansion) on long legal input. CPU time, not wall time:
    a loaded CI runner must not turn a fast parse into a failure."""
    start = time.process_time()
    parse_latex(src)
    assert time.process_time() - start < TIME_LIMIT


def test_recursion_error_is_reported_as_latex_error() -> None:
    depth = len(inspect.stack(0))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 80)
    try:
        with pytest.raises(LatexError):
            parse_latex(r"\sqrt{" * 60 + "2" + "}" * 60)
    finally:
        sys.setrecursionlimit(old)


def test_source_never_evaluates_text() -> None:
    """No eval/exec/compile/sympify/parse_expr anywhere in the LaTeX package."""
    forbidden = {"eval", "exec", "compile", "sympify", "parse_expr", "__import__", "S", "parse_latex_lark"}
    for path in LATEX_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                fn = node.func
                if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id == "re":
                    continue  # re.compile builds a regular expression, it runs nothing
                name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
                assert name not in forbidden, f"{path.name}:{node.lineno} calls {name}"


LATEX_PIECES = [
    r"\frac", "{", "}", "x", "y", "e", "^", "_", r"\sum", r"\prod", r"\partial", "(", ")", "|", r"\left(",
    r"\right)", r"\left|", r"\right|", "[", "]", r"\{", r"\}", "+", "-", "*", "**", "/", "=", "<", r"\leq",
    "'", ",", "&", r"\\", r"\begin{bmatrix}", r"\end{bmatrix}", r"\begin{cases}", r"\end{cases}",
    r"\text{otherwise}", "1", "2", "0.5", "9", r"\sigma", r"\tanh", r"\log", r"\exp", r"\sqrt", "[3]",
    r"\mathbf{1}", r"\hat{y}", r"\nabla", "f", "d", "dx", r"\cdot", r"\substack{i=1 \\ i \neq r}", "i=1",
    "^T", r"\top", "I", r"\mathbb{1}", " ", r"\max", "softmax", r"\text{ReLU}", "D", r"\delta", r"\dots",
    r"\infty", "T", r"\left.", r"\right.", r"\mathbb{R}", r"\text{ is }", "99", r"\ln", "z_i",
]  # fmt: skip


def _only_latex_error(src: str) -> None:
    start = time.process_time()
    try:
        parse_latex(src)
    except LatexError:
        pass
    assert time.process_time() - start < TIME_LIMIT


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80))
def test_random_printable_text_raises_only_latex_error(src: str) -> None:
    _only_latex_error(src)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LATEX_PIECES), max_size=25).map("".join))
def test_random_latex_soup_raises_only_latex_error(src: str) -> None:
    _only_latex_error(src)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_random_unicode_raises_only_latex_error(src: str) -> None:
    _only_latex_error(src)
