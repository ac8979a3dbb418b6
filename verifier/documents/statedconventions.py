"""What the prose states for the whole document or a section: each indexed family's orientation and the
gradient layout.

A mixin of :class:`verifier.documents.reader._Reader` (moved out of it when it reached 1,000 lines): the
reader asks it at each chain's line; the statements themselves are read by
:mod:`verifier.documents.familyorientation` and :mod:`verifier.documents.gradientlayout`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from verifier.documents.familyorientation import document_orientations, member_trees_at, orientations_at
from verifier.documents.gradientlayout import stated_layouts


class StatedConventions:
    """Orientations and layouts the prose states (module docstring); needs ``text`` and ``chains``."""

    text: str
    chains: Callable[[], list[Any]]  # the reader's

    @functools.cached_property
    def family_orientations(self) -> dict[str, object]:
        """Each indexed family's one orientation in the document (documents.familyorientation)."""
        # the chains read once (check_text sets all_chains): reading them again would learn every definition twice
        chains = getattr(self, "all_chains", None) or self.chains()
        return document_orientations(self.text, [(c.line, " ".join(m.latex or "" for m in c.members),
                                                  functools.partial(member_trees_at, self, c)) for c in chains])

    def orientations_at(self, line: int) -> dict[str, object]:
        """The orientations that hold at ``line``: a section's own statement over the document's (familyorientation)."""
        cache = self.__dict__.setdefault("_orientations_at", {})
        if line not in cache:
            cache[line] = orientations_at(self.text, line, self.family_orientations)  # type: ignore[arg-type]
        return cache[line]

    @functools.cached_property
    def _stated_layouts(self) -> list[tuple[int, str]]:
        """The layouts the prose states, with their lines (documents.gradientlayout.stated_layouts)."""
        return stated_layouts(self.text)

    def layout_said(self, line: int) -> str | None:
        """The layout the last sentence before ``line`` that states one states ("We use the numerator
        layout throughout."; documents.gradientlayout), or None."""
        said = [layout for at, layout in self._stated_layouts if at < line]
        return said[-1] if said else None
