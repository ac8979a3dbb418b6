"""What the notes' names mean on each line (issue 8 §1, §4): which of the notes' definitions hold
where (a definition is read as written at its own line; a function of another problem is not a
family written with subscripts), the A = (a_ij) convention, and shapes that make the notes' own
definitions consistent. Small examples written for these tests."""

from __future__ import annotations

import textwrap

from support import doc_steps

from verifier.results import StepResult


def _steps(body: str) -> list[StepResult]:
    return doc_steps(body)


def _by_line(body: str) -> dict[str, tuple[str, str]]:
    """lhs latex -> (verdict, message) of each checked step."""
    return {f"{s.lhs_latex} = {s.rhs_latex}": (s.verdict.value, s.message) for s in _steps(body)}


# --- item 1: a definition is read at its own line ------------------------------------------------

_HOMEWORK = r"""
Problem 1.

$$y = g(2 - x_1)$$

$$b(y) = 1/y!$$

Problem 2.

$$x = a + b$$

$$x - a = \frac{1}{y!}$$

Problem 3.

$$(a-b)^T C (a-b) = \sum_i \sum_j (a_i - b_i) c_{ij} (a_j - b_j)$$

$$(a-b)^T C (a-b) = \sum_i \sum_j (a_i - b_i) c_{ij} (a_j + b_j)$$
"""


def _homework(run_once) -> dict:
    """_HOMEWORK checked once per test run for the two tests that read it (conftest.run_once)."""
    return run_once("scope-homework", lambda: _by_line(_HOMEWORK))


def test_a_forward_reference_that_loops_is_set_aside_and_reported(run_once) -> None:
    # y (line 3) refers forward to x (line 9), and x = a + b reads b(y) at y: a loop that the
    # checker chased until "definitions nested too deeply at x (a cycle?)" on every later line
    got = _homework(run_once)
    for _verdict, message in got.values():
        assert "nested too deeply" not in message
    verdict, message = got[r"x - a = \frac{1}{y!}"]
    assert verdict == "PROVED", message
    assert "definition of y at line 3 is set aside" in message and "(a loop)" in message


def test_a_function_of_another_problem_is_not_a_family_written_with_subscripts(run_once) -> None:
    got = _homework(run_once)
    right = got[r"(a-b)^T C (a-b) = \sum_i \sum_j (a_i - b_i) c_{ij} (a_j - b_j)"]
    wrong = got[r"(a-b)^T C (a-b) = \sum_i \sum_j (a_i - b_i) c_{ij} (a_j + b_j)"]
    assert right[0] == "PROVED", right
    assert wrong[0] == "FAILED", wrong  # the sign of b_j: a real mistake stays FAILED
    # b_i here is a family of its own, not the function b(y) of problem 1; the reading is reported
    assert "function b(y) of line 5 is set aside" in right[1] and "b with a subscript" in right[1]


def test_a_forward_reference_without_a_loop_is_kept() -> None:
    # "y = σ(z)" and σ defined on the next line: the usual order of notes, not a reason to drop y
    got = _by_line(
        r"""
        The output is $y = \sigma(z)$ with

        $$\sigma(z) = \frac{1}{1+e^{-z}}$$

        $$\frac{\partial y}{\partial z} = \sigma(z)(1 - \sigma(z))$$

        $$\frac{\partial y}{\partial z} = \sigma(z)(1 + \sigma(z))$$
        """
    )
    assert got[r"\frac{\partial y}{\partial z} = \sigma(z)(1 - \sigma(z))"][0] == "PROVED"
    assert got[r"\frac{\partial y}{\partial z} = \sigma(z)(1 + \sigma(z))"][0] == "FAILED"


def test_a_self_update_is_not_a_definition_and_the_latest_definition_wins() -> None:
    body = textwrap.dedent(
        r"""
        $$\theta = \theta + \alpha x (y - \theta)$$

        $$L = (y - \theta)^2$$

        $$L = y^2 - 2 y \theta + \theta^2$$

        Later the notes reuse L:

        $$L = \frac{1}{2}(y - \theta)^2$$

        $$L = \frac{1}{2} y^2 - y\theta + \frac{1}{2}\theta^2$$

        $$L = y^2 - 2 y \theta + \theta^2$$
        """
    )
    steps = _steps(body)
    verdicts = [(s.lhs_latex.strip(), s.verdict.value) for s in steps]
    assert verdicts[0] == (r"\theta", "SKIPPED")  # an update, never checked as a claim
    assert verdicts[1] == ("L", "SKIPPED") and "defines L" in steps[1].message
    # L = … again: a restatement, checked against the definition in force
    assert verdicts[2] == ("L", "PROVED") and "checked against the notes' definition of L at line 3" in steps[2].message
    # a different L later: a new meaning (or a mistake): never FAILED, and the lines after use it
    assert verdicts[3] == ("L", "SKIPPED") and "defines L anew" in steps[3].message
    assert verdicts[4] == ("L", "PROVED") and "at line 9" in steps[4].message
    assert verdicts[5] == ("L", "SKIPPED") and "defines L anew" in steps[5].message


