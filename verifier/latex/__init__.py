"""Safe LaTeX front end: find derivation chains in course documents and parse their members.

Nothing here evaluates text as code: documents are scanned with plain string logic and
formulas are read by a lark LALR grammar that builds SymPy objects node by node.
"""

from verifier.latex.document import (
    Chain,
    MathBlock,
    Member,
    Step,
    extract_math,
    join_chains,
    load_document,
    split_chain,
    split_chains,
)
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
    "Chain",
    "Component",
    "LatexError",
    "MathBlock",
    "Member",
    "Reading",
    "Step",
    "extract_math",
    "implicit_bounds",
    "join_chains",
    "load_document",
    "parse_latex",
    "parse_readings",
    "split_chain",
    "split_chains",
]
