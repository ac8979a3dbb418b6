r"""A letter is said constant only by a clause about it, in its chain's section (review21b).

``constantfactors.said_constant`` took any sentence naming ``$q$`` alone and saying "constant": "Here
$c$ is a constant but $q$ varies with time." kept q a constant, and the product rule without its second
term, ``\frac{d}{dt}(pq) = \frac{dp}{dt} q``, was PROVED; so was it in a section after another one that
says q is a constant. Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_WRONG = r"$$\frac{d}{dt}(p q) = \frac{dp}{dt} q$$"


def test_a_constant_said_of_another_letter_in_the_sentence_keeps_no_reading() -> None:
    notes = f"# Product rule\n\nHere $c$ is a constant but $q$ varies with time.\n\n{_WRONG}\n"
    step = doc_steps(notes)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_constant_said_in_another_section_keeps_no_reading() -> None:
    notes = (f"# Scaling\n\nHere $q$ is a constant.\n\n$$\\frac{{d}}{{dt}}(2 p q) = 2 q \\frac{{dp}}{{dt}}$$\n\n"
             f"# Product rule\n\nFor two functions of time:\n\n{_WRONG}\n")
    step = doc_steps(notes)[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


def test_a_constant_said_of_the_letter_in_its_section_keeps_the_reading() -> None:
    for prose in ("Here $q$ is a constant.", "Here $q$ is a constant and $p$ varies with time."):
        step = doc_steps(f"# Scaling\n\n{prose}\n\n{_WRONG}\n")[-1]
        assert step.verdict is Verdict.PROVED, (prose, step.message)


def test_said_constant_reads_the_clause_naming_the_letter() -> None:
    from verifier.documents.constantfactors import said_constant

    assert not said_constant("Here $c$ is a constant but $q$ varies.", "q")
    assert not said_constant("Here $c$ is a constant and $q$ varies.", "q")
    assert said_constant("Here $p$, $r$ and $q$ are constants.", "r")
    assert said_constant("Here $q$ is a constant and $p$ varies.", "q")
    assert not said_constant("Here $q$ is not a constant.", "q")
