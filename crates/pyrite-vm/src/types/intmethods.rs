//! Methods of `int` and `bool`, and the `int()` constructor.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::float::as_float;
use crate::types::int::{as_int, new_bigint, new_int, parse_int, BigIntData, BoolData, IntRef};
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

/// `int(x)` for a non-str value.
pub fn int_from_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        if !crate::protocol::object::is_heap(v) {
            return Ok(new_bigint(i.to_bigint()));
        }
    }
    if let Some(f) = as_float(v) {
        return float_to_int(vm, f);
    }
    for name in [&vm.names.__int__, &vm.names.__index__] {
        if let Some(f) = v.ty().lookup(name) {
            let r = vm.call(&f, &[v.clone()])?;
            return match as_int(&r) {
                Some(i) => Ok(new_bigint(i.to_bigint())),
                None => Err(vm.type_error(&format!(
                    "{} returned non-int (type {})",
                    name.as_rust_str().unwrap_or("__int__"),
                    r.ty().name()
                ))),
            };
        }
    }
    if let Some(f) = v.ty().lookup(&vm.names.__trunc__) {
        let r = vm.call(&f, &[v.clone()])?;
        return int_from_value(vm, &r);
    }
    if let Some(s) = v.as_str_data() {
        return parse_int_value(vm, s.as_str(), 10, v);
    }
    if let Some(b) = v.as_bytes_vec() {
        let s = String::from_utf8_lossy(&b).to_string();
        return parse_int_value(vm, &s, 10, v);
    }
    Err(vm.type_error(&format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        v.ty().name()
    )))
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    let (m, e) = crate::types::float::frexp(t);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = BigInt::from(mant);
    let shift = e - 53;
    Ok(new_bigint(if shift >= 0 { b << shift as usize } else { b >> (-shift) as usize }))
}

fn parse_int_value(vm: &Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let lim = crate::types::int::max_str_digits();
    if lim > 0 && s.len() > lim {
        let digits = crate::types::int::literal_digit_count(s, base);
        if digits > lim {
            return Err(vm.value_error(&format!(
                "Exceeds the limit ({lim} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    match parse_int(s, base) {
        Some(b) => Ok(new_bigint(b)),
        None => {
            // CPython shows at most 200 bytes of a bytes literal, and at most 200 characters of
            // the repr.
            let r = match orig.as_bytes_vec() {
                Some(b) if orig.as_str_data().is_none() => {
                    vm.repr_string(&crate::types::bytes::new_bytes(b[..b.len().min(200)].to_vec()))
                }
                _ => vm.repr_string(orig),
            };
            let r: String = r.chars().take(200).collect();
            Err(vm.value_error(&format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn int_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(cls) = args.first() else { return Err(vm.type_error("int.__new__(): not enough arguments")) };
    let a = crate::builtins::clinic_args(vm, "int", &args[1..], kwnames, &["x", "base"], 1, 0)?;
    let (x, base) = (a[0].clone(), a[1].clone());
    let r = match (x, base) {
        (None, None) => Value::small_int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(b)) => {
            let bv = vm.index(&b)?;
            let bi = as_int(&bv).and_then(|i| i.to_i64()).unwrap_or(i64::MAX);
            if bi != 0 && !(2..=36).contains(&bi) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = if let Some(sd) = x.as_str_data() {
                sd.as_str().to_string()
            } else if let Some(b) = x.as_bytes_vec() {
                String::from_utf8_lossy(&b).to_string()
            } else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int_value(vm, &s, bi as u32, &x)?
        }
    };
    if cls.is(&vm.types.int) {
        return Ok(r);
    }
    let b = as_int(&r).expect("int").to_bigint();
    if cls.as_type().is_some_and(|t| t.layout == crate::object::Layout::Bool) {
        return Ok(vm.bool_value(!b.is_zero()));
    }
    Ok(crate::types::object::alloc_instance(cls, BigIntData(b)))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<IntRef<'a>> {
    args.first().and_then(as_int).ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

fn int_bit_length(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(match this(vm, args)? {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let b = this(vm, args)?.to_bigint();
    Ok(new_int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(this(vm, args)?.to_bigint()))
}

fn int_as_integer_ratio(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple(vec![new_bigint(this(vm, args)?.to_bigint()), Value::small_int(1)]))
}

fn int_is_integer(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    this(vm, args)?;
    Ok(vm.bool_value(true))
}

fn int_index(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(this(vm, args)?.to_bigint()))
}

fn int_float(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let i = this(vm, args)?;
    i.to_f64().map(crate::types::float::new_float).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
}

fn int_bool(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(!this(vm, args)?.is_zero()))
}

fn int_neg(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(-this(vm, args)?.to_bigint()))
}
fn int_pos(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(this(vm, args)?.to_bigint()))
}
fn int_abs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(this(vm, args)?.to_bigint().abs()))
}
fn int_invert(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_bigint(!this(vm, args)?.to_bigint()))
}

fn int_round(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let x = this(vm, args)?.to_bigint();
    let nd = match args.get(1) {
        Some(n) if !vm.is_none(n) => as_int(&vm.index(n)?).and_then(|i| i.to_i64()).unwrap_or(0),
        _ => return Ok(new_bigint(x)),
    };
    if nd >= 0 {
        return Ok(new_bigint(x));
    }
    let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
    use num_integer::Integer;
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    Ok(new_bigint(q * p))
}

/// Splits off the keyword-only `signed` flag of `to_bytes`/`from_bytes`.
fn signed_flag(vm: &Vm, fname: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<(Vec<Value>, Option<Value>, bool)> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("{fname}() takes at most 2 positional arguments ({} given)", pos.len() - 1)));
    }
    let mut signed = false;
    let mut names = Vec::new();
    let mut rest: Vec<Value> = pos[1..].to_vec();
    for (k, v) in &kws {
        if k.as_rust_str() == Some("signed") {
            signed = vm.is_true(v)?;
        } else {
            names.push((*k).clone());
        }
    }
    for (k, v) in &kws {
        if k.as_rust_str() != Some("signed") {
            rest.push((*v).clone());
        }
    }
    let kn = if names.is_empty() { None } else { Some(crate::types::tuple::new_tuple(names)) };
    let mut out = vec![pos[0].clone()];
    out.extend(rest);
    Ok((out, kn, signed))
}

