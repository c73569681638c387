//! Methods of `float` and `complex`, and their constructors.

use pyrite_bytecode::opcodes::nb;

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::float::{as_float, float_repr, new_complex, new_float, to_f64, ComplexData, FloatData};
use crate::types::int::as_int;
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

/// Parses a float literal as `float(str)` accepts it.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes()[0] {
        b'-' => (-1.0, &lower[1..]),
        b'+' => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.contains('_') {
        // Underscores only between digits.
        let b = body.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'_' && (i == 0 || i + 1 >= b.len() || !b[i - 1].is_ascii_digit() || !b[i + 1].is_ascii_digit()) {
                return None;
            }
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    if !clean.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'+' || c == b'-') {
        return None;
    }
    if clean.starts_with(['e', '+', '-']) || clean == "." {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn float_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let cls = &pos[0];
    let f = match pos.get(1) {
        None => 0.0,
        Some(v) => float_from_value(vm, v)?,
    };
    if cls.is(&vm.types.float) {
        return Ok(new_float(f));
    }
    Ok(crate::types::object::alloc_instance(cls, FloatData(f)))
}

pub fn float_from_value(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i.to_f64().ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(s) = v.as_str_data() {
        // As `_PyUnicode_TransformDecimalAndSpaceToASCII`: other scripts' digits and spaces.
        let st = s.as_str();
        let ascii: std::borrow::Cow<str> = if st.is_ascii() {
            std::borrow::Cow::Borrowed(st)
        } else {
            std::borrow::Cow::Owned(
                st.chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c
                        } else if c.is_whitespace() {
                            ' '
                        } else if let Some(d) = crate::types::strmethods::decimal_value(c) {
                            char::from(b'0' + d as u8)
                        } else {
                            '?'
                        }
                    })
                    .collect(),
            )
        };
        return parse_float(&ascii).ok_or_else(|| {
            vm.value_error(&format!("could not convert string to float: {}", vm.repr_string(v)))
        });
    }
    if let Some(b) = v.as_bytes_vec() {
        return parse_float(&String::from_utf8_lossy(&b)).ok_or_else(|| {
            vm.value_error(&format!("could not convert string to float: {}", vm.repr_string(v)))
        });
    }
    if let Some(f) = v.ty().lookup(&vm.names.__float__) {
        let r = vm.call(&f, &[v.clone()])?;
        if let Some(x) = as_float(&r) {
            return Ok(x);
        }
        return Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", v.ty().name(), r.ty().name())));
    }
    if v.ty().lookup(&vm.names.__index__).is_some() {
        let r = vm.index(v)?;
        if let Some(i) = as_int(&r) {
            return i.to_f64().ok_or_else(|| vm.overflow_error("int too large to convert to float"));
        }
    }
    Err(vm.type_error(&format!("float() argument must be a string or a real number, not '{}'", v.ty().name())))
}

fn this(vm: &Vm, args: &[Value]) -> PyResult<f64> {
    args.first().and_then(as_float).ok_or_else(|| vm.type_error("descriptor requires a 'float' object"))
}

fn float_is_integer(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let f = this(vm, args)?;
    Ok(vm.bool_value(f.is_finite() && f == f.trunc()))
}

fn float_as_integer_ratio(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let f = this(vm, args)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::types::float::frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant == mant.floor() {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let num = num_bigint::BigInt::from(mant as i64);
    let (n, d) = if exp > 0 {
        (num << exp as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-exp) as usize)
    };
    Ok(crate::types::tuple::new_tuple(vec![crate::types::int::new_bigint(n), crate::types::int::new_bigint(d)]))
}

fn float_int(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::types::intmethods::float_to_int(vm, this(vm, args)?)
}
fn float_float(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(this(vm, args)?))
}
fn float_floor(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::types::intmethods::float_to_int(vm, this(vm, args)?.floor())
}
fn float_ceil(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::types::intmethods::float_to_int(vm, this(vm, args)?.ceil())
}
fn float_neg(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(-this(vm, args)?))
}
fn float_abs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(this(vm, args)?.abs()))
}
fn float_bool(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(this(vm, args)? != 0.0))
}
fn float_repr_m(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str(&float_repr(this(vm, args)?)))
}

