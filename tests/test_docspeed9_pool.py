"""The chains of many documents share one pool of workers (documents.pool): the same results as
checking the documents one by one, each result in its own document, and a document that cannot be
read is reported in its place while the others are checked."""

from __future__ import annotations

import textwrap
from pathlib import Path

from verifier.documents.check import check_document
from verifier.documents.pool import DocumentTask, check_many
from verifier.engine import Settings
from verifier.results import Verdict

FAST = Settings(points=30)

_FIRST = r"""
$$\frac{d}{dx} x^3 = 3x^2$$

$$\frac{d}{dx} \sin(x) = \cos(x)$$

$$\frac{d}{dx} e^{2x} = e^{2x}$$
"""

_SECOND = r"""
```verify
x: real
```

$$(x + 1)^2 = x^2 + 2x + 1$$

$$\frac{d}{dx} \log(x^2 + 1) = \frac{2x}{x^2 + 1}$$
"""


def _lines(check: object) -> list[tuple[str, int, str, str]]:
    return [(check.path, line, s.verdict.value, s.message)  # type: ignore[attr-defined]
            for c in check.chains for s, line in zip(c.result.steps, c.step_lines, strict=True)]  # type: ignore[attr-defined]  # fmt: skip


def test_a_pool_of_documents_gives_each_document_its_own_results(tmp_path: Path) -> None:
    first, second = tmp_path / "first.md", tmp_path / "second.md"
    first.write_text(textwrap.dedent(_FIRST).lstrip(), encoding="utf-8")
    second.write_text(textwrap.dedent(_SECOND).lstrip(), encoding="utf-8")
    announced: list[tuple[int, str]] = []
    pooled = check_many([DocumentTask(first, FAST), DocumentTask(second, FAST)], timeout=20.0, jobs=2,
                        progress=lambda k, where: announced.append((k, where)))  # fmt: skip
    alone = [check_document(p, FAST, timeout=20.0, jobs=1) for p in (first, second)]
    assert [_lines(c) for c, _ in pooled] == [_lines(c) for c in alone]
    verdicts = [[s.verdict for ch in c.chains for s in ch.result.steps] for c, _ in pooled]
    assert verdicts == [[Verdict.PROVED, Verdict.PROVED, Verdict.FAILED], [Verdict.PROVED, Verdict.PROVED]]
    # each chain announced once (by whichever worker started it), under its own document
    expected = {(0, f"{pooled[0][0].path}:{line}") for line in (1, 3, 5)}
    expected |= {(1, f"{pooled[1][0].path}:{line}") for line in (5, 7)}
    assert set(announced) == expected
    assert all(seconds > 0 for _, seconds in pooled)


def test_a_document_that_cannot_be_read_is_reported_in_its_place(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(textwrap.dedent(_FIRST).lstrip(), encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe$$x = x$$\n\x80")
    (missing, _), (checked, _) = check_many([DocumentTask(bad, FAST), DocumentTask(good, FAST)], timeout=20.0, jobs=2)
    assert not missing.chains and [r.verdict for r in missing.errors] == [Verdict.ERROR]
    assert [s.verdict for c in checked.chains for s in c.result.steps] == [Verdict.PROVED, Verdict.PROVED,
                                                                          Verdict.FAILED]  # fmt: skip
