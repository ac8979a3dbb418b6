r"""fresh76: false alarms of the probe set ``benchmarks/probes/fresh76`` (notes the project had never seen).

* a bold vector and its plain entries across a definition: ``P_j`` defined from ``\mathbf{x}_j`` and
  differentiated by ``x_{jm}`` (documents.sampleentries, documents.guesses._entry_of_vector);
* a volume element ``dx\,dy = r\,dr\,d\theta`` is no equation between directional derivatives
  (documents.differentials.volume_element);
* a check at the estimate, ``e^{-z_1} = e^{\hat\mu}`` with ``z = (x - \mu)/\beta`` (documents.guesses._at_estimate).
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

GREEN = (Verdict.PROVED, Verdict.PASSED)

_LOGIT = r"""
# Conditional logit

Alternative $j$ has attributes $\mathbf{x}_j$ and the probability

$$
P_j = \frac{\exp(\boldsymbol\beta^\top \mathbf{x}_j)}{\sum_{k=1}^{J} \exp(\boldsymbol\beta^\top \mathbf{x}_k)} .
$$

The own effect of attribute $m$ is

$$
\frac{\partial \log P_j}{\partial x_{jm}} = RIGHT .
$$
"""


def test_bold_sample_entry_through_definition_proved() -> None:
    """x_{jm} is entry m of the bold x_j the definition of P_j writes (summed over k there too)."""
    steps = doc_steps(_LOGIT.replace("RIGHT", r"\beta_m (1 - P_j)"))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_bold_sample_entry_wrong_twin_not_green() -> None:
    for wrong in (r"\beta_m (1 + P_j)", r"\beta_m P_j"):
        steps = doc_steps(_LOGIT.replace("RIGHT", wrong))
        assert steps[-1].verdict not in GREEN, (wrong, steps[-1].message)


def test_vector_and_entry_read_apart_not_failed() -> None:
    r"""Where the notes also write the bold letter alone (``\bar{\mathbf{x}}``), ``\mathbf{x}_j`` is read as entry j
    of x, another array than the matrix of the entries x_{jm}: the derivative 0 rests on that guess, SKIPPED."""
    body = _LOGIT.replace("RIGHT", r"\beta_m (1 - P_j)") + (
        "\nIts average under the model is $\\bar{\\mathbf{x}} = \\sum_k P_k \\mathbf{x}_k$.\n")
    steps = [s for s in doc_steps(body) if "x_{jm}" in s.lhs_latex]
    assert steps and steps[-1].verdict is not Verdict.FAILED, steps[-1].message if steps else None


_VOLUME = r"""
# Polar coordinates

With $x = r\cos\theta$ and $y = r\sin\theta$ the Jacobian's determinant is $r$, so the area element is

$$
dx\,dy = AREA .
$$

In general $d(fg) = g\,df + f\,dg$.
"""


def test_volume_element_not_failed() -> None:
    for area in (r"r\,dr\,d\theta", r"r^2 \sin\theta \, dr\, d\theta"):
        steps = doc_steps(_VOLUME.replace("AREA", area))
        first = steps[0]
        assert first.verdict is Verdict.SKIPPED and "volume element" in first.message, first.message


def test_volume_element_wrong_twin_not_green() -> None:
    steps = doc_steps(_VOLUME.replace("AREA", r"r^2\,dr\,d\theta"))
    assert steps[0].verdict not in GREEN


def test_product_rule_of_differentials_still_read() -> None:
    r"""``d(fg) = g\,df + f\,dg`` writes two differentials in a sum: no volume element."""
    from verifier.documents.differentials import volume_element

    assert volume_element(r"dx\,dy\,dz") and volume_element(r"r^2 \sin\theta \, dr\, d\theta\, d\phi")
    assert not volume_element(r"g\,df + f\,dg") and not volume_element(r"2x\,dx")


_ESTIMATE = r"""
# Gumbel location

With $z = (x - \mu)/\beta$ the location equation $\sum_i e^{-z_i} = n$ is solved by

$$
\hat\mu = -\beta \log\left(\frac{1}{n}\sum_{i=1}^{n} e^{-x_i/\beta}\right) .
$$

Two observations $x_1 = 0$ and $x_2 = \ln 2$ with $\beta = 1$ give $\hat\mu = \log\frac{4}{3}$. Check the score at
this value: $e^{-z_1} = e^{\hat\mu} = 4/3$ and $e^{-z_2} = \frac{1}{2} e^{\hat\mu} = 2/3$.
"""


def test_check_at_the_estimate_not_failed() -> None:
    steps = doc_steps(_ESTIMATE)
    assert not [s for s in steps if s.verdict is Verdict.FAILED], [s.message for s in steps]
    assert any("estimate" in (s.message or "") for s in steps)


def test_check_at_the_estimate_wrong_twin_not_green() -> None:
    steps = doc_steps(_ESTIMATE.replace(r"e^{-z_2} = \frac{1}{2} e^{\hat\mu}", r"e^{-z_2} = 2 e^{\hat\mu}"))
    twin = [s for s in steps if "z_2" in s.lhs_latex]
    assert twin and not [s for s in twin if s.verdict in GREEN], [(s.lhs_latex, s.verdict) for s in steps]


def test_vector_and_entry_wrong_twin_not_green() -> None:
    body = _LOGIT.replace("RIGHT", r"\beta_m P_j") + (
        "\nIts average under the model is $\\bar{\\mathbf{x}} = \\sum_k P_k \\mathbf{x}_k$.\n")
    steps = [s for s in doc_steps(body) if "x_{jm}" in s.lhs_latex]
    assert steps and steps[-1].verdict not in GREEN


def test_vmatrix_is_a_determinant() -> None:
    r"""``\begin{vmatrix} … \end{vmatrix}``: the determinant of the matrix between the bars (was SKIPPED,
    "environment vmatrix is not supported")."""
    right = doc_steps("$$\n\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} = ad - bc\n$$\n")
    assert right[-1].verdict is Verdict.PROVED, right[-1].message
    wrong = doc_steps("$$\n\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} = ad + bc\n$$\n")
    assert wrong[-1].verdict is Verdict.FAILED, wrong[-1].message
