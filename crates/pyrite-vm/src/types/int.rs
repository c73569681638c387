//! `int` and `bool`. Ints that fit in 63 bits are inline [`Value`]s and never allocate; larger
//! ones are `Obj<BigIntData>` (`num-bigint`). Results are always normalised: an int that fits
//! inline is never boxed, so the fast paths in the eval loop only look at inline ints.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::{alloc, Value, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::types::builtin_types;
use crate::vm::{PyResult, Vm};

/// Payload of a boxed int (or of an instance of an int subclass).
pub struct BigIntData(pub BigInt);

/// Payload of `True` and `False`.
pub struct BoolData(pub bool);

/// An int borrowed from a value.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => {
                let f = b.to_f64()?;
                if f.is_finite() { Some(f) } else { None }
            }
        }
    }
}

/// The int value of `v` if it is an int (bools included).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    if let Some(b) = v.downcast::<BigIntData>() {
        return Some(IntRef::Big(&b.0));
    }
    v.downcast::<BoolData>().map(|b| IntRef::Small(b.0 as i64))
}

/// A new int.
#[inline]
pub fn new_int(i: i64) -> Value {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
        Value::small_int(i)
    } else {
        alloc(&builtin_types().int, BigIntData(BigInt::from(i)))
    }
}

/// A new int from a bigint, inline when it fits.
pub fn new_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            return Value::small_int(i);
        }
    }
    alloc(&builtin_types().int, BigIntData(b))
}

