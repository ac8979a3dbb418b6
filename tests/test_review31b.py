r"""review31b: adversarial review of gaps19 (odd roots real) and redteam26.

The chain rule through an odd root of a non-symbol (``\frac{d}{dx}(x-2)^{1/3}``) was an ERROR after
gaps19's odd roots: the real root is ``sign(b)|b|^{1/3}``, and the symbolic derivative's CSE symbol for
``b`` carried no realness, so SymPy left ``Derivative(sign(x0), x0)``, which became a derivative with
respect to ``x - 2`` once the CSE symbol was replaced (ValueError).
"""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main


def _verdict(claim: str, capsys: pytest.CaptureFixture[str]) -> str:
    main(["check", "--no-cache", "--jobs", "1", "--points", "30", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]["verdict"]


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dx} (x-2)^{1/3} = \frac{1}{3(x-2)^{2/3}}",
        r"\frac{d}{dx} \sqrt[3]{x^3+1} = \frac{x^2}{(x^3+1)^{2/3}}",
    ],
)
def test_the_chain_rule_through_an_odd_root_is_checked(claim: str, capsys) -> None:
    assert _verdict(claim, capsys) in ("PROVED", "PASSED")


@pytest.mark.parametrize(
    "claim",
    [
        r"\frac{d}{dx} (x-2)^{1/3} = \frac{1}{3(x-2)^{1/3}}",
        r"\frac{d}{dx} \sqrt[3]{x^3+1} = \frac{x^2}{|x^3+1|^{2/3}} \cdot 2",
    ],
)
def test_a_wrong_chain_rule_through_an_odd_root_fails(claim: str, capsys) -> None:
    assert _verdict(claim, capsys) == "FAILED"


SIMPLEX_THEN_ARBITRARY = r"""# Entropy

Let $p$ be a probability vector over $K$ classes. Then
$$\sum_k p_k (1 - p_k) = 1 - \sum_k p_k^2.$$

# Arbitrary vectors

Now let $p \in \mathbb{R}^K$ be an arbitrary vector, with no constraint on its entries. Then
$$\sum_k p_k (1 - p_k) + \sum_k p_k^2 = 1.$$
"""


def test_a_probability_vector_said_in_one_section_is_not_one_where_the_notes_make_it_arbitrary() -> None:
    """redteam26's simplex in words read the whole document: a later section's p, declared an arbitrary
    real vector, was still a probability vector, and a claim false for it was PROVED."""
    first, second = doc_steps(SIMPLEX_THEN_ARBITRARY)
    assert first.verdict.value in ("PROVED", "PASSED"), first
    assert second.verdict.value not in ("PROVED", "PASSED"), second


FIGURE_TEX = r"""\documentclass{article}
\begin{document}
We have
\begin{equation}
\frac{d}{dx} x^2 = 2x
\end{equation}
\begin{figure}
\input{figures/loss.pgf}
\caption{The loss.}
\end{figure}
%s
\end{document}
"""


def test_a_generated_figure_not_found_is_no_unread_content(tmp_path, capsys) -> None:
    """gaps19's "content not read" failed the run for a missing ``\\input{figures/loss.pgf}``: a plot the
    course builds (and does not commit) holds no derivation, so its absence is no unverified content."""
    path = tmp_path / "main.tex"
    path.write_text(FIGURE_TEX % "")
    assert main(["doc", str(path), "--no-progress", "--points", "30"]) == 0, capsys.readouterr().out
    path.write_text(FIGURE_TEX % r"\input{chapters/derivations}")
    assert main(["doc", str(path), "--no-progress", "--points", "30"]) == 1  # a chapter still counts


RELU_OTHERWISE = r"""# ReLU

For $z > 0$ the ReLU passes its input through; otherwise it outputs zero. On the positive side,
$$\frac{d}{dz}\max(0, z) = 1.$$
"""


def test_a_general_turn_closed_before_the_claim_does_not_leave_the_range() -> None:
    """redteam26's left_for_general read "otherwise it outputs zero." (a piecewise function described) as
    the prose leaving z > 0 for the general case, though the next sentence returns to it: a false FAILED."""
    (step,) = doc_steps(RELU_OTHERWISE)
    assert step.verdict.value in ("PROVED", "PASSED"), step
