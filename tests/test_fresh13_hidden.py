r"""Text a rendered note never shows holds no steps: Quarto/knitr code chunks (```` ```{python} ````,
```` ```{r} ````), Obsidian ``%% … %%`` comments, LaTeX ``\iffalse … \fi``. A wrong formula kept
there (an old draft, a plot label) was read as the notes' step and reported FAILED. Every example is
written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)


def _steps(text: str, path: str) -> dict[int, str]:
    check = check_text(text, path, SETTINGS)
    return {line: s.verdict.value for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)}


def test_quarto_python_chunk_is_code_not_a_directive() -> None:
    text = (
        "Below, $g(t) = t^3$.\n"  # 1
        "\n"  # 2
        "```{python}\n"  # 3
        "#| fig-cap: 'slope'\n"  # 4
        'lab = r"$$\\frac{d}{dt} t^3 = 2 t^2$$"\n'  # 5
        "```\n"  # 6
        "\n"  # 7
        "$$\n"  # 8
        "\\frac{d}{dt} t^3 = 3 t^2\n"  # 9
        "$$\n"  # 10
    )
    steps = _steps(text, "notes.qmd")
    assert 5 not in steps
    assert steps[9] == "PROVED"


def test_knitr_r_chunk_is_code() -> None:
    text = '```{r}\nlab <- "\n$$\\frac{d}{du} u^2 = 3 u$$\n"\n```\n\n$$\n\\frac{d}{du} u^2 = 2u\n$$\n'
    steps = _steps(text, "notes.Rmd")
    assert steps == {8: "PROVED"}


def test_obsidian_comment_holds_no_step() -> None:
    text = (
        "Powers of $r$.\n"  # 1
        "\n"  # 2
        "%% draft, wrong:\n"  # 3
        "$$\\frac{d}{dr} r^2 = r$$\n"  # 4
        "%%\n"  # 5
        "\n"  # 6
        "$$\\frac{d}{dr} r^2 = 2 r$$ %% inline comment $$r^2 = 5 r$$ %%\n"  # 7
    )
    steps = _steps(text, "notes.md")
    assert 4 not in steps
    assert list(steps.values()) == ["PROVED"]


def test_percent_signs_in_code_blocks_open_no_comment() -> None:
    text = "```\n%%timeit\n```\n\n$$\\frac{d}{dr} r^3 = 3 r^2$$\n\n```\n%%bash\n```\n"
    assert _steps(text, "notes.md") == {5: "PROVED"}


def test_iffalse_block_holds_no_step() -> None:
    text = (
        "\\documentclass{article}\n\\begin{document}\n"  # 1-2
        "\\iffalse\n"  # 3
        "\\begin{equation} \\frac{d}{dr} r^3 = r^2 \\end{equation}\n"  # 4
        "\\fi\n"  # 5
        "\\begin{equation} \\frac{d}{dr} r^3 = 3 r^2 \\end{equation}\n"  # 6
        "\\end{document}\n"
    )
    assert _steps(text, "notes.tex") == {6: "PROVED"}


def test_iffalse_nested_conditional_ends_at_its_own_fi() -> None:
    text = (
        "\\documentclass{article}\n\\begin{document}\n"  # 1-2
        "\\iffalse \\ifdraft x \\fi\n"  # 3
        "\\begin{equation} \\frac{d}{dr} r^3 = r^2 \\end{equation}\n"  # 4
        "\\fi\n"  # 5
        "\\begin{equation} \\frac{d}{dr} r^4 = 5 r^3 \\end{equation}\n"  # 6
        "\\end{document}\n"
    )
    assert _steps(text, "notes.tex") == {6: "FAILED"}


def test_the_annotated_copy_keeps_what_the_reader_set_aside() -> None:
    from verifier.documents.annotate import annotate

    text = "%% old: $$\\frac{d}{dr} r^2 = r$$ %%\n\n!!! note\n    $$\\frac{d}{dr} r^2 = 2 r$$\n"
    out = annotate(check_text(text, "notes.md", SETTINGS))
    assert out.startswith("%% old: $$\\frac{d}{dr} r^2 = r$$ %%\n\n!!! note\n    $$\\frac{d}{dr} r^2 = 2 r$$\n")


def test_percent_signs_in_inline_code_open_no_comment() -> None:
    text = (
        "Time it with `%%timeit`.\n"  # 1
        "\n"  # 2
        "$$\\frac{d}{dr} r^3 = 3 r^2$$\n"  # 3
        "\n"  # 4
        "or with `%%time`.\n"  # 5
    )
    assert _steps(text, "notes.md") == {3: "PROVED"}
