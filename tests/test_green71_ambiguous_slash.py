r"""``a / b c``: a slash before a product of names is ambiguous (green71; red70's probe s03).

``a / b c = \frac{a}{b c}`` was PROVED: read literally, (a/b)·c, it fails, and documents.slashproducts' reading
(the slash over the whole product, as in ``x^2/2\sigma^2``) made it hold. With names only after the slash both
readings are plausible; where they disagree the step is neither FAILED nor green (SKIPPED, "ambiguous"); where they
agree it stays green, and a divisor that opens with a number (``1/2n``, ``x^2/2\sigma^2``) keeps the reading over
the product."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)


def _step(claim: str) -> Verdict:
    steps = doc_steps(f"# Scalars\n\nFor scalars $a$, $b$ and $c$, ${claim}$.\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0].verdict


def test_the_product_reading_alone_is_not_green() -> None:
    got = doc_steps("# Scalars\n\nFor scalars $a$, $b$ and $c$, $a / b c = \\frac{a}{b c}$.\n")
    assert got[-1].verdict is Verdict.SKIPPED and "ambiguous" in got[-1].message


def test_the_literal_reading_alone_is_not_green() -> None:
    got = doc_steps("# Scalars\n\nFor scalars $a$, $b$ and $c$, $a / b c = \\frac{a c}{b}$.\n")
    assert got[-1].verdict is Verdict.SKIPPED and "ambiguous" in got[-1].message


def test_both_readings_wrong_is_still_failed() -> None:
    assert _step("a / b c = \\frac{a}{b} + c") is Verdict.FAILED


def test_readings_that_agree_stay_green() -> None:
    assert _step("a / b c \\cdot 0 = 0") in _GREEN or _step("a / b c - a / b c = 0") in _GREEN
    assert _step("2 (a / b c) = a / b c + a / b c") in _GREEN


def test_a_number_first_keeps_the_reading_over_the_product() -> None:
    steps = doc_steps("# Average\n\nFor $n > 0$, $\\frac{d}{dn} \\frac{1}{2n} = 1/2n^2 \\cdot (-1)$ and "
                      "$\\frac{d}{dx} \\frac{x^2}{2s} = x/s$.\n")
    assert steps and all(s.verdict is not Verdict.FAILED for s in steps)
    first = doc_steps("# Gauss\n\nFor $s > 0$, $\\frac{d}{dx}\\left(-x^2/2s^2\\right) = -x/s^2$.\n")
    assert first[-1].verdict in _GREEN


def _checked(capsys, claim: str) -> dict:  # type: ignore[no-untyped-def]
    import json

    from verifier.cli import main

    main(["check", claim, "--format", "json", "--no-cache", "--points", "40"])
    return json.loads(capsys.readouterr().out)["results"][0]


def test_verify_check_reads_the_slash_both_ways(capsys) -> None:  # type: ignore[no-untyped-def]
    for claim in ("a / b c = \\frac{a}{b c}", "a / b c = \\frac{a c}{b}"):
        got = _checked(capsys, claim)
        assert got["verdict"] == "SKIPPED" and "ambiguous" in got["steps"][0]["message"], got
    assert _checked(capsys, "a / b c = \\frac{a}{b} + c")["verdict"] == "FAILED"
    assert _checked(capsys, "2 (a / b c) = a / b c + a / b c")["verdict"] in ("PROVED", "PASSED")
    assert _checked(capsys, "1/2x = \\frac{1}{2x}")["verdict"] in ("PROVED", "PASSED")
