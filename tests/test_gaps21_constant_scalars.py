r""""$C > 0$ a constant" is a number in its part of the notes (gaps21).

"Let $C > 0$ be a constant." then ``\frac{d}{dt}(C t^2) = 2Ct`` was SKIPPED "holds only with C read as numbers
(nothing in the notes gives a shape)": the doubt that reads a capital times a name as a matrix ignored the
prose. A name compared with 0 and called a constant, or called a positive/real/scalar constant, is a scalar
(documents.constantscalars) — in its own part and the parts its setup encloses, not in a sibling section
(partscope), and "$A$ is a constant" alone (constant in what it is differentiated by) gives no shape."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_STEP = "$$\\frac{{d}}{{dt}}({0} t^2) = 2 {0} t$$\n"


def test_a_positive_constant_is_a_number() -> None:
    steps = doc_steps("# A\n\nLet $C > 0$ be a constant.\n\n" + _STEP.format("C")
                      + "\n# B\n\nFor a positive constant $D$,\n\n" + _STEP.format("D"))
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.PROVED], [s.message for s in steps]


def test_the_statement_stays_in_its_section() -> None:
    steps = doc_steps("# A\n\nLet $C > 0$ be a constant.\n\n" + _STEP.format("C")
                      + "\n# B\n\nNow nothing is said of $C$.\n\n" + _STEP.format("C")
                      + "\n# C\n\nLet $A$ be a constant.\n\n" + _STEP.format("A"))
    assert [s.verdict for s in steps] == [Verdict.PROVED, Verdict.SKIPPED, Verdict.SKIPPED], [s.message for s in steps]