/// A new int from an i128.
pub fn new_int128(i: i128) -> Value {
    if let Ok(x) = i64::try_from(i) { new_int(x) } else { new_bigint(BigInt::from(i)) }
}

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(int)` as CPython computes it.
pub fn hash_int(i: &IntRef) -> i64 {
    let h = match i {
        IntRef::Small(i) => {
            let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
            if *i < 0 { -m } else { m }
        }
        IntRef::Big(b) => {
            let m = (b.magnitude() % BigInt::from(HASH_MODULUS).magnitude()).to_i64().unwrap_or(0);
            if b.is_negative() { -m } else { m }
        }
    };
    if h == -1 { -2 } else { h }
}

/// Floor division and modulo with Python's signs. `b != 0`.
pub fn floor_divmod_i64(a: i64, b: i64) -> (i64, i64) {
    let q = a.wrapping_div(b);
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) { (q - 1, r + b) } else { (q, r) }
}

/// `int` binary operators on two ints. Returns None if an operand is not an int.
pub fn int_binop(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    use pyrite_bytecode::opcodes::nb;
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else { return Ok(None) };
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    if let (IntRef::Small(x), IntRef::Small(y)) = (&x, &y) {
        let (x, y) = (*x, *y);
        let r: Option<Value> = match op {
            nb::ADD => Some(new_int128(x as i128 + y as i128)),
            nb::SUBTRACT => Some(new_int128(x as i128 - y as i128)),
            nb::MULTIPLY => Some(new_int128(x as i128 * y as i128)),
            nb::AND => Some(new_int(x & y)),
            nb::OR => Some(new_int(x | y)),
            nb::XOR => Some(new_int(x ^ y)),
            nb::FLOOR_DIVIDE | nb::REMAINDER => {
                if y == 0 {
                    return Err(vm.zero_division(if op == nb::FLOOR_DIVIDE {
                        "integer division or modulo by zero"
                    } else {
                        "integer modulo by zero"
                    }));
                }
                let (q, r) = floor_divmod_i64(x, y);
                Some(new_int(if op == nb::FLOOR_DIVIDE { q } else { r }))
            }
            nb::LSHIFT => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                if y < 64 && x.unsigned_abs() < (1u64 << (62 - y.min(62))) {
                    Some(new_int(x << y))
                } else {
                    None
                }
            }
            nb::RSHIFT => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                Some(new_int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }))
            }
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Some(r));
        }
    }
    let (xb, yb) = (x.to_bigint(), y.to_bigint());
    let r = match op {
        nb::ADD => new_bigint(xb + yb),
        nb::SUBTRACT => new_bigint(xb - yb),
        nb::MULTIPLY => new_bigint(xb * yb),
        nb::AND => new_bigint(xb & yb),
        nb::OR => new_bigint(xb | yb),
        nb::XOR => new_bigint(xb ^ yb),
        nb::FLOOR_DIVIDE | nb::REMAINDER => {
            if yb.is_zero() {
                return Err(vm.zero_division(if op == nb::FLOOR_DIVIDE {
                    "integer division or modulo by zero"
                } else {
                    "integer modulo by zero"
                }));
            }
            let (q, r) = xb.div_mod_floor(&yb);
            new_bigint(if op == nb::FLOOR_DIVIDE { q } else { r })
        }
        nb::LSHIFT => {
            if yb.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = yb.to_usize().ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if s > 1 << 32 {
                return Err(vm.memory_error());
            }
            new_bigint(xb << s)
        }
        nb::RSHIFT => {
            if yb.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match yb.to_usize() {
                Some(s) => new_bigint(xb >> s),
                None => new_int(if xb.is_negative() { -1 } else { 0 }),
            }
        }
        nb::TRUE_DIVIDE => return int_true_divide(vm, &x, &y).map(Some),
        nb::POWER => return int_pow(vm, &x, &y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `a / b` for ints, correctly rounded.
pub fn int_true_divide(vm: &Vm, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(crate::types::float::new_float(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    match (x.to_f64(), y.to_f64()) {
        (Some(fx), Some(fy)) if fx.abs() < 9007199254740992.0 && fy.abs() < 9007199254740992.0 => {
            Ok(crate::types::float::new_float(fx / fy))
        }
        _ => {
            let neg = x.is_negative() != y.is_negative();
            let v = ratio_to_f64(&x.abs(), &y.abs())
                .ok_or_else(|| vm.overflow_error("integer division result too large for a float"))?;
            Ok(crate::types::float::new_float(if neg { -v } else { v }))
        }
    }
}

/// `2.0 ** k` for `-1022 <= k <= 1023`, built from its bits.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `m * 2 ** u`, where the result is known to be representable (or to overflow to infinity).
fn scale_exact(m: f64, u: i64) -> f64 {
    let mut f = m;
    let mut u = u;
    while u > 1000 {
        f *= pow2(1000);
        u -= 1000;
    }
    while u < -1000 {
        f *= pow2(-1000);
        u += 1000;
    }
    f * pow2(u)
}

/// The correctly rounded (half to even) value of `a / b` for `a >= 0`, `b > 0`; `None` if it
/// overflows a float.
pub fn ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(0.0);
    }
    // The quotient lies in [2**(diff-1), 2**(diff+1)); keep at least 55 bits of it (2 below
    // the last bit of a subnormal), and remember whether anything was dropped.
    let shift = diff.max(-1021) - 55;
    let (mut inexact, n) = if shift >= 0 {
        let s = shift as u64;
        let dropped = a.trailing_zeros().is_none_or(|t| t < s);
        (dropped, a >> s as usize)
    } else {
        (false, a << (-shift) as usize)
    };
    let (q, r) = n.div_rem(b);
    inexact |= !r.is_zero();
    // Unit in the last place of the result: 2**u.
    let u = (q.bits() as i64 - 1 + shift - 52).max(-1074);
    let rbits = (u - shift) as usize;
    let mut m = (&q >> rbits).to_u64().unwrap_or(u64::MAX);
    let rem = &q - (BigInt::from(m) << rbits);
    let half = BigInt::one() << (rbits - 1);
    if rem > half || (rem == half && (inexact || m & 1 == 1)) {
        m += 1;
    }
    let v = scale_exact(m as f64, u);
    if v.is_infinite() { None } else { Some(v) }
}

/// `a ** b` for ints (a float for negative exponents).
pub fn int_pow(vm: &Vm, a: &IntRef, b: &IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) else {
            return Err(vm.overflow_error("int too large to convert to float"));
        };
        if x == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(crate::types::float::new_float(x.powf(y)));
    }
    let e = b.to_bigint();
    let base = a.to_bigint();
    if base.is_zero() || base.is_one() {
        return Ok(new_bigint(if e.is_zero() { BigInt::one() } else { base }));
    }
    if base == BigInt::from(-1) {
        return Ok(new_int(if e.is_even() { 1 } else { -1 }));
    }
    let e = e.to_u64().ok_or_else(|| vm.overflow_error("exponent too large"))?;
    if (base.bits() as u128) * (e as u128) > (1u128 << 34) {
        return Err(vm.memory_error());
    }
    if let (IntRef::Small(x), true) = (a, e < 64) {
        if let Some(r) = x.checked_pow(e as u32) {
            return Ok(new_int(r));
        }
    }
    Ok(new_bigint(num_traits::pow(base, e as usize)))
}

/// Three-argument `pow`.
pub fn int_pow_mod(vm: &Vm, a: &IntRef, b: &IntRef, m: &IntRef) -> PyResult<Value> {
    let m = m.to_bigint();
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.to_bigint();
    let mut e = b.to_bigint();
    if e.is_negative() {
        // Modular inverse.
        let mm = m.abs();
        let g = base.extended_gcd(&mm);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&mm);
        e = -e;
    }
    let r = base.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
    Ok(new_bigint(r))
}

/// Compares two ints.
pub fn int_cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

/// `repr(int)`.
pub fn int_repr(i: &IntRef) -> String {
    match i {
        IntRef::Small(x) => x.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// `repr(int)` with the decimal digits limit (`ValueError` past `sys.get_int_max_str_digits()`
/// digits, as CPython's `long_to_decimal_string`).
pub fn int_repr_checked(vm: &Vm, i: &IntRef) -> PyResult<String> {
    match i {
        IntRef::Big(b) => bigint_to_decimal(vm, b),
        IntRef::Small(_) => Ok(int_repr(i)),
    }
}

/// The decimal text of `b`, or the `ValueError` of the int/str digits limit.
pub fn bigint_to_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let lim = max_str_digits();
    // 2**(k-1) <= |b| < 2**k has between (k-1)*log10(2)+1 and k*log10(2)+1 digits.
    let bits = b.bits() as f64;
    if lim == 0 || bits * std::f64::consts::LOG10_2 + 2.0 < lim as f64 {
        return Ok(b.to_string());
    }
    let err = || {
        vm.value_error(&format!(
            "Exceeds the limit ({lim} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if (bits - 1.0) * std::f64::consts::LOG10_2 > lim as f64 + 2.0 {
        return Err(err());
    }
    let s = b.to_string();
    if s.len() - usize::from(s.starts_with('-')) > lim {
        return Err(err());
    }
    Ok(s)
}

/// Default digits limit for int/str conversions (`sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

