r"""A primed bold letter beside its unprimed self is a second vector: ``\|\mathbf{x} - \mathbf{x}'\|``.

Kernel and adversarial-example notes name a second input or the perturbed input ``\mathbf{x}'`` ("$\mathbf{x}' =
\mathbf{x} + \epsilon\,\mathrm{sign}(\mathbf{g})$", "$r = \|\mathbf{x} - \mathbf{x}'\|$"). The parser read the
prime as a derivative and refused it ("a prime needs the differentiation variable"): every line writing the
second vector was SKIPPED, wrong or right. A bold lower-case letter that the notes write primed (never applied,
never twice primed, never as a function) and, in one formula without a derivative, beside the same letter
unprimed is read as a name of its own. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.boldprimes import bold_primes

GREEN = ("PROVED", "PASSED")

NOTES = """
For two inputs $\\mathbf{x}, \\mathbf{x}' \\in \\mathbb{R}^2$ and weights $\\mathbf{w}$,

$$\\mathbf{w}^\\top\\mathbf{x}' - \\mathbf{w}^\\top\\mathbf{x} = \\mathbf{w}^\\top(\\mathbf{x}' - \\mathbf{x}) .$$

With $\\mathbf{w} = (3, -1)$ and $\\mathbf{x}' = (1.5, 2.5)$:

$$\\mathbf{w}^\\top\\mathbf{x}' = 3 \\cdot 1.5 - 2.5 = 2 .$$
"""


def test_the_letters_found() -> None:
    assert bold_primes(NOTES) == {"x"}
    assert bold_primes("$\\mathbf{x}'(t) = A\\mathbf{x}(t)$") == frozenset()  # applied: a derivative
    assert bold_primes("$$\\frac{d}{dt}\\mathbf{x} = \\mathbf{x}' + \\mathbf{x}$$") == frozenset()
    assert bold_primes("$y' = y$ and $\\mathbf{x}''$, $\\mathbf{x}' + \\mathbf{x}$") == frozenset()  # twice primed


def test_steps_with_the_second_vector_are_checked() -> None:
    steps = doc_steps(NOTES)
    assert len(steps) >= 3 and all(s.verdict.value in GREEN for s in steps), [(s.lhs, s.message) for s in steps]


def test_a_defined_second_vector_is_learned() -> None:
    # x' = x + d defines x' (a primed head read as a name, documents.primenames): its worked value is no hypothesis
    notes = NOTES.replace("For two inputs", "For $\\mathbf{x}' = \\mathbf{x} + \\mathbf{d}$ and inputs")
    stated = [s for s in doc_steps(notes) if s.lhs.startswith("xprime")]
    assert stated and all(s.verdict.value == "SKIPPED" for s in stated), [(s.lhs, s.message) for s in stated]


def test_a_wrong_step_with_it_fails() -> None:
    wrong = NOTES.replace("(\\mathbf{x}' - \\mathbf{x})", "(\\mathbf{x}' + \\mathbf{x})")
    steps = doc_steps(wrong)
    assert any(s.verdict.value == "FAILED" for s in steps), [s.message for s in steps]


def test_a_wrong_worked_value_with_it_fails() -> None:
    steps = doc_steps(NOTES.replace("- 2.5 = 2 .", "- 2.5 = 3 ."))
    assert any(s.verdict.value == "FAILED" for s in steps), [s.message for s in steps]