# --- item 5: a function used alone --------------------------------------------------------------


def test_a_function_used_alone_is_read_at_its_parameters_only_where_the_line_writes_them() -> None:
    got = _by_line(
        r"""
        $$L(y, t) = \frac{1}{2}(y - t)^2$$

        $$\frac{\partial L}{\partial y} = y - t$$

        $$\frac{\partial L}{\partial y} = y + t$$

        $$\frac{\partial L}{\partial w} = 0.5$$
        """
    )
    assert got[r"\frac{\partial L}{\partial y} = y - t"][0] == "PROVED"
    # wrong: L is read at its parameters (y, t) as written on line 1, and no reading makes y + t hold
    verdict, message = got[r"\frac{\partial L}{\partial y} = y + t"]
    assert verdict == "FAILED", message
    # L alone on a line that writes neither y nor t: not "y is not declared", and never FAILED
    verdict, message = got[r"\frac{\partial L}{\partial w} = 0.5"]
    assert verdict == "SKIPPED"
    assert "y is not declared" not in message and "t is not declared" not in message


# --- item 3: the A = (a_ij) convention ----------------------------------------------------------


def test_lowercase_entries_of_an_uppercase_matrix() -> None:
    got = _by_line(
        r"""
        $$\frac{\partial}{\partial a_{ij}} \operatorname{tr}(A B) = b_{ji}$$

        $$\frac{\partial}{\partial a_{ij}} \operatorname{tr}(A B) = 2 b_{ji}$$

        $$z^T H z = \sum_i \sum_j z_i h_{ij} z_j$$
        """
    )
    verdict, message = got[r"\frac{\partial}{\partial a_{ij}} \operatorname{tr}(A B) = b_{ji}"]
    assert verdict == "PROVED", message
    assert "the A = (a_ij) convention" in message
    assert got[r"\frac{\partial}{\partial a_{ij}} \operatorname{tr}(A B) = 2 b_{ji}"][0] == "FAILED"
    assert got[r"z^T H z = \sum_i \sum_j z_i h_{ij} z_j"][0] == "PROVED"


def test_the_convention_is_not_applied_when_the_lowercase_name_is_also_a_vector() -> None:
    # a_i and a_{ij} on one line: which is A's entry is anyone's guess; no A = (a_ij) reading
    steps = _steps(r"$$\sum_j a_{ij} x_j = (A x)_i + a_i$$")
    assert all("convention" not in s.message for s in steps)


# --- item 5: names only a condition writes ------------------------------------------------------


def test_a_name_compared_with_an_index_in_a_condition_is_an_index_of_its_range() -> None:
    # "if i = j": j appears only in the condition; it was "its condition: j is not declared"
    got = _by_line(
        r"""
        Let $y_c = e^{z_c} / \sum_{d=1}^C e^{z_d}$. Then

        $$
        \begin{split}
        \text{if} \; i = j :& \frac{\partial y_i}{\partial z_i} = y_i (1 - y_i) \\
        \text{if} \; i = j :& \frac{\partial y_i}{\partial z_i} = \frac{e^{z_i}}{\sum_{d=1}^C e^{z_d}}
        \end{split}
        $$
        """
    )
    assert got[r"\frac{\partial y_i}{\partial z_i} = y_i (1 - y_i)"][0] == "PROVED"
    assert got[r"\frac{\partial y_i}{\partial z_i} = \frac{e^{z_i}}{\sum_{d=1}^C e^{z_d}}"][0] == "FAILED"
    for _verdict, message in got.values():
        assert "not declared" not in message


def test_a_condition_between_non_indices_declares_nothing() -> None:
    # "if x = 1" compares a quantity, not an index: x is not made an index (the step stays unread)
    steps = _steps(r"$$\text{if} \; x = 1 : \frac{\partial}{\partial t} (x t) = 1$$")
    assert all("an index" not in s.message or "x: an index" not in s.message for s in steps)


