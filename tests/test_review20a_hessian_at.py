r"""A Hessian the prose names at a point, or of f written at another argument, is not f's Hessian at the
point a definition fixes (review20a).

statedentries read "$H$ for the Hessian of $f$ at $0$" and "… of $f(z)$" (f a function of $x$) as the Hessian
of f by x; the reparametrised reading (g(z) = f(Az): x = Az) then made ``P = A^T H A`` PASSED, though
``∇²g(z) = A^T ∇²f(Az) A`` is not ``A^T ∇²f(0) A`` nor ``A^T ∇²f(z) A``. Small examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedentries import stated_entries

_NOTES = r"""
Let the matrix $A$ be invertible and set $g(z) = f(Az).$
Here $f$ is a function of $x,$ and $g$ is a function of $z.$

We write $H$ for the Hessian of {OF} and $P$ for the Hessian of $g.$ Then

$$P = A^T H A.$$
"""


def _verdict(of: str) -> str:
    (step,) = doc_steps(_NOTES.replace("{OF}", of))
    return step.verdict.name


def test_a_hessian_at_a_point_is_not_read_as_the_hessian_function() -> None:
    for of in (r"$f$ at $0,$", r"$f$ at the origin,", r"$f$ evaluated at $x_0,$"):
        assert _verdict(of) not in ("PROVED", "PASSED"), of


def test_a_hessian_of_f_written_at_another_argument_is_not_read_by_f_s_variable() -> None:
    assert _verdict(r"$f(z),$") not in ("PROVED", "PASSED")
    assert not [d for d in stated_entries(r"Here $f$ is a function of $x$. Let $H$ be the Hessian of $f(z)$.")
                if d.key[0] == "H"]


def test_the_hessian_of_f_at_its_own_variable_is_still_read() -> None:
    assert _verdict(r"$f,$") in ("PROVED", "PASSED")
    assert _verdict(r"$f(x),$") in ("PROVED", "PASSED")
    assert _verdict(r"$f(\mathbf{x}),$") in ("PROVED", "PASSED")
