r"""``\qedhere`` closing a proof inside the last display (amsthm) is layout, like ``\nonumber``.

``&= \log e^{x} = x . \qedhere`` left the member ``x . \qedhere``, unread ("unexpected character '.'"), so the last
link of a proof written in a ``proof`` environment was never checked (fresh38's softplus note).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
\documentclass{article}
\usepackage{amsmath,amsthm}
\begin{document}
\begin{proof}
\begin{align*}
\log(e^{x}e^{y}) &= \log e^{x + y} \\
&= %s . \qedhere
\end{align*}
\end{proof}
\end{document}
"""


def test_the_last_link_of_a_proof_is_checked() -> None:
    steps = doc_steps(_NOTES % "x + y", path="t.tex")
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED]


def test_a_wrong_last_link_fails() -> None:
    steps = doc_steps(_NOTES % "x - y", path="t.tex")
    assert steps[-1].verdict is Verdict.FAILED