static MAX_STR_DIGITS_NOW: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(MAX_STR_DIGITS);

/// The current digits limit (0: none).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS_NOW.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS_NOW.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// The number of digits CPython counts for the digits limit of `int(s, base)` (0 for bases
/// that are powers of two, which are not limited): the run of digits and single underscores
/// after the sign and prefix.
pub fn literal_digit_count(s: &str, base: u32) -> usize {
    let t = s.trim_start().trim_start_matches(['+', '-']);
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let base = match (base, lower.as_deref()) {
        (0, Some("0x" | "0o" | "0b")) => return 0,
        (0, _) => 10,
        (b, _) => b,
    };
    if base.is_power_of_two() {
        return 0;
    }
    let mut digits = 0;
    let mut prev = ' ';
    for c in t.chars() {
        if c == '_' {
            if prev == '_' {
                break;
            }
        } else if c.to_digit(36).is_some_and(|d| d < base) {
            digits += 1;
        } else {
            break;
        }
        prev = c;
    }
    digits
}

/// Parses an int literal in `base` (0 = auto with prefixes), as `int(str, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = if base == 0 {
        if lower.starts_with("0x") {
            (16, &t[2..])
        } else if lower.starts_with("0o") {
            (8, &t[2..])
        } else if lower.starts_with("0b") {
            (2, &t[2..])
        } else {
            // Base 0 forbids leading zeros in non-zero decimals.
            let stripped = t.trim_start_matches(['0', '_']);
            if !stripped.is_empty() && t.starts_with('0') {
                return None;
            }
            (10, t)
        }
    } else {
        let pre = match base {
            16 => "0x",
            8 => "0o",
            2 => "0b",
            _ => "",
        };
        if !pre.is_empty() && lower.starts_with(pre) { (base, &t[2..]) } else { (base, t) }
    };
    // One underscore may follow a base prefix (`0x_1f`), never a sign.
    let had_prefix = digits.len() < t.len();
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let mut out = BigInt::zero();
    let mut small: u64 = 0;
    let mut small_ok = true;
    for c in clean.chars() {
        let d = c.to_digit(36).or_else(|| unicode_digit(c))?;
        if d >= base {
            return None;
        }
        if small_ok {
            match small.checked_mul(base as u64).and_then(|x| x.checked_add(d as u64)) {
                Some(v) => small = v,
                None => {
                    small_ok = false;
                    out = BigInt::from(small) * base + d;
                }
            }
        } else {
            out = out * base + d;
        }
    }
    if small_ok {
        out = BigInt::from(small);
    }
    Some(if neg { -out } else { out })
}

fn unicode_digit(c: char) -> Option<u32> {
    // Decimal digits of other scripts (Unicode Nd): the common blocks start at a code point
    // ending in 0.
    crate::types::strmethods::decimal_value(c)
}

/// Converts an int to `Sign` and magnitude helpers for formatting.
pub fn bigint_sign(b: &BigInt) -> Sign {
    b.sign()
}

pub use crate::types::intmethods::init;
