r"""A stated bold vector gives its plain numbered entries their values (fresh42, documents.numberedstated).

"The subgradient is $\mathbf{g} = 0.2\,(1, 2) - \frac14(0, 1)$, i.e. $$g_2 = 0.4 - \frac14 \approx 0.15$$": the
plain ``g_2`` is the second entry of the bold ``\mathbf{g}``, the convention of nearly every note. Only a plain
stated name was split into entry hypotheses, so g_2 stayed free and the worked link was FAILED at a random g_2 on a
correct note. Every example is written here."""

from __future__ import annotations

import sympy as sp
from support import verdicts_by_line

from verifier.documents.numberedstated import entry_hypotheses

_NOTE = "# Step\n\nThe subgradient is $\\mathbf{g} = 0.2\\,(1, 2) - \\frac14(0, 1)$, i.e.\n\n$$\nSTEP\n$$\n"


def _parse(latex: str) -> sp.Basic:
    from verifier.latex import parse_latex

    return parse_latex(latex)


def test_a_bold_name_gives_its_entries() -> None:
    got = entry_hypotheses(r"\mathbf{g} = (0.5, 0.25)", "stated", _parse, "")
    assert [h for h, _ in got] == [r"g_{1} = \frac{1}{2}", r"g_{2} = \frac{1}{4}"]


def test_the_right_entry_is_not_failed() -> None:
    verdicts = verdicts_by_line(_NOTE.replace("STEP", r"g_2 = 0.4 - \frac14 \approx 0.15"))[6]
    assert "FAILED" not in verdicts
    assert verdicts[0] == "PROVED"


def test_a_wrong_entry_is_not_green() -> None:
    # (SKIPPED today: the stated 0.2 may be a rounded input, documents.workedexpressions)
    assert verdicts_by_line(_NOTE.replace("STEP", r"g_2 = 0.4 + \frac14 \approx 0.65"))[6][0] in ("FAILED", "SKIPPED")
