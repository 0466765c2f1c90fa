"""Relations between indicators, typed into the register and never run as code.

A register may state ``[[relation]] expr = "new_urban_jobs@南疆四地州 <= new_urban_jobs"``.
The expression comes from a file someone else wrote, so it is read by a
tokenizer and a recursive-descent parser of our own that know only numbers,
indicator ids (optionally ``@region``), ``+ - * /``, brackets and one
comparison. Nothing is handed to ``eval``, ``sympify`` or ``parse_expr``, and
the size of what is read is bounded (length, nesting, symbols) so that a
hostile register costs nothing but an error message.

The parsed tree is evaluated with interval arithmetic (each symbol is the
interval of its printed figure), which needs no import. sympy is imported only
to solve for the one symbol that has no figure, since importing it costs about
half a second that a check without such a relation should not pay.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Union

from .errors import RegisterError
from .numbers import INF, Interval, _outward
from .patterns import RELATION_TOKEN as _TOKEN

#: Longest expression read, in characters: a relation is a line, not a program.
MAX_LENGTH = 1000
#: Deepest bracket nesting read; the parser recurses once per level.
MAX_DEPTH = 32
#: Most indicator references in one relation.
MAX_SYMBOLS = 40
#: Highest integer power bounded when a solved relation is evaluated.
MAX_POWER = 64
#: Most digits in one number: more is no printed figure.
MAX_DIGITS = 30

COMPARISONS = ("<=", "<", ">=", ">", "==")
_ALIASES = {"≤": "<=", "≥": ">=", "＜": "<", "＞": ">", "＝＝": "==", "＋": "+", "－": "-",
            "−": "-", "×": "*", "÷": "/", "（": "(", "）": ")", "＊": "*", "／": "/"}


# --- the tree -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Num:
    text: str


@dataclass(frozen=True, slots=True)
class Sym:
    """An indicator reference: ``gdp`` or ``gdp@兵团``."""

    id: str
    region: str | None = None

    @property
    def key(self) -> str:
        return f"{self.id}@{self.region}" if self.region else self.id


@dataclass(frozen=True, slots=True)
class Neg:
    arg: "Node"


@dataclass(frozen=True, slots=True)
class Bin:
    op: str
    left: "Node"
    right: "Node"


Node = Union[Num, Sym, Neg, Bin]


@dataclass(frozen=True, slots=True)
class Relation:
    """``left op right``, as read from the register."""

    text: str
    op: str
    left: Node
    right: Node

    def divisors(self) -> list[Node]:
        return divisors(self.left) + divisors(self.right)

    @property
    def symbols(self) -> list[Sym]:
        """Distinct indicator references, in order of appearance."""
        return list(dict.fromkeys(_symbols(self.left) + _symbols(self.right)))

    def to_sympy(self):
        """Both sides as sympy expressions, built node by node (sympy imported here)."""
        return to_sympy(self.left), to_sympy(self.right)


def _symbols(node: Node) -> list[Sym]:
    if isinstance(node, Sym):
        return [node]
    if isinstance(node, Neg):
        return _symbols(node.arg)
    if isinstance(node, Bin):
        return _symbols(node.left) + _symbols(node.right)
    return []


# --- reading --------------------------------------------------------------

class _Fail(Exception):
    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # num, name, op, end
    text: str
    column: int  # 1-based


def tokenize(expr: str) -> list[_Tok]:
    """Split an expression into tokens; any character outside the grammar is an error."""
    for alias, op in _ALIASES.items():
        expr = expr.replace(alias, op)  # one character for one (or two for two): columns hold
    out: list[_Tok] = []
    for m in _TOKEN.finditer(expr):
        kind, text, col = m.lastgroup or "", m.group(), m.start() + 1
        if kind == "space":
            continue
        if kind == "bad":
            raise _Fail(f"unexpected character {text!r}", col)
        if kind == "op" and text in ("=", "!="):
            raise _Fail(f"{text!r} is not a comparison here; use one of {', '.join(COMPARISONS)}", col)
        if kind == "num" and len(text.replace(".", "")) > MAX_DIGITS:
            raise _Fail(f"number with more than {MAX_DIGITS} digits", col)
        if kind == "name":
            text = _name(text, col)
        out.append(_Tok(kind, text, col))
    out.append(_Tok("end", "", len(expr) + 1))
    return out


def _name(text: str, col: int) -> str:
    """An indicator id; backquotes allow any other characters. Dunder names are refused
    outright: no indicator is called that, and a register using them is probing."""
    if text.startswith("`"):
        text = text[1:-1].strip()
        if not text:
            raise _Fail("empty quoted name", col)
    if "__" in text:
        raise _Fail(f"{text!r} is not an indicator id (names with '__' are refused)", col)
    return text


class _Parser:
    """Recursive descent over the tokens: relation := sum COMP sum."""

    def __init__(self, tokens: list[_Tok]) -> None:
        self.toks = tokens
        self.i = 0
        self.depth = 0
        self.symbols = 0

    @property
    def tok(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def relation(self) -> tuple[str, Node, Node]:
        left = self.sum()
        if not (self.tok.kind == "op" and self.tok.text in COMPARISONS):
            raise _Fail(self._expected(f"a comparison ({', '.join(COMPARISONS)})"), self.tok.column)
        op = self.take().text
        right = self.sum()
        if self.tok.kind != "end":
            what = "a second comparison (write two relations)" if self.tok.text in COMPARISONS \
                else f"{self.tok.text!r}"
            raise _Fail(f"unexpected {what}", self.tok.column)
        return op, left, right

    def sum(self) -> Node:
        node = self.product()
        while self.tok.kind == "op" and self.tok.text in "+-":
            op = self.take().text
            node = Bin(op, node, self.product())
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.tok.kind == "op" and self.tok.text in "*/":
            op = self.take().text
            node = Bin(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.tok.kind == "op" and self.tok.text in "+-":
            op = self.take().text
            self._enter()
            arg = self.unary()
            self.depth -= 1
            return Neg(arg) if op == "-" else arg
        return self.atom()

    def atom(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Num(tok.text)
        if tok.kind == "name":
            return self._symbol(tok)
        if tok.text == "(":
            self._enter()
            node = self.sum()
            if self.tok.text != ")":
                raise _Fail(self._expected("')'"), self.tok.column)
            self.take()
            self.depth -= 1
            return node
        self.i -= 1
        raise _Fail(self._expected("a number or an indicator id"), tok.column)

    def _symbol(self, tok: _Tok) -> Sym:
        self.symbols += 1
        if self.symbols > MAX_SYMBOLS:
            raise _Fail(f"more than {MAX_SYMBOLS} indicator references", tok.column)
        region = None
        if self.tok.text == "@":
            at = self.take()
            if self.tok.kind != "name":
                raise _Fail("expected a region name after '@'", at.column + 1)
            region = self.take().text
        return Sym(tok.text, region)

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Fail(f"nested deeper than {MAX_DEPTH} levels", self.tok.column)

    def _expected(self, what: str) -> str:
        got = "the end" if self.tok.kind == "end" else repr(self.tok.text)
        return f"expected {what}, found {got}"


def parse_relation(expr: str, *, path: str | None = None, line: int | None = None,
                   key: str | None = None) -> Relation:
    """Read ``expr`` into a :class:`Relation`, or raise one :class:`RegisterError`
    naming the file, line, key and the column where reading stopped."""
    if not isinstance(expr, str) or not expr.strip():
        raise RegisterError("cannot read relation: needs one such as 'a <= b'", path=path, line=line, key=key)
    if len(expr) > MAX_LENGTH:
        raise RegisterError(f"cannot read relation: {len(expr)} characters, over the limit "
                            f"of {MAX_LENGTH}", path=path, line=line, key=key)
    try:
        op, left, right = _Parser(tokenize(expr)).relation()
    except _Fail as exc:
        raise RegisterError(f"cannot read relation {_clip(expr)!r}: {exc} (column {exc.column})",
                            path=path, line=line, key=key) from None
    return Relation(expr, op, left, right)


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


# --- interval arithmetic ----------------------------------------------------

def _times(a: float, b: float) -> float:
    """A product of bounds where 0 × ∞ is 0 (the bound of a zero factor is zero)."""
    return 0.0 if a == 0 or b == 0 else a * b


def _widen(lo: float, hi: float) -> Interval:
    """A closed interval pushed outward by the float guard (products and quotients round)."""
    return _outward(lo, hi, True, True)


def multiply(a: Interval, b: Interval) -> Interval:
    """Every product of a number of ``a`` and one of ``b`` (ends taken as closed)."""
    products = [_times(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return _widen(min(products), max(products))


def divide(a: Interval, b: Interval) -> Interval:
    """Every quotient; a divisor interval that holds 0 allows any result."""
    if b.lo <= 0 <= b.hi:
        return Interval(-INF, INF, False, False)
    inverse = _widen(1 / b.hi, 1 / b.lo)
    return multiply(a, inverse)


def number_interval(text: str) -> Interval:
    """A constant of the relation: exact as written (it is no printed, rounded figure)."""
    x = float(Decimal(text))
    return _widen(x, x) if x != int(x) else Interval.point(x)


def evaluate(node: Node, env: dict[str, Interval]) -> Interval:
    """The interval of ``node`` when each symbol ranges over ``env[key]``.

    Each occurrence of a symbol ranges independently, so the result may be
    wider than the true range, never narrower: a relation is declared broken
    only when it is broken for certain.
    """
    if isinstance(node, Num):
        return number_interval(node.text)
    if isinstance(node, Sym):
        return env[node.key]
    if isinstance(node, Neg):
        return evaluate(node.arg, env).scale(-1.0)
    left, right = evaluate(node.left, env), evaluate(node.right, env)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return multiply(left, right)
    return divide(left, right)


def show(node: Node) -> str:
    """The node written back as a relation (for messages)."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Sym):
        return node.key
    if isinstance(node, Neg):
        return f"-{show(node.arg)}"
    inner = f"{show(node.left)} {node.op} {show(node.right)}"
    return inner if node.op in "*/" else f"({inner})"


