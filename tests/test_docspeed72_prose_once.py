r"""docspeed72: two whole-notes prose scans that every chain asked again, read once per text.

* ``stated.stated_values(text)``: a dozen readings ask it of the whole notes, chain after chain, and it looks at
  every inline formula's sentence (``hypotheticalvalues.hypothetical_premise``) each time: 142 of dalby's 144 calls
  asked it again. Now read once per text; every caller still gets a list of its own.
* ``reintroduced.reintroduces(prose, name)``: asked again each time the scope of a line is read (the readings, the
  misfit rounds; three calls in four), each time up to nine patterns over a part of the notes. Now remembered, and a
  prose where the name never follows a ``$`` runs none of them (every pattern writes it so).
"""

from __future__ import annotations

import re
import uuid

from support import doc_steps

from verifier.documents import reintroduced, stated


class _CountingRe:
    """``re`` with its ``finditer`` calls counted (the nine introducing patterns run through it)."""

    def __init__(self) -> None:
        self.finditer_calls = 0

    def finditer(self, *args, **kwargs):
        self.finditer_calls += 1
        return re.finditer(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(re, name)


def _fresh(text: str) -> str:
    return f"{text}\n\nNote {uuid.uuid4().hex}.\n"  # a text no earlier test remembered


def test_stated_values_looks_at_each_formula_once_per_text(monkeypatch) -> None:
    asked = []
    real = stated.hypothetical_premise
    monkeypatch.setattr(stated, "hypothetical_premise", lambda text, s, e: asked.append(s) or real(text, s, e))
    text = _fresh("Let $w = 2$ and $x = 1.5$. Then $y = w x$ is computed.")
    first = stated.stated_values(text)
    once = len(asked)
    second = stated.stated_values(text)
    assert once == 3  # the three inline formulas, looked at once
    assert len(asked) == once  # not again for the second reading of the same text (base: 6)
    assert first == second == [("w", "2", 1), ("x", "1.5", 1)]


def test_stated_values_gives_each_caller_its_own_list() -> None:
    text = _fresh("Take $a = 3$ and $b = 4$.")
    mine = stated.stated_values(text)
    mine.append(("c", "5", 1))
    mine[0] = ("z", "0", 9)
    assert stated.stated_values(text) == [("a", "3", 1), ("b", "4", 1)]


def test_a_supposed_value_is_still_no_stated_value() -> None:
    """The guard: the remembered answer is the reading's own (a counterfactual's value stays out)."""
    text = _fresh("Let $d = 19$. If for instance we had $d = 7$, it would change the factors.")
    assert stated.stated_values(text) == [("d", "19", 1)]
    assert stated.stated_values(text) == [("d", "19", 1)]


def test_reintroduces_runs_its_patterns_once_for_the_same_prose(monkeypatch) -> None:
    counting = _CountingRe()
    monkeypatch.setattr(reintroduced, "re", counting)
    prose = _fresh("Let $q = a + b$. Now consider a coin with bias $q$ and toss it.")
    first = reintroduced.reintroduces(prose, "q")
    ran = counting.finditer_calls
    second = reintroduced.reintroduces(prose, "q")
    assert first == second == prose.index("a coin")
    assert ran >= 1
    assert counting.finditer_calls == ran  # the second ask runs no pattern (base: as many again)


def test_reintroduces_runs_no_pattern_where_the_name_is_not_written(monkeypatch) -> None:
    counting = _CountingRe()
    monkeypatch.setattr(reintroduced, "re", counting)
    prose = _fresh("Let $p = a + b$. Now consider a coin with bias $r$, and let $s$ be its weight.")
    assert reintroduced.reintroduces(prose, "q") is None
    assert reintroduced.reintroduces(prose, "q", general=True) is None
    assert counting.finditer_calls == 0  # base: nine patterns, then two


def test_reintroduces_reads_as_before() -> None:
    """The guards: a name introduced anew is found (case as the patterns read it), one kept is not."""
    found = _fresh("Consider a coin with bias $q$.")
    assert reintroduced.reintroduces(found, "q") == found.index("a coin")
    assert reintroduced.reintroduces(found, "Q") == found.index("a coin")  # the patterns ignore case
    kept = _fresh("Consider a coin with the same bias $q$ as before.")
    assert reintroduced.reintroduces(kept, "q") is None
    sigma = _fresh(r"Let $\sigma$ denote the slope.")
    assert reintroduced.reintroduces(sigma, r"\sigma") == sigma.index("Let")
    assert reintroduced.reintroduces(sigma, r"\sigma", general=True) is None
    general = _fresh("More generally, for any $q$ the bound holds.")
    assert reintroduced.reintroduces(general, "q", general=True) == general.index("for any")


NOTE_REINTRODUCED = r"""## Part 1

Let $q = a + b$.

## Part 2

Consider a coin with bias $q$.

$$\frac{d}{da}(a q) = q$$
"""

NOTE_WRONG = NOTE_REINTRODUCED.replace(r"(a q) = q$$", r"(a q) = 2 q$$")


def test_a_reintroduced_name_in_a_note_is_read_as_before() -> None:
    """The right step holds with the part's own q; its wrong twin stays FAILED."""
    right = doc_steps(NOTE_REINTRODUCED)
    wrong = doc_steps(NOTE_WRONG)
    assert [s.verdict.name for s in right] == ["PROVED"]
    assert [s.verdict.name for s in wrong] == ["FAILED"]
