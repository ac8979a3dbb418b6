r"""A function's name written in math without a backslash is the function, never a product of letters (gaps19).

``verify check 'grad_x x^T A x = (A + A^T) x'`` read ``grad_x`` as g·r·a·d_x (SKIPPED, "shapes do not
fit"), and ``tr AB`` as t·r·A·B. A known function word (grad, tr, det, diag, softplus, …) is read as the
function where its argument is clear (``grad_x f`` is ``\nabla_x f``; ``tr(AB)``), and where it is not
(``tr AB``: tr(A)·B or tr(AB)?) the text is not read, and the reason names the word. A run of single
letters (``ab``, ``xy``) stays a product.
"""

from __future__ import annotations

import json

import pytest
from support import doc_steps

from verifier.cli import main
from verifier.latex import LatexError, parse_latex


def _check(claim: str, capsys: pytest.CaptureFixture[str]) -> dict:
    main(["check", "--no-cache", "--jobs", "1", "--points", "30", "--format", "json", claim])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_grad_written_as_a_word_is_the_gradient(capsys) -> None:
    result = _check("grad_x x^T A x = (A + A^T) x", capsys)
    assert result["verdict"] in ("PROVED", "PASSED"), result


def test_a_wrong_gradient_written_with_the_word_is_not_green(capsys) -> None:
    result = _check("grad_x x^T A x = 2 A^T x + x", capsys)
    assert result["verdict"] == "FAILED", result


@pytest.mark.parametrize("word", ["tr", "det", "diag", "softplus", "logsumexp", "grad"])
def test_a_function_word_is_never_read_as_a_product_of_its_letters(word: str) -> None:
    try:
        read = parse_latex(f"{word} AB", prime_var=None)
    except LatexError as exc:
        assert word in str(exc)
        return
    letters = {s.name for s in read.free_symbols}
    assert not set(word) & letters - {"A", "B"}, read


@pytest.mark.parametrize("word", ["tr", "det", "softplus"])
def test_a_function_word_in_notes_is_skipped_naming_the_word(word: str) -> None:
    (step,) = doc_steps(f"We have $${word} AB = {word} BA$$\n")
    assert step.verdict.value == "SKIPPED", step
    assert word in (step.message or ""), step


@pytest.mark.parametrize(("text", "letters"), [("ab", {"a", "b"}), ("xy", {"x", "y"}), ("2abc", {"a", "b", "c"})])
def test_a_run_of_single_letters_is_still_a_product(text: str, letters: set[str]) -> None:
    read = parse_latex(text, prime_var=None)
    assert {s.name for s in read.free_symbols} == letters
    assert read.is_Mul


def test_called_function_words_stay_functions(capsys) -> None:
    assert _check("tr(AB) = tr(BA)", capsys)["verdict"] in ("PROVED", "PASSED")
    assert str(parse_latex("softplus(x)", prime_var=None)) == "softplus(x)"
