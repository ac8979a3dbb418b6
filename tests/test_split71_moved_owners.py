r"""The pieces split71 moved out of modules that had stopped having one job, at their new owners (stop 71).

guesses.py, definitions.py and sources.py were split (moves only), and reintroduced's start of an example went to
partscope, the module that owns the notes' parts. Each test reads the moved piece at its owner on a small example
of its own: where a piece goes back, or its owner stops answering so, the test fails. The behaviour of ``verify
doc`` itself is pinned by the corpus dumps and the probe sets (docs/readings.md, split71).
"""

from __future__ import annotations

from pathlib import Path

from verifier.documents.context import Scope, VarDecl
from verifier.documents.definitioncalls import CALL, call_text, head_name
from verifier.documents.definitionsides import indexed_pi, is_complement, kronecker_free
from verifier.documents.guessclues import varied_in
from verifier.documents.partscope import example_start
from verifier.documents.shapeclashes import annotated_clash, no_layout_mends
from verifier.documents.texsources import find_input
from verifier.latex import parse_latex
from verifier.results import StepResult, Verdict

_LINES = [
    "# Rates",
    "",
    "**Example 2.** A coin with bias $q$.",
    "$$",
    "P(H) = q",
    "$$",
    "## Next",
    "$$ x = 1 $$",
]


def test_an_example_is_found_by_partscope() -> None:
    assert example_start(_LINES, 5) == 3  # the display inside "**Example 2.**"
    assert example_start(_LINES, 8) is None  # a heading that is no example's comes first
    assert example_start(_LINES, 2) is None


def test_a_definitions_call_is_read_by_definitioncalls() -> None:
    assert call_text(r"f\left(x; \theta\right)") == r"f(x, \theta)"  # sized brackets dropped, ';' a comma
    m = CALL.match(r"\operatorname{softmax}(z)")
    assert m is not None and head_name(m) == "softmax"


def test_a_definitions_sides_are_read_by_definitionsides() -> None:
    assert is_complement(parse_latex("1 - p"))  # q = 1 - p: a probability's complement
    assert not is_complement(parse_latex("1 - i"))  # j = 1 - i: the other of two indices
    assert kronecker_free(parse_latex(r"\delta_2"))  # backprop's error signal, not Kronecker's
    assert not kronecker_free(parse_latex(r"\delta_{ij}"))
    assert indexed_pi(parse_latex(r"\pi_a")) and not indexed_pi(parse_latex(r"\pi"))


def test_shape_clashes_are_told_apart_by_shapeclashes() -> None:
    between = "shape mismatch: the left member is {} , the right member is {}"
    assert no_layout_mends(between.format("1×2", "3×1").replace(" ,", ","))  # vectors of other lengths
    assert not no_layout_mends(between.format("2×3", "3×2").replace(" ,", ","))  # a transpose mends it
    key = ("W", ())
    scope = Scope(names={key: VarDecl(key, "matrix", (2, 4))},
                  inferred={key: r"annotated \in \mathbb{R}^{2 \times 4}"})  # fmt: skip
    inside = _failed("shape mismatch: a 2×4 times a 2×1 value")
    assert annotated_clash(inside, scope, {key})  # ill-formed at the written shapes: the notes' mistake
    assert not annotated_clash(inside, Scope(names=scope.names, inferred={key: "guessed"}), {key})  # a guess
    between = _failed("shape mismatch: the left member is 2×1, the right member is 1×2")
    assert not annotated_clash(between, scope, {key})  # two members of different shapes: a layout question


def _failed(message: str) -> StepResult:
    return StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=Verdict.FAILED, message=message)


def test_a_counterexample_varies_a_name_by_guessclues() -> None:
    assert varied_in("x", {"x_1", "y"}) and varied_in("x", {"x^()"}) and not varied_in("x", {"xi", "y"})


def test_an_input_file_is_found_by_texsources(tmp_path: Path) -> None:
    (tmp_path / "macros.tex").write_text(r"\newcommand{\R}{\mathbb{R}}", encoding="utf-8")
    assert find_input("macros", tmp_path) == tmp_path / "macros.tex"
    assert find_input("missing", tmp_path) is None
