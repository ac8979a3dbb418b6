"""The probe's function spans come from the statements alone, as the whole-tree walk found them (cold46).

``loader._spans`` (each catalog probe's "where is each entry's function": its source digest and line) walked
every node of the module's tree; a function definition is a statement, so walking the statements finds the
same ones at a tenth of the nodes.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from verifier.loader import _spans

ROOT = Path(__file__).resolve().parent.parent

TRICKY = textwrap.dedent(
    '''
    import functools

    @functools.cache
    @functools.wraps(print)
    def top(x, f=lambda y: y + 1):
        def inner():
            class Local:
                async def method(self):
                    return [lambda: 0 for _ in range(2)]
            return Local
        return inner

    class Outer:
        @staticmethod
        def s(): pass

    if True:
        def in_if(): pass
    else:
        def in_else(): pass
    for _ in ():
        def in_for(): pass
    else:
        def in_for_else(): pass
    while False:
        def in_while(): pass
    with open(__file__) as fh:
        def in_with(): pass
    try:
        def in_try(): pass
    except ValueError:
        def in_except(): pass
    else:
        def in_try_else(): pass
    finally:
        def in_finally(): pass
    match 1:
        case 1:
            def in_case(): pass
        case _:
            pass
    '''
)


def _walked(data: bytes) -> dict[int, tuple[int, int]]:
    out = {}
    for node in ast.walk(ast.parse(data)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            out[first] = (first, node.end_lineno)
    return out


def test_every_function_is_found_wherever_it_is_defined() -> None:
    data = TRICKY.encode()
    found = _spans(data)
    assert found == _walked(data)
    assert list(found) == list(_walked(data))  # in the same order
    assert len(found) == 15  # top, inner, method, s, and the eleven in statement bodies and clauses


def test_the_catalogs_modules_give_the_spans_they_gave() -> None:
    for path in sorted((ROOT / "derivations").glob("*.py")):
        data = path.read_bytes()
        assert _spans(data) == _walked(data), path.name


def test_a_module_that_does_not_parse_has_no_spans() -> None:
    assert _spans(b"def broken(:\n") == {}
