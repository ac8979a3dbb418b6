r"""A display the prose introduces as a wrong value, result or common error is the notes' warning, not their mistake.

documents.rejected read "A common mistake is", "wrong formula:", "the incorrect version:" before a display;
"A wrong value would be", "the wrong gradient is", "A common error is" were not read, and the formula the
notes warn against was reported FAILED as theirs. "The error is $$e = y - \hat y$$" names a quantity and
stays a claim.
"""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_WRONG = "Let $f(x) = x^2$.\n\n{PROSE}\n\n$$f'(x) = x$$\n"


@pytest.mark.parametrize("prose", ["A wrong value would be", "The wrong derivative is", "A common error is to write",
                                   "An incorrect result is:", "A frequent error:"])  # fmt: skip
def test_a_display_the_prose_calls_wrong_is_not_failed(prose: str) -> None:
    got = verdicts_by_line(_WRONG.replace("{PROSE}", prose))
    assert got[5] == ["SKIPPED"]


@pytest.mark.parametrize(
    "prose", ["The error is", "The derivative is", "We get the wrong-looking but right", "Find the mistake:"]
)
def test_a_display_stated_as_the_notes_own_is_failed(prose: str) -> None:
    got = verdicts_by_line(_WRONG.replace("{PROSE}", prose))
    assert got[5] == ["FAILED"]