/// `round(x[, n])` for floats: correctly rounded half-even via the shortest decimal string.
pub fn round_float(vm: &Vm, x: f64, nd: Option<i64>) -> PyResult<Value> {
    match nd {
        None => {
            if !x.is_finite() {
                return crate::types::intmethods::float_to_int(vm, x);
            }
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
            crate::types::intmethods::float_to_int(vm, r)
        }
        Some(n) => {
            if !x.is_finite() || x == 0.0 {
                return Ok(new_float(x));
            }
            // CPython's NDIGITS_MAX / NDIGITS_MIN.
            if n > 323 {
                return Ok(new_float(x));
            }
            if n < -308 {
                return Ok(new_float(0.0f64.copysign(x)));
            }
            // Correctly rounded, half-even on the exact binary value (as `_Py_dg_dtoa` mode 3):
            // Rust's exact-precision formatting does the same.
            let v: f64 = if n >= 0 {
                format!("{:.prec$}", x, prec = n as usize).parse().unwrap_or(x)
            } else {
                let sci = format!("{:e}", x);
                let e: i64 = sci.rsplit('e').next().and_then(|t| t.parse().ok()).unwrap_or(0);
                let sig = e + 1 + n;
                if sig >= 1 {
                    format!("{:.prec$e}", x, prec = (sig - 1) as usize).parse().unwrap_or(x)
                } else if sig == 0 {
                    let unit: f64 = format!("1e{}", -n).parse().unwrap_or(f64::INFINITY);
                    if x.abs() > unit / 2.0 { unit.copysign(x) } else { 0.0f64.copysign(x) }
                } else {
                    0.0f64.copysign(x)
                }
            };
            if v.is_infinite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(new_float(v))
        }
    }
}

fn float_round(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let x = this(vm, args)?;
    let nd = match args.get(1) {
        // Clamped to the i64 range, as `PyNumber_AsSsize_t(n, NULL)`.
        Some(n) if !vm.is_none(n) => Some(as_int(&vm.index(n)?).map_or(0, |i| {
            i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
        })),
        _ => None,
    };
    round_float(vm, x, nd)
}

fn float_hex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let x = this(vm, args)?;
    if x.is_nan() {
        return Ok(new_str("nan"));
    }
    if x.is_infinite() {
        return Ok(new_str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(new_str(&format!("{sign}0x0.0p+0")));
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let hex = format!("{mant:013x}");
    Ok(new_str(&format!("{sign}0x{lead}.{hex}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())))
}

fn float_fromhex(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let arg = args.get(1).ok_or_else(|| vm.type_error("float.fromhex() takes exactly one argument (0 given)"))?;
    let s = arg
        .as_rust_str()
        .ok_or_else(|| vm.type_error(&format!("fromhex() argument must be str, not {}", arg.ty().name())))?;
    let v = parse_hex_float(s).map_err(|overflow| {
        if overflow {
            vm.overflow_error("hexadecimal value too large to represent as a float")
        } else {
            vm.value_error("invalid hexadecimal floating-point string")
        }
    })?;
    if args[0].is(&vm.types.float) { Ok(new_float(v)) } else { vm.call(&args[0], &[new_float(v)]) }
}

/// `float.fromhex` parsing with correct rounding; Err(true) on overflow, Err(false) if malformed.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    use num_bigint::BigInt;
    use num_traits::{ToPrimitive, Zero};
    let t = s.trim_matches(|c: char| c.is_whitespace()).to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let sign = |v: f64| if neg { -v } else { v };
    match t {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let t = t.strip_prefix("0x").unwrap_or(t);
    let (m, e) = match t.find('p') {
        Some(i) => {
            let es = &t[i + 1..];
            let (eneg, digits) = match es.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, es.strip_prefix('+').unwrap_or(es)),
            };
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(false);
            }
            let mut e: i64 = 0;
            for c in digits.bytes() {
                e = (e * 10 + (c - b'0') as i64).min(1 << 40);
            }
            (&t[..i], if eneg { -e } else { e })
        }
        None => (t, 0),
    };
    let (ip, fp) = match m.find('.') {
        Some(i) => (&m[..i], &m[i + 1..]),
        None => (m, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(false);
    }
    let mut mant = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        mant = mant * 16u32 + d;
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let e2 = e - 4 * fp.len() as i64;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e2;
    if top > 1023 {
        return Err(true);
    }
    if top < -1075 {
        return Ok(sign(0.0));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e2;
    let mut m = if shift > 0 {
        let sh = shift as usize;
        let q: BigInt = &mant >> sh;
        let rem: BigInt = &mant - (&q << sh);
        let half: BigInt = BigInt::from(1) << (sh - 1);
        if rem > half || (rem == half && (&q & BigInt::from(1)) == BigInt::from(1)) { q + 1 } else { q }
    } else {
        &mant << ((-shift) as usize)
    }
    .to_u64()
    .ok_or(true)?;
    let mut lsb = lsb;
    if m == 1u64 << 53 {
        m >>= 1;
        lsb += 1;
    }
    if lsb + 52 > 1023 && m >= 1u64 << 52 {
        return Err(true);
    }
    let v = if lsb < -1022 {
        f64::from_bits(m)
    } else {
        (m as f64) * f64::from_bits(((lsb + 1023) as u64) << 52)
    };
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sign(v))
}

fn float_getformat(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str("IEEE, little-endian")).map(|v| {
        let _ = vm;
        v
    })
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(this(vm, std::slice::from_ref(v))?))
}
fn get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}