def divisors(node: Node) -> list[Node]:
    """Every expression the relation divides by."""
    if isinstance(node, Neg):
        return divisors(node.arg)
    if isinstance(node, Bin):
        return divisors(node.left) + divisors(node.right) + ([node.right] if node.op == "/" else [])
    return []


def zero_divisor(rel: Relation, figures: dict[str, Interval]) -> str | None:
    """Why ``rel`` may divide by zero, or None.

    ``figures`` holds, for each indicator the register types, the hull of its
    figures. A divisor whose every symbol is typed is bounded over them; one that
    may be zero (``gdp / 0``, ``a / (b - b)``, a figure printed as 0 or as
    ``5以内``) could never be checked, so it is refused when the register is read.
    A divisor naming an indicator the register does not type is left to the check."""
    for d in divisors(rel.left) + divisors(rel.right):
        try:
            iv = evaluate(d, figures)
        except KeyError:
            continue
        if iv.contains(0.0) or (iv.lo <= 0 <= iv.hi):
            what = "is zero" if iv.lo == iv.hi == 0 else "may be zero"
            return f"divides by {show(d)}, which {what} ({iv}): the relation could never be checked"
    return None


def satisfiable(op: str, left: Interval, right: Interval) -> bool:
    """True when some reading of the two sides makes ``left op right`` hold."""
    if op in (">=", ">"):
        return satisfiable("<=" if op == ">=" else "<", right, left)
    if op == "==":
        return left.overlaps(right)
    if left.lo < right.hi:
        return True
    return op == "<=" and left.lo == right.hi and left.lo_closed and right.hi_closed


