r"""An inline formula that names a value and works it out in the same breath (``$I(\sigma) =
-\frac{1}{\sigma^2} + \frac{3\sigma^2}{\sigma^4} = \frac{2}{\sigma^2}$``) states a computation after its
first link: those links are claims like a display's. The whole formula was dropped because its first
link has a definition's shape. Every example is written here."""

from __future__ import annotations

from support import doc_steps

_FISHER = "- Taking expectations:\n  - $I(\\sigma) = -\\frac{1}{\\sigma^2} + \\frac{3\\sigma^2}{\\sigma^4} = {rhs}$\n"


def _verdicts(body: str) -> list[str]:
    return [s.verdict.value for s in doc_steps(body)]


def test_the_links_after_an_inline_definition_are_checked() -> None:
    assert _verdicts(_FISHER.replace("{rhs}", "\\frac{2}{\\sigma^2}"))[-1] == "PROVED"


def test_a_wrong_link_after_an_inline_definition_fails() -> None:
    assert _verdicts(_FISHER.replace("{rhs}", "\\frac{4}{\\sigma^2}"))[-1] == "FAILED"


def test_a_plain_inline_definition_is_still_no_claim() -> None:
    assert _verdicts("We write $J(s) = \\frac{1}{s}$ from now on.\n") == []


def test_a_condition_chain_is_still_no_claim() -> None:
    assert _verdicts("Setting $g(w) = 2w - 2 = 0$ gives the minimum.\n") == []