fn float_conjugate(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(this(vm, args)?))
}

fn complex_parts(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(Some((c.re, c.im)));
    }
    Ok(to_f64(vm, v)?.map(|f| (f, 0.0)))
}

/// Complex arithmetic.
pub fn complex_binop(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    let (Some((ar, ai)), Some((br, bi))) = (complex_parts(vm, a)?, complex_parts(vm, b)?) else { return Ok(None) };
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    Ok(Some(match op {
        nb::ADD => new_complex(ar + br, ai + bi),
        nb::SUBTRACT => new_complex(ar - br, ai - bi),
        nb::MULTIPLY => new_complex(ar * br - ai * bi, ar * bi + ai * br),
        nb::TRUE_DIVIDE => {
            let (r, i) = c_quot((ar, ai), (br, bi)).ok_or_else(|| vm.zero_division("complex division by zero"))?;
            new_complex(r, i)
        }
        nb::POWER => {
            let zero_power = || vm.zero_division("0.0 to a negative or complex power");
            let (r, i) = if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
                // Small integer powers by repeated multiplication.
                let p = c_powu((ar, ai), br.abs() as u64);
                if br < 0.0 { c_quot((1.0, 0.0), p).ok_or_else(zero_power)? } else { p }
            } else if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(zero_power());
                }
                (0.0, 0.0)
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            };
            if r.is_infinite() || i.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            new_complex(r, i)
        }
        _ => return Ok(None),
    }))
}

