r"""One owner of the prose's sentence ends (speed42): ``documents.sentences`` holds each pattern the readings cut
sentences with, and the modules that cut the same way use it instead of a copy of their own.

Each pattern is asserted on small sentences of our own (where it cuts and where it does not), each module that
cut with a copy uses the shared object, and no module of ``verifier/documents`` writes one of the shared
patterns out again."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from verifier.documents import sentences as S

DOCUMENTS = Path(__file__).resolve().parent.parent / "verifier" / "documents"


def test_a_sentence_ends_at_a_stop_before_white_space_or_a_blank_line() -> None:
    text = "Let $x = 3.5$ and x.y be given. Then\n\nfor all $x$, it holds! Does it? yes"
    assert S.SENTENCE_END.split(text) == ["Let $x = 3.5$ and x.y be given", "Then", "for all $x$, it holds",
                                          "Does it", "yes"]
    assert S.SENTENCE_END.split("It holds.")[-1] == ""  # a stop at the text's end ends it too


def test_a_display_ends_the_sentence_before_an_inline_formula() -> None:
    assert S.SENTENCE_END_OR_DISPLAY.split("We had $$a = b$$ and now define")[-1] == " and now define"
    assert S.SENTENCE_END.split("We had $$a = b$$ and now define")[-1] == "We had $$a = b$$ and now define"


def test_a_stop_without_a_blank_line() -> None:
    assert S.STOP_MARK.split("one.\n\ntwo three") == ["one", "\n\ntwo three"]
    assert S.STOP_MARK.search("Thus f is about 2. Then").span() == (17, 18)  # the mark alone
    assert S.STOP_MARK.search("about 2.5 or so") is None


@pytest.mark.parametrize("text", ["It holds. Then", "it holds", "x.y and 3.5", "holds!", "holds?\n", "a.\n\nb", ""])
def test_where_only_whether_a_sentence_ends_is_asked_the_mark_alone_answers_the_same(text: str) -> None:
    """wheresentence and trailing searched ``[.!?](?:\\s|$)``: it matches where STOP_MARK does."""
    assert bool(S.STOP_MARK.search(text)) == bool(re.search(r"[.!?](?:\s|$)", text))


def test_the_mark_alone_tells_a_question() -> None:
    assert S.MARK_OR_BLANK.search("are they independent? Then").group(0) == "?"
    assert S.MARK_OR_BLANK.search("they are independent")is None
    assert S.MARK_OR_BLANK.search("they are independent\n\nNext").group(0) == "\n\n"
    assert S.WORD_STOP.search("independent.") is None  # a mark at the very end is not a sentence start
    assert S.WORD_STOP.search("independent. Then").group(0) == "."


def test_a_mark_and_one_space_cut_the_condition_sentence() -> None:
    assert S.MARK_SPACE.split("Let $n$ be even. For $x > 0$,")[-1] == "For $x > 0$,"
    assert S.MARK_SPACE.split("holds for $x > 0$.")[-1] == "holds for $x > 0$."  # the end is no cut


def test_the_space_after_a_stop_keeps_the_mark_in_its_sentence() -> None:
    assert S.SPACE_AFTER.split("One. Two!  three") == ["One.", "Two!", "three"]
    assert S.SPACE_BEFORE_CAPITAL.split("See e.g. the notes. Then $x$. \\Sigma") == ["See e.g. the notes.", "Then $x$.",
                                                                                   "\\Sigma"]


def test_runs_to_a_stop() -> None:
    runs = [m.group(0) for m in S.RUN_TO_STOP.finditer("a is fixed. b.c varies") if m.group(0)]
    assert runs[0] == "a is fixed."


def test_inline_formulas() -> None:
    assert [m.group(1) for m in S.SINGLE_DOLLARS.finditer(r"if $y = 1$, cost \$5, $$z$$")] == ["y = 1"]
    assert S.DOLLAR_SPAN.sub("", "the product $a \\odot b$ is $$") == "the product  is "


#: module -> its name for a pattern -> the shared pattern it is
USERS = {
    "claims": {"_SENTENCE_END": S.SENTENCE_END}, "casevalues": {"_SENTENCE_END": S.SENTENCE_END,
                                                                "_INLINE": S.SINGLE_DOLLARS},
    "einsteinscope": {"_SENTENCE_END": S.SENTENCE_END}, "factorisations": {"_BOUNDARY": S.SENTENCE_END},
    "deniedranges": {"_SENTENCE_CLOSED": S.SENTENCE_END}, "prosefunctions": {"_SENTENCE_END": S.SENTENCE_END},
    "solvedprose": {"_SENTENCE_END": S.SENTENCE_END, "_INLINE": S.SINGLE_DOLLARS},
    "wheresentence": {"_NEW_SENTENCE": S.STOP_MARK},
    "trailing": {"_SENTENCE_END": S.STOP_MARK, "_INLINE_MATH": S.DOLLAR_SPAN},
    "roughapprox": {"_SENTENCE_END": S.STOP_MARK}, "roughafter": {"_SENTENCE_END": S.STOP_MARK},
    "symmetricprose": {"_SENTENCE_END": S.WORD_STOP},
    "dotproducts": {"_SENTENCES": S.SPACE_AFTER, "_MATH": S.DOLLAR_SPAN},
    "covariances": {"_SENTENCE_END": S.SPACE_BEFORE_CAPITAL}, "jacobiancases": {"_SENTENCE": S.SPACE_BEFORE_CAPITAL},
    "constantfactors": {"_SENTENCE": S.RUN_TO_STOP}, "sectioncases": {"_SENTENCE": S.RUN_TO_STOP},
    "renewednames": {"_MATH": S.DOLLAR_SPAN}, "hypothetical": {"_MATH": S.DOLLAR_SPAN},
    "layerinstances": {"_INLINE": S.DOLLAR_SPAN},
}


@pytest.mark.parametrize("module", sorted(USERS))
def test_the_modules_cut_with_the_shared_pattern(module: str) -> None:
    loaded = importlib.import_module(f"verifier.documents.{module}")
    for name, pattern in USERS[module].items():
        assert getattr(loaded, name) is pattern, (module, name)


def test_no_module_writes_a_shared_pattern_out_again() -> None:
    shared = {p.pattern for p in vars(S).values() if isinstance(p, re.Pattern)}
    copies = []
    for path in sorted(DOCUMENTS.glob("*.py")):
        if path.name == "sentences.py":
            continue
        text = path.read_text(encoding="utf-8")
        copies += [(path.name, p) for p in shared if f'r"{p}"' in text]
    assert not copies, copies
