r"""A letter the prose names as something else is not the constant: "Let $e$ be the error of the model, and
$\pi$ the policy." (sound38; redteam37 left it: ``\frac{1}{1 + e} \approx 0.269`` and ``\pi^2 \approx 9.87`` were
PASSED with Euler's e and the circle's π). Every example is written here."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict


def _verdicts(prose: str, *displays: str) -> list[Verdict]:
    body = "# R\n\n" + prose + "\n\n" + "\n\n".join(f"We compute\n\n$${d}$$" for d in displays) + "\n"
    return [s.verdict for s in doc_steps(body)]


def test_letters_the_prose_names_are_not_the_constants() -> None:
    verdicts = _verdicts(r"Let $e$ be the error of the model, and $\pi$ the policy.",
                         r"\frac{1}{1 + e} \approx 0.269", r"\pi^2 \approx 9.87")
    assert verdicts and not any(v.ok for v in verdicts), verdicts
    assert Verdict.FAILED not in verdicts, verdicts


def test_other_ways_of_naming_the_letters() -> None:
    for prose in (r"Here $e$ denotes the residual of the fit.", r"We write $e$ for the prediction error.",
                  r"The error $e$ is small.", r"where $e$ is the error of the first layer."):
        verdicts = _verdicts(prose, r"\frac{1}{1 + e} \approx 0.269")
        assert verdicts and not any(v.ok for v in verdicts), (prose, verdicts)
    for prose in (r"Let $\pi$ denote the stationary distribution.", r"The policy $\pi$ is greedy.",
                  r"Suppose $\pi$ is a prior probability."):
        verdicts = _verdicts(prose, r"\pi^2 \approx 9.87")
        assert verdicts and not any(v.ok for v in verdicts), (prose, verdicts)


def test_the_constants_named_as_constants_stay_green() -> None:
    assert _verdicts(r"Here $e$ is Euler's number, and $\pi$ the circle's constant.",
                     r"\frac{1}{1 + e} \approx 0.269", r"\pi^2 \approx 9.87") == [Verdict.PASSED, Verdict.PASSED]
    assert _verdicts(r"Let $e$ be the base of the natural logarithm.", r"\frac{1}{1 + e} \approx 0.269") == [
        Verdict.PASSED]
    assert _verdicts(r"No letter is named here.", r"\frac{1}{1 + e} \approx 0.269") == [Verdict.PASSED]


def test_a_name_holds_after_the_sentence_only() -> None:
    body = ("# R\n\nWe compute\n\n$$\\frac{1}{1 + e} \\approx 0.269$$\n\n"
            "Let $e$ be the error of the model.\n\nWe compute\n\n$$\\frac{1}{1 + e} \\approx 0.269$$\n")
    verdicts = [s.verdict for s in doc_steps(body)]
    assert verdicts[0] is Verdict.PASSED and not verdicts[1].ok, verdicts


def test_a_chain_writing_the_circles_pi_keeps_it() -> None:
    assert _verdicts(r"Let $\pi$ be the policy.", r"\frac{1}{\sqrt{2\pi}} \approx 0.399") == [Verdict.PASSED]
