"""Check the derivations where they are written: Markdown, LaTeX and notebook course material.

``check_documents(paths, settings)`` finds every derivation chain in the documents, reads each
member with the LaTeX grammar (:mod:`verifier.latex`), maps it onto the symbols declared in the
document's ```` ```verify ```` context blocks (:mod:`verifier.documents.context`) at concrete
sizes (:mod:`verifier.documents.resolve`), and checks every step with the catalog's engine.
A step that cannot be read is SKIPPED with the reason, never passed.
"""

from verifier.documents.check import (
    DocumentCheck,
    StepCounts,
    check_document,
    check_documents,
    collect_documents,
)
from verifier.documents.context import ContextError, parse_context

__all__ = [
    "ContextError",
    "DocumentCheck",
    "StepCounts",
    "check_document",
    "check_documents",
    "collect_documents",
    "parse_context",
]
