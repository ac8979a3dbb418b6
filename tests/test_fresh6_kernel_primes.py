r"""``x'`` beside ``x`` in a function's arguments (``k(x, x')``, the kernel of GP and SVM notes) is a
name of its own (``xprime``), in every formula of those notes: the kernel's definition is read and
used. A lone ``y'`` stays a derivative. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.primenames import name_paired_primes, paired_primes


def verdicts(text: str) -> dict[int, list[str]]:
    return verdicts_by_line(text)


KERNEL = (
    "The squared-exponential kernel is\n"  # 1
    "\n"  # 2
    "$$k(u, u') = \\exp\\left(-\\frac{(u - u')^2}{2h^2}\\right)$$\n"  # 3
    "\n"  # 4
    "so that, with a single point,\n"  # 5
    "\n"  # 6
    "$$\\frac{k(t, u)\\,y}{k(u, u) + \\beta} = \\frac{y}{1 + \\beta}e^{-(t-u)^2/(2h^2)}$$\n"  # 7
)


def test_letters_written_primed_beside_themselves_in_arguments() -> None:
    assert paired_primes("$k(x, x')$ and $\\kappa(z',z)$ but $f'(y)$ and $g(a, b')$") == frozenset({"x", "z"})
    assert name_paired_primes("(x - x')^2 + y'", frozenset({"x"})) == "(x - \\mathit{xprime})^2 + y'"


def test_the_kernel_definition_is_read_and_a_correct_step_is_green() -> None:
    got = verdicts(KERNEL)
    assert got[3] == ["SKIPPED"]  # the definition
    assert got[7][0] in ("PROVED", "PASSED")


def test_a_wrong_step_with_the_kernel_fails() -> None:
    assert verdicts(KERNEL.replace("{y}{1 + \\beta}", "{y}{1 - \\beta}"))[7] == ["FAILED"]


def test_a_lone_lowercase_prime_is_still_a_derivative() -> None:
    text = "$$g(u) = u^3$$\n\n$$g'(u) = 3u^2$$\n"
    assert verdicts(text)[3][0] in ("PROVED", "PASSED")
