from __future__ import annotations
import typing
def f(a: "str", b: list[int | None], c: dict[str, tuple[int, ...]] = {}, *d: typing.Any, **e: (int)) -> -1 + 2 * (3 - x) ** -y:
    pass
class C:
    x: Callable[[int, str], Optional['C']]
    y: not a and b or c
    z: a if b else (c if d else e)
    w: f(x, *y, k=1, **z)[1:2, ::3]
    v: {1: 'a', **q}
    u: 1.5e300 * 2j
    t: (a, b)
    s: a[b,]
    r: 1 .real