/// The complex product `a * b`.
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `x ** n` by binary powering (the last squaring is kept, so overflow and nan results match
/// CPython's).
fn c_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask <= n {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// The complex quotient `a / b` by Smith's method; None when `b` is zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (br, bi) = b;
    if br.abs() >= bi.abs() {
        if br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if bi.abs() >= br.abs() {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// A complex() argument as (re, im, is_complex): complex numbers, `__complex__`, then
/// `__float__`/`__index__` (as CPython's `complex_new_impl`).
fn complex_arg(vm: &Vm, v: &Value, first: bool) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        if !crate::protocol::object::is_heap(v) || v.ty().lookup(&vm.names.__complex__).is_none() {
            return Ok(Some((c.re, c.im, true)));
        }
    }
    if crate::protocol::object::is_heap(v) {
        if let Some(f) = v.ty().lookup(&vm.names.__complex__) {
            let r = vm.call(&f, &[v.clone()])?;
            let Some(c) = r.downcast::<ComplexData>() else {
                return Err(vm.type_error(&format!("__complex__ returned non-complex (type {})", r.ty().name())));
            };
            return Ok(Some((c.re, c.im, true)));
        }
    }
    if let Some(f) = to_f64(vm, v)? {
        return Ok(Some((f, 0.0, false)));
    }
    let has = |n: &Value| v.ty().lookup(n).is_some();
    if crate::protocol::object::is_heap(v) && (has(&vm.names.__float__) || has(&vm.names.__index__)) {
        let f = vm.call(&vm.types.float, &[v.clone()])?;
        if let Some(x) = as_float(&f) {
            return Ok(Some((x, 0.0, false)));
        }
    }
    let _ = first;
    Ok(None)
}

fn complex_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("complex() takes at most 2 arguments ({} given)", pos.len() - 1 + kws.len())));
    }
    let mut real = pos.get(1).cloned();
    let mut imag = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("real") if real.is_none() => real = Some(v.clone()),
            Some("imag") if imag.is_none() => imag = Some(v.clone()),
            Some(n @ ("real" | "imag")) => {
                let p = if n == "real" { 1 } else { 2 };
                return Err(vm.type_error(&format!("argument for complex() given by name ('{n}') and position ({p})")));
            }
            o => {
                return Err(vm.type_error(&format!(
                    "complex() got an unexpected keyword argument '{}'",
                    o.unwrap_or("")
                )))
            }
        }
    }
    if let Some(r) = &real {
        if let Some(s) = r.as_rust_str() {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            // Underscores only between digits, then dropped (`_Py_string_to_number_with_underscores`).
            let owned;
            let s = if s.contains('_') {
                let cs: Vec<char> = s.chars().collect();
                let ok = cs.iter().enumerate().all(|(k, &c)| {
                    c != '_' || (k > 0 && cs[k - 1].is_ascii_digit() && cs.get(k + 1).is_some_and(|n| n.is_ascii_digit()))
                });
                if !ok {
                    return Err(vm.value_error(&format!("could not convert string to complex: {}", vm.repr_string(r))));
                }
                owned = s.replace('_', "");
                owned.as_str()
            } else {
                s
            };
            let t = s.trim();
            let t = match t.strip_prefix('(') {
                Some(inner) => match inner.strip_suffix(')') {
                    Some(x) => x.trim(),
                    None => return Err(vm.value_error("complex() arg is a malformed string")),
                },
                None => t,
            };
            let parsed = parse_complex(t).ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
            if pos.len() == 2 && pos[0].is(&vm.types.complex) {
                return Ok(new_complex(parsed.0, parsed.1));
            }
            return Ok(crate::types::object::alloc_instance(&pos[0], ComplexData { re: parsed.0, im: parsed.1 }));
        }
    }
    if let Some(i) = &imag {
        if i.as_str_data().is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let (mut cr, mut cr_c) = ((0.0, 0.0), false);
    if let Some(r) = &real {
        let (a, b, c) = complex_arg(vm, r, true)?.ok_or_else(|| {
            vm.type_error(&format!("complex() first argument must be a string or a number, not '{}'", r.ty().name()))
        })?;
        if c && imag.is_none() && r.is_exact(&vm.types.complex) && pos[0].is(&vm.types.complex) {
            return Ok(r.clone());
        }
        cr = (a, b);
        cr_c = c;
    }
    let (mut ci, mut ci_c) = ((0.0, 0.0), false);
    if let Some(i) = &imag {
        let (a, b, c) = complex_arg(vm, i, false)?.ok_or_else(|| {
            vm.type_error(&format!("complex() second argument must be a number, not '{}'", i.ty().name()))
        })?;
        ci = (a, b);
        ci_c = c;
    }
    if ci_c {
        cr.0 -= ci.1;
    }
    if cr_c && imag.is_some() {
        ci.0 += cr.1;
    }
    let im = if imag.is_some() || cr_c { ci.0 } else { 0.0 };
    let im = if imag.is_none() && cr_c { cr.1 } else { im };
    if pos[0].is(&vm.types.complex) {
        return Ok(new_complex(cr.0, im));
    }
    Ok(crate::types::object::alloc_instance(&pos[0], ComplexData { re: cr.0, im }))
}

fn parse_complex(t: &str) -> Option<(f64, f64)> {
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let im_of = |s: &str| -> Option<f64> {
            match s {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => parse_float(s),
            }
        };
        return match split {
            Some(i) => Some((parse_float(&body[..i])?, im_of(&body[i..])?)),
            None => Some((0.0, im_of(body)?)),
        };
    }
    Some((parse_float(t)?, 0.0))
}

/// `==`/`!=` between a complex and an int, float or complex (either side); None when the pair
/// or the operator is not supported (ordering of complex numbers).
pub fn complex_compare(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    let (c, other) = match (a.downcast::<ComplexData>(), b.downcast::<ComplexData>()) {
        (Some(x), Some(y)) => {
            if op != 2 && op != 3 {
                return Ok(None);
            }
            return Ok(Some((x.re == y.re && x.im == y.im) == (op == 2)));
        }
        (Some(x), None) => (x, b),
        (None, Some(y)) => (y, a),
        (None, None) => return Ok(None),
    };
    if op != 2 && op != 3 {
        return Ok(None);
    }
    let eq = if as_int(other).is_some() {
        if c.im == 0.0 {
            vm.native_compare(&new_float(c.re), other, 2)?.unwrap_or(false)
        } else {
            false
        }
    } else if let Some(f) = as_float(other) {
        c.re == f && c.im == 0.0
    } else {
        return Ok(None);
    };
    Ok(Some(eq == (op == 2)))
}

/// `divmod(a, b)` for ints and floats; None for other operands.
pub fn native_divmod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(_), Some(_)) = (as_int(a), as_int(b)) {
        let q = crate::types::int::int_binop(vm, a, b, nb::FLOOR_DIVIDE)?;
        let r = crate::types::int::int_binop(vm, a, b, nb::REMAINDER)?;
        return Ok(match (q, r) {
            (Some(q), Some(r)) => Some(crate::types::tuple::new_tuple(vec![q, r])),
            _ => None,
        });
    }
    if as_float(a).is_none() && as_float(b).is_none() {
        return Ok(None);
    }
    if let (Some(x), Some(y)) = (to_f64(vm, a)?, to_f64(vm, b)?) {
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = crate::types::float::float_divmod(x, y);
        return Ok(Some(crate::types::tuple::new_tuple(vec![new_float(q), new_float(r)])));
    }
    Ok(None)
}

