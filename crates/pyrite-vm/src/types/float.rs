//! `float` and `complex`. `repr(float)` is the shortest string that round-trips (`ryu`), laid out
//! as CPython's `float_repr_style = 'short'`: positional between 1e-4 and 1e16, exponent form
//! outside, always with a `.0` or an exponent so it reads back as a float.

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::types::int::{as_int, IntRef, HASH_MODULUS};
use crate::vm::{PyResult, Vm};

pub struct FloatData(pub f64);

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

#[inline]
pub fn new_float(f: f64) -> Value {
    crate::object::layout::alloc_float(&builtin_types().float, f)
}

pub fn new_complex(re: f64, im: f64) -> Value {
    alloc(&builtin_types().complex, ComplexData { re, im })
}

#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast::<FloatData>().map(|f| f.0)
}

/// Shortest round-trip digits and decimal exponent: value = 0.DIGITS * 10**exp.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(f.abs());
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let mut digits = format!("{int_part}{frac_part}");
    let mut point = int_part.len() as i32 + exp;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    point -= lead as i32;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    (digits, point)
}

/// `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, point) = shortest_digits(f);
    let n = digits.len() as i32;
    if (-4 < point) && (point <= 16) {
        if point <= 0 {
            format!("{sign}0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point >= n {
            format!("{sign}{}{}.0", digits, "0".repeat((point - n) as usize))
        } else {
            format!("{sign}{}.{}", &digits[..point as usize], &digits[point as usize..])
        }
    } else {
        let e = point - 1;
        let mant = if n == 1 { digits.clone() } else { format!("{}.{}", &digits[..1], &digits[1..]) };
        format!("{sign}{mant}e{}{:02}", if e < 0 { "-" } else { "+" }, e.abs())
    }
}

/// `hash(float)` as CPython computes it (`_Py_HashDouble`), given the identity hash for nan.
pub fn hash_float(f: f64, nan_identity: i64) -> i64 {
    if f.is_nan() {
        return nan_identity;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f == f.trunc() && f.abs() < 9.2e18 {
        return crate::types::int::hash_int(&IntRef::Small(f as i64));
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

/// Splits `f` into mantissa in [0.5, 1) and exponent.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Converts a number (int or float) to f64 for mixed arithmetic.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    if let Some(i) = as_int(v) {
        return match i.to_f64() {
            Some(f) => Ok(Some(f)),
            None => Err(vm.overflow_error("int too large to convert to float")),
        };
    }
    Ok(None)
}

/// Float binary operators where at least one side is a float and the other an int or float.
pub fn float_binop(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    use pyrite_bytecode::opcodes::nb;
    if as_float(a).is_none() && as_float(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_f64(vm, a)?, to_f64(vm, b)?) else { return Ok(None) };
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    let r = match op {
        nb::ADD => x + y,
        nb::SUBTRACT => x - y,
        nb::MULTIPLY => x * y,
        nb::TRUE_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        nb::FLOOR_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        nb::REMAINDER => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        nb::POWER => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(new_float(r)))
}

/// Python's float divmod (`float_divmod` in floatobject.c).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y != y.trunc() && y.is_finite() {
        // Negative base, fractional exponent: a complex result.
        let r = x.abs().powf(y);
        let th = std::f64::consts::PI * y;
        return Ok(new_complex(r * th.cos(), r * th.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error_tuple(34, "Numerical result out of range"));
    }
    Ok(new_float(r))
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |f: f64| {
        let s = float_repr(f);
        s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let ims = fmt(im);
        // A nan with its sign bit set still prints as `nan`, so the sign comes from the text.
        let sign = if ims.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", fmt(re), sign, ims)
    }
}

pub use crate::types::floatmethods::init;
