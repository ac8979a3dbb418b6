r"""What the notes define is counted as a definition, not as a claim left unchecked (issue 8's claims figure).

1. An update rule (``x_{k+1} = x_k - \eta f'(x_k)``) is SKIPPED "an update rule: it defines the next iterate …":
   the tool's own words say it is no claim, yet `verify doc --stats` counted it among the claims.
2. A context file's section that starts on the line after the notes' own definition (``from line 8:`` after
   ``$$p_j = …$$`` on line 7, the notes' definition restated for the lines after it) turned that definition into a
   claim about the context's p: a section "in effect from line N of the notes on" changed how the line before it
   was read. Every example is written here.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_text
from verifier.documents.context import parse_context_file
from verifier.documents.stats import document_stats, is_definition
from verifier.engine import Settings

FAST = Settings(points=30)

_UPDATE = textwrap.dedent(r"""
    To minimise $f(x) = e^{x} - 3x$ we iterate

    $$x_{k+1} = x_k - \frac{f'(x_k)}{f''(x_k)}$$

    $$\frac{d}{dx} x^2 = 2x$$
""")


def test_an_update_rule_is_counted_as_a_definition_not_a_claim() -> None:
    check = check_text(_UPDATE, "t.md", FAST)
    messages = [s.message for c in check.chains for s in c.result.steps if s.verdict.value == "SKIPPED"]
    assert any(m.startswith("an update rule") for m in messages), messages
    stats = document_stats(check)
    assert (stats.found, stats.definitions, stats.claims, stats.checked) == (2, 1, 1, 1)


def test_the_messages_that_are_claims_stay_claims() -> None:
    assert is_definition("an update rule: it defines the next iterate x_{k+1} from x_k (a recurrence), not an identity")
    # a worked result the notes computed is a claim whose inputs are not given, not a definition
    assert not is_definition("states the value of w (a worked result the notes computed; the lines after it use it)")
    assert not is_definition("p appear(s) on one side only and the notes do not define it")


# line 5: the notes' softmax (with a slip: e^j for e^{o_j}); the context restates it from line 6 on
_SOFTMAX = textwrap.dedent(r"""
    # Softmax

    The softmax is defined as follows:

    $$p_j = \frac{e^j}{\sum_i e^i}$$

    $$\frac{\partial p_1}{\partial o_1} = p_1 (1 - p_1)$$
""").lstrip("\n")


def _steps(tmp_path: Path, context: str) -> list[tuple[int, str, str]]:
    ctx = tmp_path / "n.md.verify"
    ctx.write_text(context, encoding="utf-8")
    check = check_text(_SOFTMAX, str(tmp_path / "n.md"), FAST, context=parse_context_file(ctx))
    return [(line, s.verdict.value, s.message) for c in check.chains
            for s, line in zip(c.result.steps, c.step_lines, strict=True)]


_RESTATED = ("from line {at}:\nK in {{3}}\ni, j: index 1..K\no: vector[K]\n"
             "p_j := \\frac{{e^{{o_j}}}}{{\\sum_{{i}} e^{{o_i}}}}\n")


def test_a_section_from_the_next_line_leaves_the_notes_definition_a_definition(tmp_path: Path) -> None:
    assert "$$p_j" in _SOFTMAX.split("\n")[4]  # the notes' definition is on line 5
    (first, second) = _steps(tmp_path, _RESTATED.format(at=6))
    assert first[:2] == (5, "SKIPPED") and first[2].startswith("defines p"), first
    assert second[:2] == (7, "PROVED"), second  # the lines after it read the context's p


def test_a_section_in_effect_on_the_line_makes_it_a_claim_about_the_declared_name(tmp_path: Path) -> None:
    # from line 5 the context's p is in force on the notes' line itself: the line says something of that p
    # (here a wrong thing: e^j for e^{o_j}), as before
    (first, _second) = _steps(tmp_path, _RESTATED.format(at=5))
    assert first[0] == 5 and not first[2].startswith("defines"), first