def test_the_latest_definition_that_fits_how_the_line_writes_the_parameters() -> None:
    # per sample, then summed over samples in the prose: ∂ξ/∂y with y alone means the first one
    got = _by_line(
        r"""
        The output is $y = \sigma(z)$ with $z = x \cdot w$, and the loss per sample is

        $$\xi(t,y) = -t \log(y) - (1-t) \log(1-y)$$

        Which gives $\xi(t,y) = - \sum_{i=1}^{n} \left[ t_i \log(y_i) + (1-t_i)\log(1-y_i) \right]$ over all samples.

        $$\frac{\partial \xi}{\partial y} = \frac{\partial (-t \log(y) - (1-t) \log(1-y))}{\partial y}$$
        """
    )
    verdict, message = got[
        r"\frac{\partial \xi}{\partial y} = \frac{\partial (-t \log(y) - (1-t) \log(1-y))}{\partial y}"
    ]
    assert verdict == "PROVED", message
    assert "definition of xi at line 5 is not used here" in message and "the one at line 3 is" in message


def test_a_function_of_the_parameters_the_line_never_writes_gives_way_to_an_earlier_one() -> None:
    # per class, then summed over samples with parameters T, Y that ∂ξ/∂z_i never writes (the body's
    # call of ξ itself is no call from the line): the per-class definition is meant
    got = _by_line(
        r"""
        $$\xi(t, y) = -\sum_{c=1}^{C} t_c \log(y_c)$$

        Over $n$ samples:

        $$\xi(T, Y) = \sum_{i=1}^n \xi(t_i, y_i)$$

        $$\frac{\partial \xi}{\partial y_j} = -\frac{t_j}{y_j}$$

        $$\frac{\partial \xi}{\partial y_j} = \frac{t_j}{y_j}$$
        """
    )
    verdict, message = got[r"\frac{\partial \xi}{\partial y_j} = -\frac{t_j}{y_j}"]
    assert verdict == "PROVED", message
    assert "xi(T, Y) of line 5 is set aside" in message and "the definition at line 1 is used" in message
    # wrong sign: never PROVED (SKIPPED with the literal failure: t is written on one side only)
    verdict, message = got[r"\frac{\partial \xi}{\partial y_j} = \frac{t_j}{y_j}"]
    assert verdict in ("FAILED", "SKIPPED") and "fail" in message


# --- item 4: a bold name whose subscript is a label ---------------------------------------------


def test_a_bold_name_with_its_subscript_inside_the_bold_is_one_vector() -> None:
    # word2vec: \mathbf{v_c} is the vector of the centre word c, not entry c of a vector v
    got = _by_line(
        r"""
        The loss $J(\mathbf{v_c}, o, \mathbf{U})$ with $\theta = U^\intercal v_c$.

        $$\frac{\partial \theta}{\partial v_c} = U^\intercal$$

        $$\frac{\partial (U^\intercal v_c)}{\partial v_c} = 2 U^\intercal$$

        $$\sum_c w_c = w_1 + w_2 + w_3$$
        """
    )
    verdict, message = got[r"\frac{\partial \theta}{\partial v_c} = U^\intercal"]
    assert verdict == "PROVED", message
    assert "c labels it, not an entry" in message
    assert got[r"\frac{\partial (U^\intercal v_c)}{\partial v_c} = 2 U^\intercal"][0] == "FAILED"
    assert got[r"\sum_c w_c = w_1 + w_2 + w_3"][0] == "PROVED"  # w_c without bold stays an entry


# --- item 4: a transposed sum ------------------------------------------------------------------


def test_the_terms_of_a_transposed_sum_are_vectors() -> None:
    # (a - b)^T: a and b were real scalars, so the true gradient for a general C was a false FAILED
    got = _by_line(
        r"""
        $$\nabla_b [ (a-b)^T C (a-b) ] = -(C + C^T)(a-b)$$

        $$\nabla_b [ (a-b)^T C (a-b) ] = -(C + C^T)(a+b)$$
        """
    )
    verdict, message = got[r"\nabla_b [ (a-b)^T C (a-b) ] = -(C + C^T)(a-b)"]
    assert verdict == "PROVED", message
    assert "a: a vector" in message and "b: a vector" in message
    assert got[r"\nabla_b [ (a-b)^T C (a-b) ] = -(C + C^T)(a+b)"][0] == "FAILED"