fn byteorder_little(vm: &Vm, fname: &str, order: Option<&Value>) -> PyResult<bool> {
    match order {
        None => Ok(false),
        Some(o) => match o.as_rust_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                let tn = if vm.is_none(o) { "None" } else { o.ty().name() };
                Err(vm.type_error(&format!("{fname}() argument 'byteorder' must be str, not {tn}")))
            }
        },
    }
}

fn int_to_bytes(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (all, kn, signed) = signed_flag(vm, "to_bytes", args, kwnames)?;
    let x = this(vm, &all)?.to_bigint();
    let a = crate::builtins::clinic_args(vm, "to_bytes", &all[1..], kn.as_ref(), &["length", "byteorder"], 0, 0)?;
    let len = match &a[0] {
        Some(l) => {
            let n = vm.index_isize(l)?;
            if n < 0 {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            n as usize
        }
        None => 1,
    };
    let little = byteorder_little(vm, "to_bytes", a[1].as_ref())?;
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = x.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if x.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > len {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    if bytes.try_reserve_exact(len - bytes.len()).is_err() {
        return Err(vm.memory_error());
    }
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::types::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (all, kn, signed) = signed_flag(vm, "from_bytes", args, kwnames)?;
    let a = crate::builtins::clinic_args(vm, "from_bytes", &all[1..], kn.as_ref(), &["bytes", "byteorder"], 0, 1)?;
    let data = a[0].clone().ok_or_else(|| vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let little = byteorder_little(vm, "from_bytes", a[1].as_ref())?;
    let mut b = match data.as_bytes_vec() {
        Some(b) => b,
        None => {
            // As `PyObject_Bytes`: `__bytes__`, buffers or iterables of ints (not str).
            let t = data.ty();
            if data.as_str_data().is_some() || (t.lookup(&vm.intern("__bytes__")).is_none() && t.lookup(&vm.names.__iter__).is_none()) {
                return Err(vm.type_error(&format!("cannot convert '{}' object to bytes", t.name())));
            }
            let bv = vm.call(&vm.types.bytes, &[data.clone()])?;
            bv.as_bytes_vec().unwrap_or_default()
        }
    };
    if !little {
        b.reverse();
    }
    let x = if signed { BigInt::from_signed_bytes_le(&b) } else { BigInt::from_bytes_le(num_bigint::Sign::Plus, &b) };
    let r = new_bigint(x);
    if all[0].is(&vm.types.int) { Ok(r) } else { vm.call(&all[0], &[r]) }
}

fn int_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple(vec![new_bigint(this(vm, args)?.to_bigint())]))
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_bigint(this(vm, std::slice::from_ref(v))?.to_bigint()))
}
fn get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small_int(0))
}
fn get_one(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small_int(1))
}

