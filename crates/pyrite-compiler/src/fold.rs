//! Constant folding, as CPython's `Python/ast_opt.c` does it, but evaluated on demand instead of
//! rewriting the AST: [`const_value`] says what constant an expression folds to, if any.
//!
//! Folded are literals, `__debug__`, tuples of constants, unary operators and binary operators on
//! constants, and subscripts of constant sequences, with `ast_opt.c`'s size limits (ints up to
//! 128 bits from `*`, `**`, `<<`; strings and bytes up to 4096 items; collections up to 256
//! items) so that `"x" * 10**9` stays a run-time operation. Anything whose exact CPython result is
//! not trivially reproducible (float floor division and modulo, float powers) is left unfolded:
//! the result at run time is the same, only `dis` shows the operation.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

use pyrite_bytecode::Constant;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The Python value of a string literal, code points included (lone surrogates come from the
/// source text, since the parser replaced them by U+FFFD).
pub fn str_constant(s: &ast::ExprStringLiteral, source: &str) -> Constant {
    let value = s.value.to_str();
    if value.contains('\u{fffd}')
        && let Some(cps) = crate::strings::decode_literal_code_points(&s.value, source)
            && cps.iter().any(|&c| (0xd800..0xe000).contains(&c)) {
                return Constant::StrCodePoints(cps.into());
            }
    Constant::Str(value.into())
}

pub fn int_constant(i: &ast::Int) -> Constant {
    match i.as_i64() {
        Some(v) => Constant::Int(v),
        None => {
            let text = i.to_string();
            let digits: String = text.chars().filter(|c| *c != '_').collect();
            let parsed = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
                BigInt::parse_bytes(h.as_bytes(), 16)
            } else if let Some(o) = digits.strip_prefix("0o").or_else(|| digits.strip_prefix("0O")) {
                BigInt::parse_bytes(o.as_bytes(), 8)
            } else if let Some(b) = digits.strip_prefix("0b").or_else(|| digits.strip_prefix("0B")) {
                BigInt::parse_bytes(b.as_bytes(), 2)
            } else {
                BigInt::parse_bytes(digits.as_bytes(), 10)
            };
            normalize_int(parsed.unwrap_or_default())
        }
    }
}

fn normalize_int(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(b),
    }
}

fn as_big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(b) => Some(b.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) => Some(*i as f64),
        Constant::Bool(b) => Some(*b as i64 as f64),
        Constant::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
        _ => None,
    }
}

fn is_intlike(c: &Constant) -> bool {
    matches!(c, Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_))
}

fn bits(b: &BigInt) -> u64 {
    b.bits()
}

