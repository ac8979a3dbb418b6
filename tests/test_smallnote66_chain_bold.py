"""smallnote66: the reader asks a chain's own text only which names it writes bold (``annotations.bold_keys``),
not for the whole document's annotations (shapes, roles, samples), which it computes once per document."""

from unittest import mock

from support import verdicts_by_line

from verifier.documents import annotations, reader
from verifier.documents.annotations import annotations_of, bold_keys

NOTE = """Let $\\mathbf{x} \\in \\mathbb{R}^n$ and $\\hat{\\mathbf{y}} = \\mathbf{x}$.

$$
\\frac{\\partial}{\\partial \\mathbf{x}} \\mathbf{x}^T \\mathbf{x} = 2\\mathbf{x}
$$

$$
(a + b)^2 = a^2 + 2ab + b^2
$$

$$
\\mathbf{w}' + \\mathbf{w} = \\mathbf{w} + \\mathbf{w}'
$$
"""


def test_bold_keys_are_the_bold_of_the_annotations() -> None:
    for text in (NOTE, "$\\mathbf{b}^{(2)} + \\boldsymbol{\\delta}^{(1)}$", "$\\mathbf{1}^T \\mathbf{R}$", ""):
        assert bold_keys(text) == set(annotations_of(text).bold)


def test_the_whole_annotations_are_read_once_per_document() -> None:
    calls: list[str] = []

    def counted(text: str) -> annotations.Annotations:
        calls.append(text)
        return annotations_of(text)

    with mock.patch.object(reader, "annotations_of", counted):
        verdicts = verdicts_by_line(NOTE)
    assert calls == [NOTE]  # the reader's own reading of the document; each chain's inference asks bold_keys
    assert {v for vs in verdicts.values() for v in vs} <= {"PROVED", "PASSED"}
    assert len(verdicts) == 3
