r"""Capital Greek letters that name matrices (``\Sigma``, ``\Lambda``, ``\Phi``, ``\Psi``, ``\Omega``, ``\Gamma``).

Notes name a covariance ``\Sigma``, a precision or eigenvalue matrix ``\Lambda``, a design matrix ``\Phi``, a
noise covariance ``\Psi`` or ``\Omega`` exactly as they name ``W`` or ``X``; the shape inference
(``shapes.is_capital``) took only Latin capitals for matrices, so ``(x - \mu)^\top \Lambda (x - \mu)`` read
``\Lambda`` as a number and ``\operatorname{tr}(\Lambda (x-\mu)^\top (x-\mu))`` (the trace trick with the outer
product written as an inner one) was PROVED. These letters are read as a capital is: a matrix beside a
vector or matrix, or inside ``tr``/``det``; written alone they stay scalars (the specialisation every
matrix identity must also satisfy). ``\Gamma`` is Tikhonov regularisation's penalty matrix (``\lambda\lVert\Gamma
w\rVert^2``, fresh35): its other meaning, the gamma function, is read by the tokenizer where Γ is directly followed
by a bracket (latex.special), before any shape is inferred. Left out on purpose: ``\Delta`` (a change, ``\Delta
w``), ``\Pi`` (a product), ``\Theta`` (an order of growth, or a parameter set) and ``\Xi``/``\Upsilon``, whose
use as a matrix in course notes is rare."""

from __future__ import annotations

__all__ = ["GREEK_MATRICES"]

#: the SymPy names of the capital Greek letters read as a matrix's name
GREEK_MATRICES = frozenset({"Sigma", "Lambda", "Phi", "Psi", "Omega", "Gamma"})
