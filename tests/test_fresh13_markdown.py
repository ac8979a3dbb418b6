r"""Markdown dialects whose math was silently missing from the steps: a ``<details><summary>…``
line with the display after it, MyST's ``{math}`` role, bookdown's ``(\#eq:label)`` inside a
display, MkDocs (Python-Markdown) admonitions and tabs whose body is indented by four spaces. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.sources import read_sources
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _steps(text: str, path: str = "notes.md") -> dict[int, str]:
    check = check_text(text, path, SETTINGS)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def test_display_after_a_details_and_summary_line_is_read() -> None:
    text = (
        "Intro.\n"  # 1
        "\n"  # 2
        "<details><summary>Answer</summary>\n"  # 3
        "Differentiate:\n"  # 4
        "$$\n"  # 5
        "\\frac{d}{dr} r^3 = 2 r^2\n"  # 6
        "$$\n"  # 7
        "</details>\n"  # 8
    )
    assert _steps(text) == {6: "FAILED"}


def test_a_tag_inside_a_line_of_math_is_kept() -> None:
    text = "<div>\n\n$$\n\\frac{d}{dr} r^3 = 3 r^2\n$$\n\n</div>\n"
    assert _steps(text) == {4: "PROVED"}


def test_myst_math_role_is_inline_math() -> None:
    text = (
        "Let {math}`g(t) = t^3 + t`.\n"  # 1
        "\n"  # 2
        "```{math}\n"  # 3
        "g'(t) = 3 t^2\n"  # 4
        "```\n"  # 5
    )
    assert _steps(text) == {4: "FAILED"}


def test_myst_math_role_claim_in_prose_is_checked() -> None:
    assert _steps("So {math}`\\frac{d}{dt} t^3 = 2 t^2` here.\n") == {1: "FAILED"}


def test_bookdown_label_inside_a_display_is_not_math() -> None:
    text = "\\begin{equation}\n\\frac{d}{dr} r^3 = 2 r^2\n(\\#eq:cube)\n\\end{equation}\n"
    assert _steps(text, "notes.Rmd") == {2: "FAILED"}


def test_mkdocs_admonition_body_is_markdown_not_code() -> None:
    text = (
        "# Powers\n"  # 1
        "\n"  # 2
        '!!! note "Cube"\n'  # 3
        "\n"  # 4
        "    $$\n"  # 5
        "    \\frac{d}{dr} r^3 = 2 r^2\n"  # 6
        "    $$\n"  # 7
        "\n"  # 8
        '??? tip "Square"\n'  # 9
        "    $$\\frac{d}{dr} r^2 = 2 r$$\n"  # 10
        "\n"  # 11
        "    ```python\n"  # 12
        '    s = "$$r^2 = r$$"\n'  # 13
        "    ```\n"  # 14
    )
    assert _steps(text) == {6: "FAILED", 10: "PROVED"}


def test_nested_mkdocs_admonition_and_indented_code_inside_it() -> None:
    text = (
        '=== "Math"\n'  # 1
        "\n"  # 2
        "    !!! note\n"  # 3
        "        $$\\frac{d}{dr} r^4 = 4 r^3$$\n"  # 4
        "\n"  # 5
        "            $$ r^4 = r $$\n"  # 6: indented code inside the note
    )
    assert _steps(text) == {4: "PROVED"}


def test_plain_indented_code_stays_code() -> None:
    assert [b.text for b in read_sources("Text.\n\n    $$ r^2 = r $$\n", "notes.md").blocks] == []