/// Python `==` between constants, for building frozensets (1, 1.0 and True are one element).
pub fn py_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    let num = |c: &Constant| -> Option<(f64, f64, Option<BigInt>)> {
        match c {
            C::Bool(x) => Some((*x as i64 as f64, 0.0, Some(BigInt::from(*x as i64)))),
            C::Int(i) => Some((*i as f64, 0.0, Some(BigInt::from(*i)))),
            C::BigInt(i) => Some((i.to_f64().unwrap_or(f64::NAN), 0.0, Some(i.clone()))),
            C::Float(f) => Some((*f, 0.0, None)),
            C::Complex { re, im } => Some((*re, *im, None)),
            _ => None,
        }
    };
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (&x.2, &y.2) {
            (Some(i), Some(j)) => i == j,
            // Exact int/float comparison: a float equal to an int is integral and converts exactly.
            (Some(i), None) | (None, Some(i)) => {
                let (re, im) = if x.2.is_none() { (x.0, x.1) } else { (y.0, y.1) };
                im == 0.0 && re.fract() == 0.0 && re.is_finite() && BigInt::from(re as i128) == *i
                    && re.abs() < 1.7e38
            }
            (None, None) => x.0 == y.0 && x.1 == y.1,
        };
    }
    match (a, b) {
        (C::Str(x), C::Str(y)) => x == y,
        (C::StrCodePoints(x), C::StrCodePoints(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        (C::Tuple(x), C::Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q)),
        (C::FrozenSet(x), C::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        _ => false,
    }
}

/// The elements of a frozenset constant: duplicates (by Python equality) dropped, the first kept.
pub fn frozenset(items: Vec<Constant>) -> Constant {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for c in items {
        if !out.iter().any(|o| py_eq(o, &c)) {
            out.push(c);
        }
    }
    Constant::FrozenSet(out.into())
}

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::StrCodePoints(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => true,
    }
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::StrCodePoints(s) => Some(s.len()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

fn total_items(c: &Constant) -> usize {
    match c {
        Constant::Tuple(t) | Constant::FrozenSet(t) => t.iter().map(total_items).sum::<usize>() + 1,
        _ => 1,
    }
}

/// `seq * n` with `safe_multiply`'s limits (a negative count is left to run time).
fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let len = seq_len(seq)?;
    let n = if len == 0 { as_big(n)?.to_i64()?.max(0) as usize } else {
        let n = as_big(n)?.to_i64()?;
        if n < 0 {
            return None;
        }
        let limit = match seq {
            Constant::Tuple(_) => MAX_COLLECTION_SIZE,
            _ => MAX_STR_SIZE,
        };
        if n as usize > limit / len {
            return None;
        }
        if let Constant::Tuple(_) = seq
            && n > 0 && total_items(seq) > MAX_TOTAL_ITEMS / n as usize {
                return None;
            }
        n as usize
    };
    match seq {
        Constant::Str(s) => Some(Constant::Str(s.repeat(n).into())),
        Constant::StrCodePoints(s) => Some(Constant::StrCodePoints(s.repeat(n).into())),
        Constant::Bytes(b) => Some(Constant::Bytes(b.repeat(n).into())),
        Constant::Tuple(t) => {
            let mut v = Vec::with_capacity(len * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v.into()))
        }
        _ => None,
    }
}

fn code_points(c: &Constant) -> Option<Vec<u32>> {
    match c {
        Constant::Str(s) => Some(s.chars().map(|c| c as u32).collect()),
        Constant::StrCodePoints(s) => Some(s.to_vec()),
        _ => None,
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `complex ** complex` as CPython's `complex_pow`: repeated squaring for small integral
/// exponents, polar form otherwise; `None` where Python raises.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |x: (f64, f64), n: i64| {
            let mut r = (1.0, 0.0);
            let mut p = x;
            let mut mask: i64 = 1;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = c_prod(r, p);
                }
                mask <<= 1;
                p = c_prod(p, p);
            }
            r
        };
        if n > 0 {
            powu(a, n)
        } else if n == 0 {
            (1.0, 0.0)
        } else {
            if a.0 == 0.0 && a.1 == 0.0 {
                return None;
            }
            complex_div((1.0, 0.0), powu(a, -n))?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    (r.0.is_finite() && r.1.is_finite()).then_some(r)
}

