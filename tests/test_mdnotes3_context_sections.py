r"""``from line N to line M:`` in a context file: a section that ends, so the next question reads
its own definitions again.

A homework's question 2.b needs ``\hat{y} := \sigma(\theta)``; question 2.c defines its own ŷ in
the notes. With only ``from line N:`` sections, 2.b's declaration stayed in effect and overrode the
notes' definition of 2.c (its steps then failed or did not fit).
"""

from __future__ import annotations

from pathlib import Path

from verifier.documents.check import check_text
from verifier.documents.context import parse_context_file
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""# 2.b

$$
\frac{d \hat{y}}{d \theta} = \hat{y} (1 - \hat{y})
$$

# 2.c

$$
\hat{y} = 2 v
$$

$$
\frac{d \hat{y}}{d v} = 2
$$
"""


def test_a_bounded_section_is_in_effect_only_up_to_its_last_line(tmp_path: Path) -> None:
    ctx = tmp_path / "n.md.verify"
    ctx.write_text("summation: explicit\nfrom line 1 to line 6:\nK in {3}\n\\theta: vector[K]\n"
                   "from line 20 to 25:\nx: real\n", encoding="utf-8")
    parsed = parse_context_file(ctx)
    assert not parsed.errors
    assert ("theta", ()) in parsed.scope_at(4).names
    assert ("theta", ()) not in parsed.scope_at(8).names
    assert parsed.scope_at(8).conventions == {"summation": "explicit"}  # the file's start holds again
    assert ("x", ()) in parsed.scope_at(25).names and ("x", ()) not in parsed.scope_at(26).names


def test_a_section_that_ends_before_it_starts_is_an_error(tmp_path: Path) -> None:
    ctx = tmp_path / "n.md.verify"
    ctx.write_text("from line 9 to line 3:\nx: real\n", encoding="utf-8")
    assert parse_context_file(ctx).errors


def test_the_next_question_reads_its_own_definition_again(tmp_path: Path) -> None:
    ctx = tmp_path / "n.md.verify"
    ctx.write_text("from line 1 to line 6:\n\\hat{y} := \\sigma(\\theta)\n",
                   encoding="utf-8")
    check = check_text(_NOTES, str(tmp_path / "n.md"), FAST, context=parse_context_file(ctx))
    got = [(s.verdict.value, s.message) for c in check.chains for s in c.result.steps]
    assert [v for v, _ in got] == ["PROVED", "SKIPPED", "PROVED"], got  # the middle one defines ŷ


def test_without_the_end_the_first_question_s_declaration_overrides_the_second(tmp_path: Path) -> None:
    ctx = tmp_path / "n.md.verify"
    ctx.write_text("\\hat{y} := \\sigma(\\theta)\n", encoding="utf-8")
    check = check_text(_NOTES, str(tmp_path / "n.md"), FAST, context=parse_context_file(ctx))
    got = [s.verdict.value for c in check.chains for s in c.result.steps]
    assert got[-1] != "PROVED", got
