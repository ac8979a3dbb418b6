r"""Beamer overlays inside a derivation: ``\pause`` between rows, ``\only<3->{…}``,
``\onslide<2->{…}``, ``\uncover<2->{…}`` around rows or pieces, ``\alert<2>{…}``. They say on which
slide a piece appears; the last slide shows the whole derivation, and that is what is checked. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _steps(body: str) -> dict[int, str]:
    text = "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}\n" + body + "\\end{frame}\n\\end{document}\n"
    check = check_text(text, "slides.tex", SETTINGS)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def test_pause_between_align_rows_is_not_a_name() -> None:
    body = (
        "\\begin{align*}\n"  # 4
        "(r + 1)^2 &= r^2 + 2r + 1 \\\\ \\pause\n"  # 5
        "&= r(r + 2) + 1 \\\\\n"  # 6
        "\\pause\n"  # 7
        "&= r^2 + 1\n"  # 8
        "\\end{align*}\n"
    )
    assert _steps(body) == {5: "PROVED", 6: "PROVED", 8: "FAILED"}


def test_only_and_onslide_around_rows_are_read_as_rows() -> None:
    body = (
        "\\begin{align*}\n"  # 4
        "(r + 1)^2 &= r^2 + 2r + 1 \\\\\n"  # 5
        "\\onslide<2->{\n"  # 6
        "&= r(r + 2) + 1 \\\\\n"  # 7
        "}\n"  # 8
        "\\only<3->{&= r^2 + 1}\n"  # 9
        "\\end{align*}\n"
    )
    assert _steps(body) == {5: "PROVED", 7: "PROVED", 9: "FAILED"}


def test_uncover_and_alert_pieces_are_read() -> None:
    body = (
        "\\begin{equation*}\n"  # 4
        "\\frac{d}{dr} r^3 = 3 r^2 \\uncover<2->{= \\alert<3>{3 r \\cdot r}}\n"  # 5
        "\\end{equation*}\n"
        "\\begin{equation*}\n"  # 7
        "\\frac{d}{dr} r^4 = \\alert{3 r^3}\n"  # 8
        "\\end{equation*}\n"
    )
    assert _steps(body) == {5: "PROVED", 8: "FAILED"}


def test_an_article_keeps_its_own_alert_macro() -> None:
    text = (
        "\\documentclass{article}\n\\newcommand{\\alert}[1]{#1^2}\n\\begin{document}\n"  # 1-3
        "\\begin{equation}\n\\frac{d}{dr} \\alert{r} = 2 r\n\\end{equation}\n"  # 4-6
        "\\end{document}\n"
    )
    check = check_text(text, "notes.tex", SETTINGS)
    assert [s.verdict.value for c in check.chains for s in c.result.steps] == ["PROVED"]