/// Complex division as CPython's `_Py_c_quot`; `None` when dividing by zero.
fn complex_div(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn floordiv(a: &BigInt, b: &BigInt) -> BigInt {
    use num_integer::Integer;
    a.div_floor(b)
}

fn modulo(a: &BigInt, b: &BigInt) -> BigInt {
    use num_integer::Integer;
    a.mod_floor(b)
}

/// Folds a binary operation (CPython's `fold_binop` with `safe_*` limits).
pub fn binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use Operator::*;
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        // bool's own &, | and ^ keep the type.
        match op {
            BitAnd => return Some(Constant::Bool(a & b)),
            BitOr => return Some(Constant::Bool(a | b)),
            BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    if is_intlike(l) && is_intlike(r) {
        let (a, b) = (as_big(l)?, as_big(r)?);
        let v = match op {
            Add => a + b,
            Sub => a - b,
            Mult => {
                if !a.is_zero() && !b.is_zero() {
                    let (va, vb) = (bits(&a), bits(&b));
                    if va > MAX_INT_SIZE || vb > MAX_INT_SIZE || va + vb > MAX_INT_SIZE {
                        return None;
                    }
                }
                a * b
            }
            FloorDiv => {
                if b.is_zero() {
                    return None;
                }
                floordiv(&a, &b)
            }
            Mod => {
                if b.is_zero() {
                    return None;
                }
                modulo(&a, &b)
            }
            Pow => {
                if b.is_negative() {
                    // int ** negative int is a float power (`long_pow` defers to `float_pow`).
                    if a.is_zero() {
                        return None;
                    }
                    let (x, y) = (a.to_f64()?, b.to_f64()?);
                    let r = x.powf(y);
                    return r.is_finite().then_some(Constant::Float(r));
                }
                let e = b.to_u64()?;
                if !a.is_zero() && e > 0 && bits(&a) > MAX_INT_SIZE / e {
                    return None;
                }
                num_traits::pow::pow(a, usize::try_from(e).ok()?)
            }
            LShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?;
                if !a.is_zero() && s != 0 && (s > MAX_INT_SIZE || bits(&a) > MAX_INT_SIZE - s) {
                    return None;
                }
                a << (s as usize)
            }
            RShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                a >> (s as usize)
            }
            BitAnd => a & b,
            BitOr => a | b,
            BitXor => a ^ b,
            Div => {
                if b.is_zero() {
                    return None;
                }
                // Exact only when both operands are exactly representable.
                let (x, y) = (a.to_i64()?, b.to_i64()?);
                if x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                    return None;
                }
                return Some(Constant::Float(x as f64 / y as f64));
            }
            MatMult => return None,
        };
        return Some(normalize_int(v));
    }
    let complex_operands = matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. });
    if complex_operands {
        let as_complex = |c: &Constant| match c {
            Constant::Complex { re, im } => Some((*re, *im)),
            _ => as_float(c).map(|f| (f, 0.0)),
        };
        let ((a, b), (c, d)) = (as_complex(l)?, as_complex(r)?);
        let (re, im) = match op {
            Add => (a + c, b + d),
            Sub => (a - c, b - d),
            Mult => (a * c - b * d, a * d + b * c),
            Div => complex_div((a, b), (c, d))?,
            Pow => complex_pow((a, b), (c, d))?,
            _ => return None,
        };
        return Some(Constant::Complex { re, im });
    }
    let float_operands = matches!(l, Constant::Float(_)) || matches!(r, Constant::Float(_));
    if float_operands && as_float(l).is_some() && as_float(r).is_some() {
        let (a, b) = (as_float(l)?, as_float(r)?);
        let v = match op {
            Add => a + b,
            Sub => a - b,
            Mult => a * b,
            Div => {
                if b == 0.0 {
                    return None;
                }
                a / b
            }
            FloorDiv | Mod => {
                if b == 0.0 {
                    return None;
                }
                let (div, m) = float_divmod(a, b);
                if op == Mod { m } else { div }
            }
            Pow => {
                // 0 to a negative power raises: leave it to run time.
                if a == 0.0 && b < 0.0 {
                    return None;
                }
                if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                    // A negative base to a fractional power is a complex power (`float_pow`).
                    let (re, im) = complex_pow((a, 0.0), (b, 0.0))?;
                    return Some(Constant::Complex { re, im });
                }
                let r = a.powf(b);
                // Overflow raises OverflowError at run time.
                if !r.is_finite() && a.is_finite() && b.is_finite() {
                    return None;
                }
                r
            }
            _ => return None,
        };
        return Some(Constant::Float(v));
    }
    match (op, l, r) {
        (Add, Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}").into())),
        (Add, Constant::StrCodePoints(_), Constant::Str(_) | Constant::StrCodePoints(_))
        | (Add, Constant::Str(_), Constant::StrCodePoints(_)) => {
            let mut v = code_points(l)?;
            v.extend(code_points(r)?);
            Some(Constant::StrCodePoints(v.into()))
        }
        (Add, Constant::Bytes(a), Constant::Bytes(b)) => {
            Some(Constant::Bytes([a.as_ref(), b.as_ref()].concat().into()))
        }
        (Add, Constant::Tuple(a), Constant::Tuple(b)) => {
            Some(Constant::Tuple(a.iter().chain(b.iter()).cloned().collect::<Vec<_>>().into()))
        }
        (Mult, s, n) if seq_len(s).is_some() && is_intlike(n) => repeat(s, n),
        (Mult, n, s) if seq_len(s).is_some() && is_intlike(n) => repeat(s, n),
        _ => None,
    }
}

