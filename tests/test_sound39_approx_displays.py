r"""A display whose links are all ``\approx`` is read, every link a step (sound39; sound38 left it).

``0.449 \approx 0.45 \approx 0.5`` (a rounding of a rounding) and ``e^{x} \approx 1 + x`` were no chain at all: only
one ``\approx`` to a rounded number was kept, the rest dropped unseen. Now each link is a step: one to a rounded
number checked to its digits, one to a formula SKIPPED "not an equality", and an approximation of a name does
not define it. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _steps(body: str) -> list[tuple[Verdict, str]]:
    return [(s.verdict, s.message) for s in doc_steps(f"# A\n\nWe compute\n\n{body}\n")]


def test_a_chain_of_roundings_is_checked() -> None:
    steps = _steps(r"$$0.449 \approx 0.45 \approx 0.5$$")
    assert [v for v, _ in steps] == [Verdict.PASSED, Verdict.FAILED]  # 0.449 is 0.4 to one decimal
    assert [v for v, _ in _steps(r"$$\pi \approx 3.14 \approx 3.1$$")] == [Verdict.PASSED, Verdict.PASSED]
    assert [v for v, _ in _steps(r"$$\sqrt{2} \approx 1.41 \approx 1.5$$")] == [Verdict.PASSED, Verdict.FAILED]


def test_an_approximation_by_a_formula_is_a_skipped_step() -> None:
    [(verdict, message)] = _steps(r"$$e^{x} \approx 1 + x$$")
    assert verdict is Verdict.SKIPPED and message.startswith("not an equality")


def test_an_approximation_defines_nothing() -> None:
    approximation = r"$$L(w) \approx \frac{1}{N}\sum_{i=1}^{N} w x_i$$"
    steps = _steps(approximation + "\n\nand\n\n" + r"$$L(w) = w^2 + 1 = (w+1)^2 - 2w$$")
    assert steps[0][0] is Verdict.SKIPPED and steps[0][1].startswith("not an equality")
    assert "defines L" in steps[1][1] and "anew" not in steps[1][1]
    assert steps[2][0] is Verdict.PROVED
