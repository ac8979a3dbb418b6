r"""Beamer's overlay environments are overlays too (documents.overlays, lecture23).

``\begin{onlyenv}<1>…\end{onlyenv}``, ``uncoverenv``, ``visibleenv``, ``invisibleenv`` and ``altenv`` say on
which slides their body is shown, as ``\only<1>{…}`` does. They were not read: every body was read on every
slide, so two slides' definitions (``f(x) = x^2`` on slide 1, ``x^3`` on slide 2) clashed and each slide's
right derivative was SKIPPED as a definition written anew. Every example is written here."""

from __future__ import annotations

from pathlib import Path

from support import beamer_frame, frame_steps

from verifier.documents.check import check_text
from verifier.documents.overlays import earlier_slides, last_slide
from verifier.documents.pool import DocumentTask, check_many
from verifier.engine import Settings

SETTINGS = Settings(points=30)


_steps = frame_steps


def test_each_onlyenv_slide_is_checked_with_its_own_definitions() -> None:
    body = ("\\begin{onlyenv}<1>\nTake $f(x) = x^2$.\n\\[ f'(x) = 2x \\]\n\\end{onlyenv}\n"
            "\\begin{onlyenv}<2>\nTake $f(x) = x^3$.\n\\[ f'(x) = 3x^2 \\]\n\\end{onlyenv}\n")
    assert _steps(body) == [(6, "PROVED"), (10, "PROVED")]


def test_a_wrong_step_in_an_earlier_onlyenv_is_failed() -> None:
    body = ("\\begin{onlyenv}<1>\nTake $f(x) = x^2$.\n\\[ f'(x) = x \\]\n\\end{onlyenv}\n"
            "\\begin{onlyenv}<2>\nTake $f(x) = x^3$.\n\\[ f'(x) = 3x^2 \\]\n\\end{onlyenv}\n")
    assert _steps(body) == [(6, "FAILED"), (10, "PROVED")]


def test_the_environments_are_blanked_as_their_slides_show_them() -> None:
    text = beamer_frame("\\begin{uncoverenv}<1>\n$a = b$\n\\end{uncoverenv}\n"
                  "\\begin{invisibleenv}<1>\n$c = d$\n\\end{invisibleenv}\n"
                  "\\begin{altenv}<2>{(}{)}{[}{]}\n$e = f$\n\\end{altenv}\n")
    last = last_slide(text)
    assert "a = b" not in last and "c = d" in last and "(" in last and "[" not in last
    assert "uncoverenv" not in last and "altenv" not in last and "invisibleenv" not in last
    (first,) = earlier_slides(text)
    assert "a = b" in first and "c = d" not in first and "[" in first and "(" not in first
    assert last.count("\n") == text.count("\n") == first.count("\n")


def test_an_earlier_slides_chain_has_an_id_of_its_own() -> None:
    # slide 1's row and the last slide's row start on one line: two chains, two ids (the reports, plots and
    # annotations key on them), the earlier one named by its slide
    text = beamer_frame("\\[\n\\frac{d}{dx} x^3 = \\only<1>{2x^3}\\only<2>{3x^2}\n\\]\n")
    check = check_text(text, "slides.tex", SETTINGS)
    ids = sorted(c.result.id for c in check.chains)
    assert ids == ["slides.tex:5", "slides.tex:5<1>"]
    assert all(c.result.source == "slides.tex:5" for c in check.chains)


def test_the_pool_checks_an_earlier_slide_with_its_own_definitions(tmp_path: Path) -> None:
    # verify doc (and the corpus) check the chains of all documents in one pool of workers: the chain an
    # earlier slide alone shows is checked there by the document of its slide too, as check_text does
    body = ("\\begin{onlyenv}<1>\nTake $f(x) = x^2$.\n\\[ f'(x) = 2x \\]\n\\end{onlyenv}\n"
            "\\begin{onlyenv}<2>\nTake $f(x) = x^3$.\n\\[ f'(x) = 3x^2 \\]\n\\end{onlyenv}\n")
    path = tmp_path / "slides.tex"
    path.write_text(beamer_frame(body))
    ((check, _),) = check_many([DocumentTask(path, SETTINGS)], timeout=60.0, jobs=1)
    steps = sorted((line, s.verdict.value) for c in check.chains
                   for s, line in zip(c.result.steps, c.step_lines, strict=True))  # fmt: skip
    assert steps == [(6, "PROVED"), (10, "PROVED")]
