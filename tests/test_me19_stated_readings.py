r"""The readings the prose states travel with the reader of their document, not in a table of the process.

``documents.statedentries`` kept the note of each definition it made (and, for a matrix of derivatives,
the vector and the variable it differentiates) in module-global tables, cleared past 4,096 entries. In a
process that had read more than that (``verify doc`` on a folder of submissions reads every document
before the first chain is checked), the clear also dropped the document being read: the step that uses
``R'`` lost the reading it was checked under. Examples written here."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.statedentries import stated_entries

_NOTATION = r"""
Suppose $u$ and $v$ depend on $\beta$. Define the matrix $U'$ so that it has $j$-th column
$\frac{\partial u}{\partial \beta_j}$, and similarly for $V'$ from $v$.

When $M$ is symmetric, for a vector $r$ that depends on $\beta$,

$$\nabla_\beta \langle r, r\rangle_M = 2 \langle R', r\rangle_M$$
"""


def _read_many_definitions(count: int) -> None:
    """Read ``count`` or more entry-wise definitions in this process, as a folder of notes would."""
    names = "abcdfghkmnpqrsuvwyz"
    body = "\n".join(rf"Let ${c}$ be the vector whose $i$-th entry is $x_i^2$." for c in names)
    for k in range(count // len(names) + 1):
        assert len(stated_entries("\n" * k + body)) == len(names)


def test_a_reading_the_prose_states_is_reported_after_many_documents() -> None:
    _read_many_definitions(4_100)
    ((step,),) = [doc_steps(_NOTATION)]
    assert step.verdict.value == "PROVED", step.message
    assert "the notation the prose defines for U' from u" in step.message


# -- one negation for every statement of the prose ------------------------------------------------


def test_nothing_saying_a_matrix_is_symmetric_does_not_make_it_so() -> None:
    for said in (r"Nothing here says $A$ is symmetric.", r"Neither here nor later is $A$ symmetric."):
        ((step,),) = [doc_steps(said + "\n\n$$\\nabla_x (x^T A x) = 2 A x$$\n")]
        assert step.verdict.value not in ("PROVED", "PASSED"), (said, step.message)
    ((step,),) = [doc_steps("Here $A$ is symmetric.\n\n$$\\nabla_x (x^T A x) = 2 A x$$\n")]
    assert step.verdict.value == "PROVED", step.message
