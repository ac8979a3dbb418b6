r"""A primed Greek letter or ``\ell`` written beside itself is a new quantity, as a primed Latin letter is (misses43).

fresh31's online softmax: "$m' = \max(m, m_B)$", ``\ell' = e^{m - m'}\ell + e^{m_B - m'}\ell_B``, then every line
writing ``\ell'`` (``e^{m' - m}\ell' = \ell + e^{m_B - m}\ell_B``, ``1/\ell' \approx 0.813``) was SKIPPED "a prime
(…)' needs the differentiation variable": documents.primenames read a lower-case prime as a name only for a
one-letter name (``m'``), never for a command (``\ell'``). ``\ell`` and the lower-case Greek letters that name
quantities are read so now, where the notes never apply them (``\lambda'`` beside ``\lambda(t)`` stays a
derivative); σ, φ, ψ (functions' letters) are not."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.primenames import quantity_primes

_NOTE = ("# Online softmax\n\nMerging a block uses $m' = \\max(m, m_B)$ and\n\n"
         "$$\\ell' = e^{m - m'}\\ell + e^{m_B - m'}\\ell_B.$$\n\nSo\n\n$$e^{m' - m}\\ell' = RIGHT$$\n")


def test_a_primed_ell_beside_its_letter_is_a_quantity() -> None:
    lines = verdicts_by_line(_NOTE.replace("RIGHT", "\\ell + e^{m_B - m}\\ell_B"))
    assert lines[5] == ["SKIPPED"], lines  # its definition (was: "a prime needs the differentiation variable")
    assert lines[9] == ["PROVED"], lines  # was SKIPPED: not read
    wrong = verdicts_by_line(_NOTE.replace("RIGHT", "\\ell + e^{m_B - m'}\\ell_B"))
    assert wrong[9] != ["PROVED"], wrong  # never green (an equation between undeclared quantities)


def test_a_primed_command_the_notes_apply_stays_a_derivative() -> None:
    assert quantity_primes("$\\ell' = \\ell + x$") == frozenset({"\\ell"})
    assert quantity_primes("Let $\\lambda(t) = t^2$.\n\n$\\lambda' = \\lambda + 1$") == frozenset()
    assert quantity_primes("$\\sigma' = \\sigma (1 - \\sigma)$") == frozenset()  # σ: a function's letter
