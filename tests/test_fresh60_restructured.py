r"""reStructuredText notes (Sphinx course notes, ``.rst``) are read with docutils (fresh60).

``verify doc`` listed an ``.rst`` chapter as *not read*: read as Markdown its ``.. math::`` blocks and ``:math:``
roles were lost. Now docutils parses it (documents.restructured): every equation of a ``.. math::`` block (blank
lines separate them; Sphinx's ``:label:``/``:nowrap:`` options) is a display at its own line, ``:math:`` roles are
inline formulas, the bodies of directives docutils does not know (``.. proof::``) are read, and literal blocks,
code blocks and comments are never math. Every example is written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.cli import main as cli_main
from verifier.documents.restructured import read_rst
from verifier.documents.sources import read_sources
from verifier.exitcodes import ExitCode

NOTE = """Softplus
========

.. math::
   :label: softplus

   s(x) = \\log(1 + e^{x})

   s'(x) = \\frac{e^{x}}{1 + e^{x}}

The slope at zero is :math:`s'(0) = \\frac{1}{2}`, see :eq:`softplus`.
"""


def _displays(text: str) -> list[tuple[int, str]]:
    return [(b.line, b.text) for b in read_sources(text, "notes.rst").blocks]


def test_each_equation_of_a_math_directive_is_a_display_at_its_line() -> None:
    assert _displays(NOTE) == [(7, "s(x) = \\log(1 + e^{x})"), (9, "s'(x) = \\frac{e^{x}}{1 + e^{x}}")]


def test_a_math_role_is_an_inline_formula_at_its_line() -> None:
    inline = read_sources(NOTE, "notes.rst").inline
    assert [(b.line, b.text) for b in inline] == [(11, "s'(0) = \\frac{1}{2}")]
    assert inline[0].place is not None and inline[0].place.column == len("The slope at zero is ")


def test_nowrap_keeps_the_body_as_one_display() -> None:
    text = ".. math::\n   :nowrap:\n\n   \\begin{align}\n   a &= b \\\\\n\n   c &= d\n   \\end{align}\n"
    assert _displays(text) == [(4, "\\begin{align}\na &= b \\\\\n\nc &= d\n\\end{align}")]


def test_an_equation_on_the_directive_line_is_read() -> None:
    assert _displays("Intro.\n\n.. math:: e^{0} = 1\n") == [(3, "e^{0} = 1")]


def test_the_body_of_a_directive_docutils_does_not_know_is_read() -> None:
    text = (
        ".. proof::\n   :class: dropdown\n\n   Since :math:`x^2 = x \\cdot x`,\n\n   .. math::\n\n      (x^2)' = 2x\n"
    )
    sources = read_sources(text, "notes.rst")
    assert [(b.line, b.text) for b in sources.blocks] == [(8, "(x^2)' = 2x")]
    assert [(b.line, b.text) for b in sources.inline] == [(4, "x^2 = x \\cdot x")]


def test_literal_blocks_code_blocks_and_comments_are_never_math() -> None:
    text = (
        "Code::\n\n    y = 1  # :math:`a = c`\n\n.. code-block:: python\n   :linenos:\n\n"
        "   z = ':math:`b = d`'\n\n.. a comment :math:`q = r`\n\nText :math:`u = u`.\n"
    )
    found = read_rst(text)
    assert found.displays == [] and [latex for _, latex, _ in found.inline] == ["u = u"]
    assert {2, 7, 9} <= {k for start, end in found.code for k in range(start, end)}


def test_reading_never_includes_files_nor_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "secret.rst").write_text(".. math:: 1 = 2\n", encoding="utf-8")
    text = f".. include:: {tmp_path / 'secret.rst'}\n\n.. raw:: html\n\n   <b>x</b>\n\n.. math:: 2 = 2\n"
    assert _displays(text) == [(7, "2 = 2")]
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_the_docutils_registry_is_restored_after_a_read() -> None:
    from docutils.parsers.rst import directives, roles

    before = (dict(directives._directives), dict(roles._roles))
    read_rst(".. proof::\n\n   :math:`a = a`\n")
    assert (dict(directives._directives), dict(roles._roles)) == before


def test_verify_doc_reads_an_rst_chapter_and_fails_its_wrong_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = NOTE.replace("s'(x) = \\frac{e^{x}}{1 + e^{x}}", "s'(x) = \\frac{e^{x}}{1 - e^{x}}")
    (tmp_path / "chapter.rst").write_text(wrong, encoding="utf-8")
    code = cli_main(["doc", str(tmp_path), "--points", "40", "--no-cache", "--no-progress"])
    out = capsys.readouterr().out
    assert code == ExitCode.REFUTED
    assert "chapter.rst:9" in out and "FAILED" in out


def test_docutils_is_imported_only_where_rst_is_read() -> None:
    import subprocess
    import sys

    code = "import sys, verifier.documents.check; print('docutils' in sys.modules)"
    root = str(Path(__file__).resolve().parents[1])
    env = {"PYTHONPATH": root, "PYTHONDONTWRITEBYTECODE": "1", "PATH": ""}
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert said.stdout.strip() == "False"


def test_sphinx_code_directives_are_never_math() -> None:
    text = ".. testsetup::\n\n   x = ':math:`a = b`'\n\n.. plot::\n\n   y = ':math:`c = d`'\n"
    assert read_rst(text).inline == []


def test_a_math_directive_docutils_cannot_read_is_noted_never_dropped_silently() -> None:
    text = "Intro\n\n.. math::\n   :label: x\n   a = b\n\n.. admonition::\n\n   :math:`c = d`\n"
    notes = read_sources(text, "notes.rst").notes
    assert [line for line, _ in notes] == [3, 7]
    assert all("cannot be read" in message for _, message in notes)


def test_an_include_is_noted_as_not_read() -> None:
    notes = read_sources("Intro\n\n.. include:: chapter2.rst\n", "notes.rst").notes
    assert [line for line, _ in notes] == [3] and "chapter2.rst" in notes[0][1] and "cannot be read" in notes[0][1]


def test_the_annotated_copy_of_an_rst_note_is_rst_with_the_marks_as_comments(tmp_path: Path) -> None:
    from verifier.documents.annotate import write_annotated
    from verifier.documents.check import check_text
    from verifier.engine import Settings

    source = tmp_path / "chapter.rst"
    source.write_text(NOTE, encoding="utf-8")
    check = check_text(NOTE, str(source), Settings(points=40))
    target = write_annotated(check, source)
    assert target.name == "chapter.annotated.rst"
    text = target.read_text(encoding="utf-8")
    assert _displays(text) == _displays(NOTE)  # the marks do not break the math directive
    marks = [line for line in text.split("\n") if "step 1" in line]
    assert marks and all(line.startswith(".. ") for line in marks)
