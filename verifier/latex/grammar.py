r"""The lark LALR grammar of one formula, and the adapter that feeds it pre-lexed tokens."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lark import Token
from lark.lexer import Lexer

GRAMMAR = r"""
%declare NUMBER LETTER GREEK IDENT ONES ZEROS INFTY EXP_E FUNC FUNCID INDICATOR EXPECT STAT
%declare PLUS MINUS MULOP DIV DSTAR REL PRIME SUBWORD TRANSPOSE FRAC SQRT SUM PROD PARTIAL NABLA
%declare OTHERWISE IF HPROD STAR FACTORIAL IN INVERSE
%declare _CARET _UNDERSCORE _LBRACE _RBRACE _LPAREN _RPAREN _LBRACK _RBRACK _LCURLY _RCURLY
%declare _LTUPLE _LBAR _RBAR _COMMA _AMP _ROWSEP _SUBSTACK _BEGIN_MATRIX _END_MATRIX _BEGIN_CASES _END_CASES
%declare _LABEL _LCALL _LNORM _RNORM _LANGLE _RANGLE _LEVAL _REVAL _COLON

start: expr

?expr: term
     | term ((PLUS | MINUS) term)+              -> sum_chain

?term: hprod
     | MINUS term               -> neg
     | PLUS term                -> pos

?hprod: prod
      | hprod HPROD prod        -> hproduct

?prod: factor
     | factor (MULOP sfactor | DIV sfactor | factor)+   -> product_chain

?sfactor: factor
        | MINUS sfactor         -> neg
        | PLUS sfactor          -> pos

?factor: postfix
       | bigop
       | derivop
       | nabla
       | func_np

?postfix: primary
        | postfix sup           -> power
        | postfix DSTAR powrhs  -> power
        | postfix TRANSPOSE     -> transpose
        | postfix PRIME         -> prime
        | postfix FACTORIAL     -> factorial

?postfix_np: atom
           | postfix_np sup          -> power
           | postfix_np DSTAR powrhs -> power
           | postfix_np TRANSPOSE    -> transpose
           | postfix_np PRIME        -> prime
           | postfix_np FACTORIAL    -> factorial

?powrhs: postfix
       | MINUS powrhs           -> neg
       | PLUS powrhs            -> pos

?primary: atom
        | _LPAREN expr _RPAREN  -> group
        | _LPAREN expr _RPAREN sub             -> component

?atom: NUMBER                   -> number
     | name
     | ONES sub?                -> ones
     | ZEROS                    -> zeros
     | INFTY                    -> infinity
     | EXP_E sup                -> exp_e
     | EXP_E DSTAR powrhs       -> exp_e
     | _LBRACE expr _RBRACE     -> group
     | _LBRACK expr _RBRACK     -> group
     | _LBRACK expr _RBRACK sub -> component
     | _LBRACK expr (_COMMA expr)+ _RBRACK              -> row_list
     | _LTUPLE expr (_COMMA expr)+ _RPAREN              -> column_list
     | _LCURLY expr _RCURLY     -> group
     | _LBAR expr _RBAR         -> abs
     | _LNORM expr _RNORM sub?  -> norm
     | _LANGLE expr _COMMA expr _RANGLE sub?            -> inner
     | _LEVAL expr _REVAL _UNDERSCORE _LBRACE cond (_COMMA cond)* _RBRACE  -> evaluate
     | FRAC _LBRACE expr _RBRACE _LBRACE expr _RBRACE   -> frac
     | dfrac
     | dfrac _LCALL args _RPAREN                        -> dfrac_call
     | SQRT _LBRACE expr _RBRACE                        -> sqrt
     | SQRT _LBRACK expr _RBRACK _LBRACE expr _RBRACE   -> root
     | FUNCID sub? PRIME* _LPAREN args _RPAREN          -> call
     | FUNCID sub? PRIME* _LPAREN args _RPAREN sub      -> call_component
     | FUNC sub? sup? _LPAREN args _RPAREN              -> func
     | FUNC PRIME+ _LPAREN args _RPAREN                  -> func_prime
     | INDICATOR _LBRACK cond _RBRACK                   -> indicator
     | INVERSE _LPAREN args _RPAREN                     -> inverse
     | EXPECT _LBRACK expr _RBRACK                      -> expectation
     | EXPECT _LBRACK expr (_COMMA expr)+ _RBRACK       -> expectation_list
     | EXPECT _LPAREN expr _RPAREN                      -> expectation
     | EXPECT _LCURLY expr _RCURLY                      -> expectation
     | STAT _LPAREN args _RPAREN                        -> statistic
     | STAT _LBRACK args _RBRACK                        -> statistic
     | _BEGIN_MATRIX mrow (_ROWSEP mrow)* _ROWSEP? _END_MATRIX      -> matrix
     | _BEGIN_CASES case (_ROWSEP case)* _ROWSEP? _END_CASES        -> cases

name: (LETTER | GREEK | IDENT) label? sub?

label: _LABEL _LBRACE expr _RBRACE

sub: SUBWORD                                   -> sub_word
   | _UNDERSCORE _LBRACE expr (_COMMA expr)* _RBRACE   -> sub_exprs
   | _UNDERSCORE _LBRACE _COLON _COMMA expr _RBRACE     -> sub_column
   | _UNDERSCORE _LBRACE expr _COMMA _COLON _RBRACE     -> sub_row

sup: _CARET _LBRACE expr _RBRACE

args: expr (_COMMA expr)*

func_np: FUNC sub? sup? argfactor

?argfactor: postfix_np
          | NUMBER postfix_np   -> implicit_num
          | func_np
          | bigop

dfrac: FRAC _LBRACE PARTIAL dorder? expr _RBRACE _LBRACE dvar+ _RBRACE
dop: FRAC _LBRACE PARTIAL dorder? _RBRACE _LBRACE dvar+ _RBRACE
dorder: _CARET _LBRACE NUMBER _RBRACE
dvar: PARTIAL primary sup?
    | PARTIAL primary TRANSPOSE                 -> dvar_transpose
derivop: dop term
       | PARTIAL sub term               -> partial_sub

bigop: (SUM | PROD) limits term
limits: SUBWORD sup?                                                   -> limits_word
      | _UNDERSCORE _LBRACE cond _RBRACE sup?                          -> limits_cond
      | _UNDERSCORE _LBRACE expr (_COMMA expr)+ _RBRACE sup?           -> limits_list
      | _UNDERSCORE _LBRACE expr _COLON cond _RBRACE sup?              -> limits_colon
      | _UNDERSCORE _LBRACE expr IN expr _RBRACE sup?                  -> limits_in
      | _UNDERSCORE _LBRACE _SUBSTACK _LBRACE cond stack_conds _RBRACE _RBRACE sup? -> limits_stack
stack_conds: (_COMMA? _ROWSEP cond)*

nabla: NABLA sub? sup? term

mrow: expr (_AMP expr)*
case: expr sep+ cond
sep: _COMMA | _AMP | IF
cond: expr (REL expr)+
    | OTHERWISE                 -> otherwise
"""


class TokenFeed(Lexer):
    """Hands the pre-lexed token list to lark (its ``lex`` receives the list as the 'text')."""

    __future_interface__ = 0

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        for t in data:
            yield Token(t.type, t.value, start_pos=t.pos, line=1, column=t.pos + 1)
