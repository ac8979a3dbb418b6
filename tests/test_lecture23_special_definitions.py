r"""Special functions and vectors the notes define in words (documents.prosefunctions, documents.basisvectors;
lecture23).

"Let $\psi$ denote the digamma function" and "Let $\Phi$ denote the standard normal CDF and $\phi$ its density"
were not read ("denote" was not a verb of naming, "its density" named nothing): the steps were SKIPPED. A bold
one with an index the prose calls "the $k$-th standard basis vector" (``\mathbf{1}_k``) was read as a vector of
ones, and the softmax gradient ``p - \mathbf{1}_k`` was a false FAILED. Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _verdicts(text: str) -> list[str]:
    check = check_text(text, "notes.tex", SETTINGS)
    return [s.verdict.value for c in check.chains for s in c.result.steps]


def test_let_psi_denote_the_digamma_function() -> None:
    text = "Let $\\psi$ denote the digamma function. Then\n\\[ \\psi(a+1) = \\psi(a) + \\frac{1}{a} \\]\n"
    assert _verdicts(text) in (["PASSED"], ["PROVED"])
    wrong = "Let $\\psi$ denote the digamma function. Then\n\\[ \\psi(a+1) = \\psi(a) + \\frac{1}{a+1} \\]\n"
    assert _verdicts(wrong) == ["FAILED"]


def test_phi_denotes_the_normal_cdf_and_its_density() -> None:
    text = ("Let $\\Phi$ denote the standard normal CDF and $\\phi$ its density. Then\n"
            "\\[ \\frac{d}{dx} \\Phi(x) = \\phi(x) \\]\n")
    assert _verdicts(text) == ["PROVED"] or _verdicts(text) == ["PASSED"]
    assert _verdicts(text.replace("= \\phi(x)", "= x \\phi(x)")) == ["FAILED"]


def test_a_bold_one_the_prose_calls_a_standard_basis_vector_is_one_hot() -> None:
    text = ("Let $z \\in \\mathbb{R}^K$, $p = \\operatorname{softmax}(z)$, and let $\\mathbf{1}_k$ denote the $k$-th "
            "standard basis vector of $\\mathbb{R}^K$. Then\n"
            "\\[ \\frac{\\partial}{\\partial z} \\left(-\\log p_k\\right) = p - \\mathbf{1}_k \\]\n")
    assert _verdicts(text) in (["PROVED"], ["PASSED"])
    assert _verdicts(text.replace("= p - ", "= p + ")) == ["FAILED"]


def test_a_bold_one_the_prose_calls_ones_stays_ones() -> None:
    text = ("Let $\\mathbf{1}_n$ denote the vector of $n$ ones and $x \\in \\mathbb{R}^n$. Then\n"
            "\\[ \\mathbf{1}_n^\\top x = \\sum_{i=1}^n x_i \\]\n")
    assert _verdicts(text) in (["PROVED"], ["PASSED"])


def test_an_unsaid_bold_one_at_an_index_is_no_failed_as_ones() -> None:
    text = ("Let $z \\in \\mathbb{R}^K$ and $p = \\operatorname{softmax}(z)$. Then\n"
            "\\[ \\frac{\\partial}{\\partial z} \\left(-\\log p_k\\right) = p - \\mathbf{1}_k \\]\n")
    assert _verdicts(text) == ["SKIPPED"]


def test_an_unsaid_bold_one_of_a_size_stays_ones() -> None:
    text = "Let $x \\in \\mathbb{R}^n$. Then\n\\[ \\mathbf{1}_n^\\top x = 2 \\sum_{i=1}^n x_i \\]\n"
    assert _verdicts(text) == ["FAILED"]


def test_an_unsaid_bold_one_at_the_index_of_the_loss_defined_is_no_failed_as_ones() -> None:
    # y is an index of the step through L's definition (documents.differentiatedindices): the bold one at y
    # may be the one-hot vector, as when the step writes p_y itself
    text = ("Let $z \\in \\mathbb{R}^K$, $p = \\operatorname{softmax}(z)$ and $y$ the label. The loss is "
            "$L = -\\log p_y$.\n\\[ \\nabla_z L = p - \\mathbf{1}_y \\]\n")
    assert _verdicts(text) == ["SKIPPED"]
