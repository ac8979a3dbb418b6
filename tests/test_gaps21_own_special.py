r"""A special function's name the notes define themselves takes the notes' definition (gaps21).

"$\Gamma(t) = t^2 + 1$ … $\Gamma(2) = 5$" was FAILED: the tokenizer read every ``\Gamma(`` as the gamma
function, over the notes' own definition (1 = 5); ``\mathrm{B}(a, b)`` likewise. A name the notes define
by a formula that does not write the name itself is their function on the lines after the definition
(documents.ownspecial); the classical definitions (an integral, a recursion, ``(n-1)!``) keep the special
function, so Γ(1/2) = √π and B(2, 1) = 1/2 are still checked as the gamma and beta functions."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def test_the_notes_own_gamma_is_used_after_its_definition() -> None:
    steps = doc_steps("# A\n\nLet $\\Gamma(t) = t^2 + 1$. Then\n\n$$\\Gamma(2) = 5$$\n\n$$\\Gamma(3) = 2$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_the_notes_own_beta_is_used_after_its_definition() -> None:
    steps = doc_steps("# A\n\nLet $\\mathrm{B}(a, b) = a + 2b$. Then\n\n$$\\mathrm{B}(1, 2) = 5$$\n\n"
                      "$$\\mathrm{B}(1, 2) = \\frac{1}{2}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]


def test_the_classical_definitions_keep_the_special_functions() -> None:
    steps = doc_steps("# A\n\nThe beta function is $\\mathrm{B}(a, b) = \\int_0^1 t^{a-1}(1-t)^{b-1}\\,dt$ and "
                      "$\\Gamma(\\alpha) = \\int_0^\\infty t^{\\alpha-1} e^{-t}\\,dt$.\n\n"
                      "$$\\mathrm{B}(a, b) = \\mathrm{B}(b, a)$$\n\n$$\\mathrm{B}(2, 1) = 1$$\n\n"
                      "$$\\Gamma(1/2) = \\sqrt{\\pi}$$\n\n$$\\Gamma(3) = 3$$\n")
    verdicts = [s.verdict for s in steps]
    assert Verdict.ERROR not in verdicts, [s.message for s in steps]
    assert verdicts[1:] == [Verdict.FAILED, Verdict.PROVED, Verdict.FAILED], [s.message for s in steps]
