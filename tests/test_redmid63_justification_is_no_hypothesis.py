r"""A labelled step's justification is a fact the notes use, not a supposition that makes a wrong step green
(redmid63, on fresh69 9d9a3391).

fresh69 reads "where (a) uses $…$" (also "(a) follows from", "(a) is by") as a hypothesis of the display's steps, as
"where $…$" is. "where $\bar x = …$" names what x̄ is; "(a) uses F" says F is a known fact that gives step (a). A
false F stated in the step's own variables then proves the wrong step under it: ``\log(a + b) = \log a + \log b``
was PROVED "under the hypothesis a + b = ab" (SKIPPED on the base, where nothing made it green). A right
justification (fresh69's x̄ = (1/n)Σx_i) may still serve. Every note is written here.
"""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# A product

For $a, b > 0$,

$$\\log(a + b) \\overset{(a)}{=} \\log a + \\log b$$

where (a) uses $a + b = ab$.
"""


def test_a_wrong_step_justified_by_a_false_fact_is_not_green() -> None:
    got = verdicts_by_line(_NOTE)[5]
    assert not {"PROVED", "PASSED"} & set(got), got
