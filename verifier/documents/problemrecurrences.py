r"""Which of the notes' recurrences is in force at a line: the one its problem states.

A homework restates a recurrence per problem with other numbers: Problem 1's ``h_t = 2h_{t-1}``, Problem 2's
``h_t = 3h_{t-1}``. The notes' recurrences were kept one per family for the whole document (the first by line,
a later other rule a rival of it: which one a line after both follows is not said), so Problem 2's worked lines
were read with Problem 1's rule — cited in their reasons, unfolded for their claims (redteam37 left it). A
homework's problems name their own quantities (:func:`verifier.documents.partscope.across_problems`: "Problem
2", "**Q3.**", "## Exercise 4"), while the sections of a lecture and the parts (a), (b) of one problem share
theirs. So:

* :func:`learn`: a rule for a family that already has one stated in another problem is that problem's own
  (kept in ``doc.problem_recurrences``), not a rival;
* :func:`in_force`: at a line, each family's rule is the one stated in the line's problem; a family whose rules
  are all in other problems has none there;
* a second rule in a problem is a rival of that problem's rule (not of another problem's, which it may restate),
  and only the rivals of the line's own problem keep a line from being unfolded (:func:`in_problem`; sound39:
  Problem 2's ``h_t = 3h_{t-1}`` then ``h_t = 2h_{t-1}``, Problem 1's rule, made no rival, and Problem 2's
  unrolling by the second was FAILED by the first; Problem 1's rivals kept Problem 2's own rule from unfolding).

Notes with no problem start keep what they had: one rule per family, ``doc.recurrences`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from verifier.documents.partscope import across_problems

if TYPE_CHECKING:
    from verifier.documents.recurrence import Recurrence

__all__ = ["in_force", "in_problem", "learn", "rival_note"]


def learn(doc: Any, head: str, rec: Recurrence) -> bool:
    """Keep ``rec`` as the rule of its own problem where the rule of ``head`` the notes have is stated in another
    problem (an earlier or, learned out of order, a later one); True where it was kept so (not a rival)."""
    before = doc.recurrences.get(head)
    if before is None or not across_problems(doc.lines, before.line, rec.line):
        return False
    others = doc.problem_recurrences.setdefault(head, [])
    if any(not across_problems(doc.lines, o.line, rec.line) for o in others):
        return False  # that problem has a rule already: the reader's rival logic does not see it (kept first)
    if rec.line < before.line:  # the notes' first rule by line stays ``doc.recurrences``'s (it is learned so)
        doc.recurrences[head] = rec
        rec = before
    others.append(rec)
    return True


def in_force(doc: Any, line: int) -> dict[str, Recurrence]:
    """Each family's rule in the problem holding ``line`` (module docstring)."""
    extra: dict[str, list[Recurrence]] = getattr(doc, "problem_recurrences", {})
    if not extra:
        return doc.recurrences
    out: dict[str, Recurrence] = {}
    for head, first in doc.recurrences.items():
        here = [r for r in (first, *extra.get(head, ())) if not across_problems(doc.lines, r.line, line)]
        if here:
            out[head] = min(here, key=lambda r: r.line)
    return out


def in_problem(doc: Any, a: int, b: int) -> bool:
    """Are lines ``a`` and ``b`` in one problem (always, in notes with no problem start)?"""
    return not getattr(doc, "problem_recurrences", None) or not across_problems(doc.lines, a, b)


def rival_note(own: Recurrence, first: Recurrence) -> str:
    """Why a second rule for a family is SKIPPED: it is a recurrence, and it rivals the rule stated first."""
    return (f"another rule for {own.name} by a recurrence ({own.text}) after line {first.line}'s ({first.text}): "
            "a definition, not an identity; which of the two the lines after it follow is not said")