fn bool_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("bool expected at most 1 argument, got {}", args.len() - 1)));
    }
    match args.get(1) {
        Some(v) => Ok(vm.bool_value(vm.is_true(v)?)),
        None => Ok(vm.bool_value(false)),
    }
}

fn int_repr_m(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let i = this(vm, args)?;
    Ok(new_str(&crate::types::int::int_repr_checked(vm, &i)?))
}

fn bool_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let b = args[0].downcast::<BoolData>().map(|b| b.0).unwrap_or(false);
    let _ = vm;
    Ok(new_str(if b { "True" } else { "False" }))
}

macro_rules! bool_logic {
    ($name:ident, $op:tt, $nb:expr) => {
        fn $name(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
            let (a, b) = (&args[0], &args[1]);
            if let (Some(x), Some(y)) = (a.downcast::<BoolData>(), b.downcast::<BoolData>()) {
                return Ok(vm.bool_value(x.0 $op y.0));
            }
            Ok(crate::types::int::int_binop(vm, a, b, $nb)?.unwrap_or_else(|| vm.not_implemented()))
        }
    };
}
bool_logic!(bool_and, &, pyrite_bytecode::opcodes::nb::AND);
bool_logic!(bool_or, |, pyrite_bytecode::opcodes::nb::OR);
bool_logic!(bool_xor, ^, pyrite_bytecode::opcodes::nb::XOR);

pub fn init(vm: &Vm) {
    let t = &vm.types.int;
    t.as_type().expect("type").native_new.set(Some(|vm, cls, args, kw| {
        let mut v = vec![cls.clone()];
        v.extend_from_slice(args);
        int_new(vm, &v, kw)
    }));
    add_method(vm, t, "__new__", int_new, MethodKind::Static);
    let m: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("to_bytes", int_to_bytes),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__trunc__", int_index),
        ("__floor__", int_index),
        ("__ceil__", int_index),
        ("__float__", int_float),
        ("__bool__", int_bool),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
        ("__repr__", int_repr_m),
    ];
    for (name, f) in m {
        add_method(vm, t, name, *f, MethodKind::Instance);
    }
    add_method(vm, t, "from_bytes", int_from_bytes, MethodKind::Class);
    add_getset(vm, t, "real", get_real, None);
    add_getset(vm, t, "imag", get_imag, None);
    add_getset(vm, t, "numerator", get_real, None);
    add_getset(vm, t, "denominator", get_one, None);
    crate::types::seqmethods::add_number_dunders(
        vm,
        t,
        &["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"],
    );
    crate::types::seqmethods::add_number_compare(vm, t);
    let b = &vm.types.bool_;
    add_method(vm, b, "__new__", bool_new, MethodKind::Static);
    add_method(vm, b, "__repr__", bool_repr, MethodKind::Instance);
    add_method(vm, b, "__and__", bool_and, MethodKind::Instance);
    add_method(vm, b, "__rand__", bool_and, MethodKind::Instance);
    add_method(vm, b, "__or__", bool_or, MethodKind::Instance);
    add_method(vm, b, "__ror__", bool_or, MethodKind::Instance);
    add_method(vm, b, "__xor__", bool_xor, MethodKind::Instance);
    add_method(vm, b, "__rxor__", bool_xor, MethodKind::Instance);
    let _ = ToPrimitive::to_i64(&BigInt::zero());
}
