"""Helpers for tests: build throw-away entries without touching the shipped catalog."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from verifier.catalog import Claim, Entry, identity
from verifier.engine import Settings, verify_entry
from verifier.results import IdentityResult, StepResult

FAST = Settings(points=80)

# For a pytest started in a subprocess on a throw-away course: plugins installed beside the verifier
# in this test environment that a course's pytest does not use. pytest assertion-rewrites the whole
# package of every plugin it autoloads (from source each time where PYTHONDONTWRITEBYTECODE is set):
# hypothesis and anyio cost about 1.5 s of CPU per interpreter. The verifier's plugin still loads
# through its pytest11 entry point.
UNRELATED_PLUGINS = ("-p", "no:anyio", "-p", "no:hypothesispytest")


def entry(builder: Callable[..., Claim], id: str = "t", sizes: object = None) -> Entry:
    return identity(id, title=id, statement=id, source="test", sizes=sizes)(builder)  # type: ignore[arg-type]


def check(builder: Callable[..., Claim], sizes: object = None, settings: Settings = FAST) -> IdentityResult:
    return verify_entry(entry(builder, sizes=sizes), settings)


GOOD_AND_BAD = """
import sympy as sp
from verifier.catalog import D, identity
from verifier.ml import sigmoid

@identity("sigmoid-derivative", title="sigma prime", statement=r"\\sigma' = \\sigma(1-\\sigma)", source="test")
def _(b):
    z = b.real("z")
    return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)))

@identity("sigmoid-wrong", title="sign flip", statement=r"\\sigma' = \\sigma(1+\\sigma)", source="test")
def _(b):
    z = b.real("z")
    return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 + sigmoid(z)))
"""


DOC_SETTINGS = Settings(points=30)


def doc_steps(body: str, path: str = "t.md") -> list[StepResult]:
    """Every step of the notes ``body`` (dedented), checked as ``verify doc`` would, in document order."""
    from verifier.documents.check import check_text

    check = check_text(textwrap.dedent(body).strip() + "\n", path, DOC_SETTINGS)
    return [s for c in check.chains for s in c.result.steps]
