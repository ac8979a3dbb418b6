r"""What the reader could not read is shown by every reporter, and the run is not green (gaps19).

``\input{missing}`` in a .tex document was noted by the reader and shown nowhere: the run reported its
other steps green and exited 0 although part of the notes was never read.
"""

from __future__ import annotations

import json
from pathlib import Path

from verifier.cli import main

TEX = r"""\documentclass{article}
\begin{document}
\input{chapters/missing}
We have
\begin{equation}
(x+1)^2 = x^2 + 2x + 1
\end{equation}
\end{document}
"""


def _doc(tmp_path: Path, *extra: str) -> int:
    path = tmp_path / "main.tex"
    path.write_text(TEX)
    return main(["doc", str(path), "--no-progress", "--points", "30", *extra])


def test_a_missing_input_is_a_skipped_result_in_json_and_fails_the_run(tmp_path: Path, capsys) -> None:
    code = _doc(tmp_path, "--format", "json")
    data = json.loads(capsys.readouterr().out)
    unread = [r for r in data["results"] if "missing" in (r.get("message") or "")]
    assert unread and unread[0]["verdict"] == "SKIPPED", data["results"]
    assert unread[0]["source"].endswith("main.tex:3")
    assert code == 1  # content not read: not a pass


def test_allow_skipped_accepts_it_but_still_reports_it(tmp_path: Path, capsys) -> None:
    code = _doc(tmp_path, "--allow-skipped")
    out = capsys.readouterr().out
    assert "missing" in out
    assert code == 0


def test_the_junit_and_markdown_reports_name_the_missing_input(tmp_path: Path, capsys) -> None:
    junit, markdown = tmp_path / "r.xml", tmp_path / "r.md"
    _doc(tmp_path, "--output", str(junit), "--output", str(markdown))
    capsys.readouterr()
    assert "chapters/missing" in junit.read_text()
    assert "chapters/missing" in markdown.read_text()


def test_a_document_that_reads_whole_stays_green(tmp_path: Path, capsys) -> None:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "missing.tex").write_text("Some prose.\n")
    assert _doc(tmp_path) == 0


def test_a_missing_input_whose_macros_the_course_gave_is_no_unread_result(tmp_path: Path) -> None:
    from verifier.documents.readernotes import unread_results
    from verifier.engine import Settings

    given = "main.tex:3: \\input{macros} not found next to the document: the macro files given are used instead"
    missing = "main.tex:3: \\input{macros} not found next to the document: its macros are not expanded"
    assert unread_results([given], Settings()) == []
    assert [r.verdict.value for r in unread_results([missing], Settings())] == ["SKIPPED"]
