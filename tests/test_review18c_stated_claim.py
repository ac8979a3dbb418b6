r"""An entry the prose states of a name the notes already define is a claim, not a definition (review18c).

``statedentries`` read "Given that the $i$-th entry of $\mathbf{g}$ is $2x_i$" as the definition of g,
though the notes had defined ``\mathbf{g} = \nabla_{\mathbf{x}} f`` (entries x_i) just before; the wrong
update ``\mathbf{x} - \eta\mathbf{g} = (1 - 2\eta)\mathbf{x}`` was then PROVED from the prose's own slip.
Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.statedentries import stated_entries
from verifier.results import Verdict

_GREEN = (Verdict.PROVED, Verdict.PASSED)

_NOTES = r"""
# Gradient

Let $f(\mathbf{{x}}) = \frac{{1}}{{2}}\mathbf{{x}}^T\mathbf{{x}}$
and $\mathbf{{g}} = \nabla_{{\mathbf{{x}}}} f(\mathbf{{x}})$.

{prose}

$$\mathbf{{x}} - \eta\,\mathbf{{g}} = (1 - 2\eta)\mathbf{{x}}$$
"""


@pytest.mark.parametrize(
    "prose",
    [
        r"Given that the $i$-th entry of $\mathbf{g}$ is $2x_i$, the update is",
        r"Let the $i$-th entry of $\mathbf{g}$ be $2x_i$; the update is",
    ],
)
def test_an_entry_claimed_of_a_defined_name_defines_nothing(prose: str) -> None:
    text = _NOTES.format(prose=prose)
    assert not stated_entries(text)
    steps = doc_steps(text, "notes.md")
    assert steps[-1].verdict not in _GREEN, steps[-1].message


def test_an_entry_of_an_undefined_name_still_defines() -> None:
    text = r"Let the $i$-th entry of $\mathbf{r}$ be $2x_i$."
    assert len(stated_entries(text)) == 1
