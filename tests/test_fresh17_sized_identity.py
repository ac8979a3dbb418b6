r"""``I_d``, ``I_n``, ``I_{k}``: the identity matrix of the size its subscript names (documents.sizedidentity).

Notes write the size of an identity as its subscript whenever two sizes are about (ridge regression's
``(X^\top X + \lambda I_d)^{-1}``, the push-through identity, a prior ``\mathcal{N}(0, \tau^2 I_d)``). The bare
``I`` was read as the identity sized by its neighbours, but ``I_d`` was "not declared" and every such step was
SKIPPED, a wrong one as well. A subscript that is not a size the notes use (``I_1`` beside ``I_2`` as names)
is left as it was."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_RIDGE = ("Let $X \\in \\mathbb{R}^{n \\times d}$ and $y \\in \\mathbb{R}^n$.\n\n"
          "$$\\nabla_w \\left(\\|y - Xw\\|^2 + \\lambda\\|w\\|^2\\right) = "
          "2\\left(X^\\top X + \\lambda I_d\\right) w - {SIGN}2X^\\top y$$\n")


def test_a_sized_identity_is_read() -> None:
    step = doc_steps(_RIDGE.replace("{SIGN}", ""))[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_wrong_step_with_a_sized_identity_is_failed() -> None:
    step = doc_steps(_RIDGE.replace("{SIGN}", "-"))[-1]
    assert step.verdict is Verdict.FAILED, step.message


_SIZES = ("Let $X \\in \\mathbb{R}^{n \\times d}$ and $\\lambda > 0$.\n\n"
          "$$X^\\top X + \\lambda I_d = X^\\top X + \\lambda I_{OTHER}$$\n")


def test_the_subscript_sizes_the_identity() -> None:
    step = doc_steps(_SIZES.replace("{OTHER}", "n"))[-1]
    assert step.verdict is not Verdict.PROVED, step.message  # I_n is n×n: not the d×d I_d
    step = doc_steps(_SIZES.replace("{OTHER}", "d"))[-1]
    assert step.verdict is Verdict.PROVED, step.message
