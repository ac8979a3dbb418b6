r"""A rewriting whose sentence only defines a name the reader learned ("Writing $s = \sqrt{\sigma^2 + \epsilon}$,").

A lone equation between undeclared quantities is a rewriting when both sides write the same names and the
sentence before it writes none of them (documents.samenames): "For $x > 0$," may be a hypothesis the checker
does not read. A sentence that only defines a name the reader learns and substitutes says nothing unread,
yet it made a sign slip in folding batch norm into a linear layer (γ(b + μ)/s for γ(b − μ)/s) SKIPPED (fresh24).
"""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_PROSE = "At inference the layer computes a fixed affine map. Writing $s = \\sqrt{\\sigma^2 + \\epsilon}$,\n\n"
_LEFT = r"\gamma\,\frac{wx + b - \mu}{s} + \beta"


def _verdicts(text: str) -> list[Verdict]:
    return [s.verdict for ch in check_text(text, "notes.md").chains for s in ch.result.steps]


def test_a_sign_slip_after_a_defining_sentence_fails() -> None:
    wrong = rf"$${_LEFT} = \frac{{\gamma w}}{{s}}\,x + \frac{{\gamma(b + \mu)}}{{s}} + \beta$$" "\n"
    assert _verdicts(_PROSE + wrong) == [Verdict.FAILED]


def test_the_right_folding_is_proved() -> None:
    right = rf"$${_LEFT} = \frac{{\gamma w}}{{s}}\,x + \frac{{\gamma(b - \mu)}}{{s}} + \beta$$" "\n"
    assert _verdicts(_PROSE + right) == [Verdict.PROVED]


def test_a_sentence_stating_a_value_of_the_step_s_names_is_still_a_doubt() -> None:
    # "For $a = 2$,": a value of a name the step writes (a b + c = 2 b + c holds there only)
    text = "For $a = 2$,\n\n$$a\\,b + c = 2\\,b + c$$\n"
    assert Verdict.FAILED not in _verdicts(text)
