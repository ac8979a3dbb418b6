r"""documents.iterates: an iterate's superscript label ``x^{(t)}`` is a name of its own (a vector where the
notes make it one) where the label never runs: never summed over in its section, never shifted or
enumerated in its display, never given a position by the prose. Small notes written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.iterates import as_iterates, kept_at, positioned_labels, summed_labels
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_ITERATE = r"""# Descent

Let $A$ be a matrix, $b \in \mathbb{R}^n$, and let the iterate be $x^{(t)} \in \mathbb{R}^n$.

$$STEP$$
"""


def _steps(text: str) -> list[tuple[Verdict, str]]:
    check = check_text(text, "notes.md")
    return [(s.verdict, s.message) for ch in check.chains for s in ch.result.steps]


def _one(step: str) -> tuple[Verdict, str]:
    [(verdict, message)] = _steps(_ITERATE.replace("STEP", step))
    return verdict, message


def test_an_annotated_iterate_is_a_vector_of_its_own() -> None:
    verdict, message = _one(r"(A x^{(t)} - b)^T x^{(t)} = x^{(t)T} A^T x^{(t)} - b^T x^{(t)}")
    assert verdict in _GREEN, message
    assert "x^(t) read as a name of its own" in message and "x^[t]: a vector[n]" in message


def test_a_missing_transpose_on_the_iterate_is_failed() -> None:
    verdict, message = _one(r"(A x^{(t)})^T b = x^{(t)T} A b")
    assert verdict is Verdict.FAILED, message


def test_a_square_expanded_right_is_proved_and_a_dropped_factor_failed() -> None:
    right = r"\|x^{(t)} - b\|^2 = x^{(t)T}x^{(t)} - 2 b^T x^{(t)} + b^T b"
    assert _one(right)[0] in _GREEN
    assert _one(right.replace("- 2 b^T", "- b^T"))[0] is Verdict.FAILED


def test_an_assumed_relation_between_iterates_is_a_hypothesis_of_vectors() -> None:
    notes = r"""# Induction

Let $B$ be an invertible matrix, $c \in \mathbb{R}^n$ and the iterates $v^{(k)} \in \mathbb{R}^n$.
For the inductive step, assume that $u^{(k)} = B v^{(k)}$. Then

$$B v^{(k)} + c = u^{(k)} + c$$
"""
    [(verdict, message)] = _steps(notes)
    assert verdict in _GREEN, message
    [(wrong, _)] = _steps(notes.replace("$$B v^{(k)} + c", "$$B^T v^{(k)} + c"))
    assert wrong not in _GREEN


def test_samples_summed_over_keep_the_family_reading() -> None:
    text = r"J = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"
    assert summed_labels(text) == {("x", "i"), ("y", "i")}
    notes = f"# Fit\n\n$${text}$$\n\nFor one sample, $\\theta^T x^{{(i)}} - y^{{(i)}}$ is the residual.\n"
    kept = kept_at(notes, 5)
    assert as_iterates(r"\theta^T x^{(i)} - y^{(i)}", "", kept) == r"\theta^T x^{(i)} - y^{(i)}"
    # another section of the notes: the letter under another label is another quantity there (x^{(t)}), the
    # same labelled sample x^{(i)} is the same family (review21e)
    other = kept_at(notes + "\n# Newton\n\n$x^{(t)}$\n", 9)
    assert ("x", "") not in other and ("x", "i") in other


def test_a_display_that_shifts_or_enumerates_the_label_keeps_the_family() -> None:
    shifted = r"x^{(t+1)} = x^{(t)} - \alpha \nabla f(x^{(t)})"
    assert as_iterates(r"x^{(t)} - \alpha \nabla f(x^{(t)})", shifted, frozenset()) == \
        r"x^{(t)} - \alpha \nabla f(x^{(t)})"  # fmt: skip
    enumerated = r"x^{(1)}, \ldots, x^{(m)} \text{ and } x^{(i)}"
    assert as_iterates(r"x^{(i)}", enumerated, frozenset()) == r"x^{(i)}"
    bare = r"(A\beta - c)_k = \langle a^{(k)}, \beta\rangle - c^{(k)}"  # c^{(k)} may be entry k of c
    assert as_iterates(bare, bare, frozenset()) == r"(A\beta - c)_k = \langle a^{[k]}, \beta\rangle - c^{(k)}"


def test_a_label_the_prose_gives_a_position_keeps_the_family() -> None:
    prose = r"Let the $i$-th row of $X$ be $x^{(i)}$, and the $k$-th coordinate of $t$ be $t^{(k)}$."
    assert {("x", "i"), ("t", "k")} <= positioned_labels(prose)


def test_entries_written_after_the_label_keep_the_family() -> None:
    notes = "# Net\n\nThe units $a^{(l)}_j$ of layer $l$.\n\n$$a^{(l)} = W a^{(l)}$$\n"
    [(_, message)] = _steps(notes)
    assert "name of its own" not in message


def test_accented_and_bold_names_are_read_whole() -> None:
    src = r"\hat y^{(t)} = \sigma(\mathbf{w}^\top \mathbf{x}^{(t)}) + Az^{(t)} + \yhat^{(t)}"
    assert as_iterates(src, "", frozenset()) == \
        r"\hat y^{[t]} = \sigma(\mathbf{w}^\top \mathbf{x}^{[t]}) + Az^{[t]} + \yhat^{(t)}"  # fmt: skip