# --- sympy, for solving -------------------------------------------------------

def to_sympy(node: Node):
    """A sympy expression built from the tree with explicit constructors only."""
    import sympy

    if isinstance(node, Num):
        num, den = Decimal(node.text).as_integer_ratio()
        return sympy.Rational(num, den)
    if isinstance(node, Sym):
        return sympy.Symbol(node.key, real=True)
    if isinstance(node, Neg):
        return sympy.Mul(sympy.Integer(-1), to_sympy(node.arg))
    left, right = to_sympy(node.left), to_sympy(node.right)
    if node.op == "+":
        return sympy.Add(left, right)
    if node.op == "-":
        return sympy.Add(left, sympy.Mul(sympy.Integer(-1), right))
    if node.op == "*":
        return sympy.Mul(left, right)
    return sympy.Mul(left, sympy.Pow(right, sympy.Integer(-1)))


def evaluate_sympy(expr, env: dict[str, Interval]) -> Interval:
    """Interval of a sympy expression made of Add, Mul, integer Pow, symbols and rationals."""
    import sympy

    if expr.is_Symbol:
        return env[expr.name]
    if expr.is_Rational:
        x = float(expr)
        return Interval.point(x) if expr.is_Integer else _widen(x, x)
    args = [evaluate_sympy(a, env) for a in expr.args]
    if isinstance(expr, sympy.Add):
        out = args[0]
        for a in args[1:]:
            out = out + a
        return out
    if isinstance(expr, sympy.Mul):
        out = args[0]
        for a in args[1:]:
            out = multiply(out, a)
        return out
    if isinstance(expr, sympy.Pow) and expr.exp.is_Integer:
        n = int(expr.exp)
        base = evaluate_sympy(expr.base, env)
        out = Interval.point(1.0)
        if abs(n) > MAX_POWER:
            raise ValueError(f"power {n} is beyond what a plan relation needs")
        for _ in range(abs(n)):
            out = multiply(out, base)
        return divide(Interval.point(1.0), out) if n < 0 else out
    raise ValueError(f"cannot bound {type(expr).__name__}")


