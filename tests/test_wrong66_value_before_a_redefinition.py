r"""A value stated for a defined name does not outlive the name's redefinition (wrong66, redlead65's r4f).

"Let $p = \sigma(z)$ and $\ell = -\log p$. Take $p = 0.8$. Now let $p = \sigma(2z)$ instead." then ``\ell = -\log
0.8`` was PROVED "read at the value the notes state for p in place of its definition": p = 0.8 was said of the old
p. Where the prose renews the name between the value and the step (documents.renewednames), the step is not read at
that value (SKIPPED, as with no value stated)."""

from __future__ import annotations

from support import verdicts_by_line

_RENEWED = r"""# Losses

Let $p = \sigma(z)$ and $\ell = -\log p$. Take $p = 0.8$.

Now let $p = \sigma(2z)WORDS.

$$
\ell = -\log 0.8 .
$$
"""


def test_a_value_stated_before_a_renewal_is_not_read() -> None:
    for words in ("$ instead", "$", "$ from now on"):
        verdicts = verdicts_by_line(_RENEWED.replace("WORDS", words))
        assert verdicts.get(8) == ["SKIPPED"], (words, verdicts)