/// Python's float `divmod` (CPython's `_float_div_mod`).
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn unaryop(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v))),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { re, im } => Some(Constant::Complex { re: -re, im: -im }),
            _ => Some(normalize_int(-as_big(v)?)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => Some(normalize_int(as_big(v)?)),
        },
        UnaryOp::Invert => match v {
            Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_) => Some(normalize_int(!as_big(v)?)),
            _ => None,
        },
    }
}

fn subscript(v: &Constant, idx: &Constant) -> Option<Constant> {
    let i = as_big(idx)?.to_i64()?;
    let len = seq_len(v)? as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    match v {
        Constant::Str(s) => s.chars().nth(i as usize).map(|c| Constant::Str(c.to_string().into())),
        Constant::Bytes(b) => Some(Constant::Int(b[i as usize] as i64)),
        Constant::Tuple(t) => Some(t[i as usize].clone()),
        _ => None,
    }
}

/// The constant `e` folds to, if any. `source` is needed to recover lone surrogates.
pub fn const_value(e: &Expr, source: &str) -> Option<Constant> {
    const_value_depth(e, source, 0)
}

fn const_value_depth(e: &Expr, source: &str, depth: u32) -> Option<Constant> {
    if depth > 200 {
        return None;
    }
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_constant(i),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex { re: *real, im: *imag },
        },
        Expr::StringLiteral(s) => str_constant(s, source),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => Constant::Bool(true),
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let mut v = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                v.push(const_value_depth(x, source, depth + 1)?);
            }
            Constant::Tuple(Rc::from(v))
        }
        Expr::UnaryOp(u) => {
            let v = const_value_depth(&u.operand, source, depth + 1)?;
            unaryop(u.op, &v)?
        }
        Expr::BinOp(b) => {
            let l = const_value_depth(&b.left, source, depth + 1)?;
            let r = const_value_depth(&b.right, source, depth + 1)?;
            binop(b.op, &l, &r)?
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            let v = const_value_depth(&s.value, source, depth + 1)?;
            let i = const_value_depth(&s.slice, source, depth + 1)?;
            subscript(&v, &i)?
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Operator::*;

    fn int(i: i64) -> Constant {
        Constant::Int(i)
    }

    #[test]
    fn size_limits_match_ast_opt() {
        assert!(matches!(binop(Pow, &int(2), &int(64)), Some(Constant::BigInt(_))));
        assert!(binop(Pow, &int(2), &int(500)).is_none());
        assert!(binop(LShift, &int(1), &int(200)).is_none());
        let s = Constant::Str("ab".into());
        assert!(matches!(binop(Mult, &s, &int(3)), Some(Constant::Str(x)) if &*x == "ababab"));
        assert!(binop(Mult, &s, &int(5000)).is_none());
        assert!(binop(Mult, &s, &int(-1)).is_none());
        assert!(binop(Div, &int(1), &int(0)).is_none());
        assert!(binop(Mod, &Constant::Str("%s".into()), &int(1)).is_none());
    }

    #[test]
    fn python_semantics() {
        assert!(matches!(binop(FloorDiv, &int(-7), &int(2)), Some(Constant::Int(-4))));
        assert!(matches!(binop(Mod, &int(-7), &int(2)), Some(Constant::Int(1))));
        assert!(matches!(binop(Mod, &Constant::Float(-7.0), &Constant::Float(2.0)), Some(Constant::Float(f)) if f == 1.0));
        assert!(matches!(binop(Pow, &int(2), &int(-1)), Some(Constant::Float(f)) if f == 0.5));
        assert!(matches!(binop(BitAnd, &Constant::Bool(true), &Constant::Bool(true)), Some(Constant::Bool(true))));
        assert!(matches!(binop(BitOr, &Constant::Bool(true), &int(1)), Some(Constant::Int(1))));
        assert!(matches!(
            binop(Add, &int(1), &Constant::Complex { re: 0.0, im: 2.0 }),
            Some(Constant::Complex { re, im }) if re == 1.0 && im == 2.0
        ));
        assert!(matches!(unaryop(UnaryOp::Not, &int(0)), Some(Constant::Bool(true))));
        assert!(matches!(unaryop(UnaryOp::Invert, &Constant::Bool(true)), Some(Constant::Int(-2))));
    }
}