@dataclass(frozen=True, slots=True)
class Implied:
    """What a relation says about its one unknown: ``lo <= x <= hi`` (either end may be open)."""

    symbol: str
    interval: Interval | None
    reason: str = ""


def solve_for(rel: Relation, unknown: Sym, env: dict[str, Interval]) -> Implied:
    """The values of ``unknown`` for which some reading of the others satisfies ``rel``.

    An equation is solved for its one root, whatever its form; an inequality
    only when it is linear in the unknown (sympy finds the root and its
    coefficient, whose sign decides which side is bounded).
    """
    import sympy

    left, right = rel.to_sympy()
    u = sympy.Symbol(unknown.key, real=True)
    if rel.op == "==":  # an equation fixes the unknown wherever it has one root (gdp*10000/population)
        roots = sympy.solve(sympy.Eq(left, right), u)
        if len(roots) != 1:
            return Implied(unknown.key, None, "no single solution")
        try:
            return Implied(unknown.key, evaluate_sympy(roots[0], env))
        except (ValueError, KeyError, ZeroDivisionError) as exc:
            return Implied(unknown.key, None, str(exc))
    diff = sympy.expand(left - right)
    coeff = sympy.diff(diff, u)
    if coeff.has(u) or coeff == 0:
        return Implied(unknown.key, None, "an inequality that is not linear in it")
    roots = sympy.solve(sympy.Eq(left, right), u)
    if len(roots) != 1:
        return Implied(unknown.key, None, "no single solution")
    try:
        root, slope = evaluate_sympy(roots[0], env), evaluate_sympy(coeff, env)
    except (ValueError, KeyError) as exc:
        return Implied(unknown.key, None, str(exc))
    return Implied(unknown.key, _side(rel.op, root, slope))


def _side(op: str, root: Interval, slope: Interval) -> Interval | None:
    """``slope·(u − root) op 0`` as a set of u; None when the slope's sign is unknown."""
    if op == "==":
        return root
    if slope.lo > 0:
        below = op in ("<=", "<")
    elif slope.hi < 0:
        below = op in (">=", ">")
    else:
        return None
    if below:
        return Interval(-INF, root.hi, False, op != "<" and op != ">" and math.isfinite(root.hi))
    return Interval(root.lo, INF, op != "<" and op != ">" and math.isfinite(root.lo), False)


def iter_relations(statements) -> Iterator[tuple[int, dict]]:
    """The register relations among a plan's statements, with their index in the register."""
    index = 0
    for st in statements:
        if st.get("type") == "relation":
            yield index, st
            index += 1
