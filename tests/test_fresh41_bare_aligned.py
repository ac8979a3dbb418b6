r"""A bare ``\begin{aligned}`` (no ``$$`` around it) in Markdown is display math, as a bare ``\begin{align}`` is.

MathJax renders any environment it meets in the text (``processEnvironments``, on by default in Jupyter and
in most MathJax sites), so notebooks write ``\begin{aligned} … \end{aligned}`` on their own lines; the
Markdown reader took only the top-level amsmath environments, and such a derivation had no step at all:
a dropped factor in it went unseen (fresh41: weight decay under SGD). ``gathered`` and ``alignedat`` likewise;
inside ``$$`` or in a code block nothing changes.
"""

from __future__ import annotations

from support import doc_steps

from verifier.documents.sources import extract_math
from verifier.results import Verdict

NOTE = """# Decay

Taking one step:

\\begin{aligned}
w' &= w - \\eta(g + \\lambda w) \\\\
&= (1 - {FACTOR})\\, w - \\eta g
\\end{aligned}

so the weights shrink.
"""


def test_a_bare_aligned_is_read_and_its_slip_fails() -> None:
    steps = doc_steps(NOTE.replace("{FACTOR}", "\\lambda"))
    assert [s.verdict for s in steps][-1:] == [Verdict.FAILED]


def test_a_bare_aligned_that_holds_is_green() -> None:
    steps = doc_steps(NOTE.replace("{FACTOR}", "\\eta\\lambda"))
    assert steps and steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)  # (the first defines w')


def test_gathered_is_read_and_a_fenced_one_is_not() -> None:
    assert len(extract_math("Text.\n\n\\begin{gathered}\na = b\n\\end{gathered}\n", "n.md")) == 1
    assert extract_math("Code:\n\n```\n\\begin{aligned}\na &= b\n\\end{aligned}\n```\n", "n.md") == []


def test_inside_dollars_it_is_one_display() -> None:
    assert len(extract_math("$$\n\\begin{aligned}\na &= b\n\\end{aligned}\n$$\n", "n.md")) == 1
