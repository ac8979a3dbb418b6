r"""A name the notes define as a function of a letter, ``z(t) = z_0 e^{\theta t}``, and also write as a sequence
(``z_1``, ``z_k``): ``z(T)`` is the function at T, never the product z·T (wrong66, fresh71's ODE note).

z was inferred a vector from its iterates, so ``z(t)`` was read as z times t; the adjoint integral
``\int_0^T a(t) z\,dt = \int_0^T z(T) e^{\theta(T - t)} z_0 e^{\theta t}\,dt`` then FAILED at a vector z (a false alarm:
the reading the notes rule out). A FAILED that rests on reading such a call as a product is SKIPPED, with why."""

from __future__ import annotations

from support import verdicts_by_line

from verifier.documents.numbercalls import defined_calls_read

_NOTE = r"""# The adjoint on a scalar ODE

The state follows $\dot z = \theta z$, so

$$
z(t) = z_0 e^{\theta t}, \qquad a(t) = z(T) e^{\theta (T - t)} .
$$

The parameter gradient is

$$
\int_0^T a(t)\, z\, dt = \int_0^T z(T)\, e^{\theta (T - t)}\, z_0\, e^{\theta t}\, dt .
$$

Explicit Euler gives $z_{k+1} = (1 + h\theta) z_k$, so $z_1 = 0.5$ and $z_2 = 0.25$.
"""


def test_a_call_of_a_defined_function_is_not_failed_as_a_product() -> None:
    verdicts = verdicts_by_line(_NOTE)
    assert "FAILED" not in verdicts.get(12, []), verdicts


def test_only_calls_of_functions_the_notes_define_are_doubted() -> None:
    import sympy as sp

    z, t, big_t = sp.symbols("z t T")
    trees = [z * big_t]
    assert defined_calls_read(["z(T) + 1"], trees, r"$$z(t) = z_0 e^{t}$$") == ["z(T)"]
    assert defined_calls_read(["z(T) + 1"], trees, r"$$y(t) = z_0 e^{t}$$") == []  # z is never defined
    assert defined_calls_read(["z(T) + 1"], trees, r"$$w = z(t + 1)$$") == []  # a call, no definition
    assert defined_calls_read(["z(T) + 1"], [sp.Function("z")(big_t)], r"$$z(t) = e^{t}$$") == []  # read as a call
    assert defined_calls_read(["z T + 1"], [z * t], r"$$z(t) = e^{t}$$") == []  # no call written