fn num_divmod(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    if !crate::types::seqmethods::numeric_operand_ok(&args[0], &args[1]) {
        return Ok(vm.not_implemented());
    }
    Ok(native_divmod(vm, &args[0], &args[1])?.unwrap_or_else(|| vm.not_implemented()))
}

fn num_rdivmod(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    if !crate::types::seqmethods::numeric_operand_ok(&args[0], &args[1]) {
        return Ok(vm.not_implemented());
    }
    Ok(native_divmod(vm, &args[1], &args[0])?.unwrap_or_else(|| vm.not_implemented()))
}

fn cthis(vm: &Vm, args: &[Value]) -> PyResult<(f64, f64)> {
    args.first().and_then(|a| a.downcast::<ComplexData>()).map(|c| (c.re, c.im)).ok_or_else(|| vm.type_error("descriptor requires a 'complex' object"))
}
fn complex_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(cthis(vm, std::slice::from_ref(v))?.0))
}
fn complex_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(cthis(vm, std::slice::from_ref(v))?.1))
}
fn complex_conjugate(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (r, i) = cthis(vm, args)?;
    Ok(new_complex(r, -i))
}
fn complex_neg(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (r, i) = cthis(vm, args)?;
    Ok(new_complex(-r, -i))
}
/// `__pos__` and `__complex__`: an exact complex with the same value.
fn complex_pos(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args[0].is_exact(&vm.types.complex) {
        return Ok(args[0].clone());
    }
    let (r, i) = cthis(vm, args)?;
    Ok(new_complex(r, i))
}
fn complex_bool(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (r, i) = cthis(vm, args)?;
    Ok(vm.bool_value(r != 0.0 || i != 0.0))
}
fn complex_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (r, i) = cthis(vm, args)?;
    Ok(crate::types::tuple::new_tuple(vec![new_float(r), new_float(i)]))
}
fn float_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple(vec![new_float(this(vm, args)?)]))
}
fn complex_abs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (r, i) = cthis(vm, args)?;
    let h = r.hypot(i);
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(new_float(h))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.float;
    add_method(vm, t, "__new__", float_new, MethodKind::Static);
    let m: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__float__", float_float),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__neg__", float_neg),
        ("__pos__", float_float),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__round__", float_round),
        ("__repr__", float_repr_m),
        ("__getnewargs__", float_getnewargs),
    ];
    for (name, f) in m {
        add_method(vm, t, name, *f, MethodKind::Instance);
    }
    add_method(vm, t, "fromhex", float_fromhex, MethodKind::Class);
    add_method(vm, t, "__getformat__", float_getformat, MethodKind::Class);
    add_getset(vm, t, "real", get_real, None);
    add_getset(vm, t, "imag", get_imag, None);
    crate::types::seqmethods::add_number_dunders(vm, t, &["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"]);
    crate::types::seqmethods::add_number_compare(vm, t);
    for ty in [&vm.types.int, &vm.types.float] {
        add_method(vm, ty, "__divmod__", num_divmod, MethodKind::Instance);
        add_method(vm, ty, "__rdivmod__", num_rdivmod, MethodKind::Instance);
    }
    let c = &vm.types.complex;
    add_method(vm, c, "__new__", complex_new, MethodKind::Static);
    add_method(vm, c, "conjugate", complex_conjugate, MethodKind::Instance);
    add_method(vm, c, "__abs__", complex_abs, MethodKind::Instance);
    add_method(vm, c, "__neg__", complex_neg, MethodKind::Instance);
    add_method(vm, c, "__pos__", complex_pos, MethodKind::Instance);
    add_method(vm, c, "__complex__", complex_pos, MethodKind::Instance);
    add_method(vm, c, "__bool__", complex_bool, MethodKind::Instance);
    add_method(vm, c, "__getnewargs__", complex_getnewargs, MethodKind::Instance);
    add_getset(vm, c, "real", complex_real, None);
    add_getset(vm, c, "imag", complex_imag, None);
    crate::types::seqmethods::add_number_dunders(vm, c, &["add", "sub", "mul", "truediv", "pow"]);
    crate::types::seqmethods::add_number_compare(vm, c);
    let _ = FloatData(0.0);
}
