"""Safe LaTeX front end: cut display math into derivation chains and parse their members.

Nothing here evaluates text as code: displays are cut with plain string logic
(:mod:`verifier.latex.chains`) and formulas are read by a lark LALR grammar that builds SymPy
objects node by node (:mod:`verifier.latex.parser`). Finding the displays in Markdown, notebooks
and LaTeX files is :mod:`verifier.documents.sources`.
"""

from verifier.latex.chains import count_equals, join_chains, split_chain, split_chains
from verifier.latex.document import DEFINITION, EQUALITY, Chain, MathBlock, Member, Step
from verifier.latex.parser import (
    DEFAULT_FUNCTIONS,
    Component,
    LatexError,
    Reading,
    implicit_bounds,
    parse_latex,
    parse_readings,
)

__all__ = [
    "DEFAULT_FUNCTIONS",
    "DEFINITION",
    "EQUALITY",
    "Chain",
    "Component",
    "LatexError",
    "MathBlock",
    "Member",
    "Reading",
    "Step",
    "count_equals",
    "implicit_bounds",
    "join_chains",
    "parse_latex",
    "parse_readings",
    "split_chain",
    "split_chains",
]
