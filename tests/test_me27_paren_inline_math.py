r"""``\( … \)`` in Markdown is inline math, as MathJax, Jupyter and Pandoc render it.

Only ``$…$`` was read inline: "Also \(\sigma(-x) = \sigma(x)\) here." — a wrong claim — was never a step
(CommonMark takes ``\(`` for an escaped bracket). Examples written here."""

from __future__ import annotations

from support import doc_steps


def _steps(text: str) -> list[tuple[str, str]]:
    return [(s.verdict.value, s.lhs_latex) for s in doc_steps(text)]


def test_a_wrong_claim_in_paren_delimiters_is_failed() -> None:
    assert _steps(r"Also \(\sigma(-x) = \sigma(x)\) here.") == [("FAILED", r"\sigma(-x)")]


def test_a_right_claim_in_paren_delimiters_is_proved() -> None:
    assert _steps(r"Recall \(\sigma(-x) = 1 - \sigma(x)\) for all \(x\).") == [("PROVED", r"\sigma(-x)")]


def test_a_code_span_is_not_math() -> None:
    assert _steps(r"In code: `\(a = b\)` and `\\(a = b\\)`.") == []


def test_double_backslash_delimiters_are_math() -> None:
    # Markdown turns ``\\(`` into ``\(`` before MathJax reads the page (kramdown, Hugo, Jekyll), and Jupyter's
    # Markdown cells take ``\\(``/``\\[`` for math delimiters as they are: a wrong claim written so is FAILED
    assert _steps(r"Also \\(\sigma(-x) = \sigma(x)\\) here.") == [("FAILED", r"\sigma(-x)")]
    assert _steps(r"Display: \\[ \frac{d}{dx} x^5 = 5x^4 \\] in a paragraph.") == [("PROVED", r"\frac{d}{dx} x^5")]


def test_a_bracket_display_inside_a_paragraph_is_read() -> None:
    assert _steps(r"So \[ \frac{d}{dx} x^4 = 3x^3 \] as claimed.") == [("FAILED", r"\frac{d}{dx} x^4")]
