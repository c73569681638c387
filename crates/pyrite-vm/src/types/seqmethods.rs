//! Methods of `list` and `tuple`, and the dunder wrappers ("slot wrappers") that expose the
//! native protocol of built-in types as `__len__`, `__getitem__`, `__add__` and friends, so
//! that subclasses and explicit calls (`list.__len__(x)`) find them.

use pyrite_bytecode::opcodes::nb;

use crate::object::{Layout, Value};
use crate::protocol::number::native_binop;
use crate::types::descr::{add_method, MethodKind};
use crate::types::int::new_int;
use crate::types::list::{new_list, ListData};
use crate::types::object::split_kwargs;
use crate::types::range::SliceData;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

macro_rules! binop_wrappers {
    ($(($name:ident, $rname:ident, $op:expr)),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                if $op == nb::POWER && args.len() == 3 {
                    return ternary_pow(vm, &args[0], &args[1], &args[2]);
                }
                if args.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                if !numeric_operand_ok(&args[0], &args[1]) {
                    return Ok(vm.not_implemented());
                }
                if let Some(r) = sequence_slot(vm, &args[0], &args[1], $op)? {
                    return Ok(r);
                }
                Ok(native_binop(vm, &args[0], &args[1], $op, false)?.unwrap_or_else(|| vm.not_implemented()))
            }
            fn $rname(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                if $op == nb::POWER && args.len() == 3 {
                    return ternary_pow(vm, &args[1], &args[0], &args[2]);
                }
                if args.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                if !numeric_operand_ok(&args[0], &args[1]) {
                    return Ok(vm.not_implemented());
                }
                if $op == nb::MULTIPLY {
                    if let Some(r) = sequence_slot(vm, &args[0], &args[1], $op)? {
                        return Ok(r);
                    }
                }
                Ok(native_binop(vm, &args[1], &args[0], $op, false)?.unwrap_or_else(|| vm.not_implemented()))
            }
        )*
        /// Adds `__op__`/`__rop__` wrappers for the listed operator names.
        pub fn add_number_dunders(vm: &Vm, ty: &Value, which: &[&str]) {
            $(
                let plain = &stringify!($name)[5..];
                if which.contains(&plain) {
                    add_method(vm, ty, leak(format!("__{}__", plain)), $name, MethodKind::Instance);
                    add_method(vm, ty, leak(format!("__r{}__", plain)), $rname, MethodKind::Instance);
                }
            )*
        }
    };
}

/// Whether a number type's own operator slot accepts `other` (int takes ints, float takes
/// ints and floats, complex takes all three); other types take anything here.
pub fn numeric_operand_ok(me: &Value, other: &Value) -> bool {
    use crate::types::float::{as_float, ComplexData};
    use crate::types::int::as_int;
    let is_num = |v: &Value| as_int(v).is_some() || as_float(v).is_some();
    if as_int(me).is_some() {
        as_int(other).is_some()
    } else if as_float(me).is_some() {
        is_num(other)
    } else if me.downcast::<ComplexData>().is_some() {
        is_num(other) || other.downcast::<ComplexData>().is_some()
    } else {
        true
    }
}

/// `list.__add__`/`__mul__` and friends as the sequence slots (`sq_concat`, `sq_repeat`):
/// concatenation takes only the same kind, repetition any `__index__` object; None for other
/// receivers.
fn sequence_slot(vm: &Vm, me: &Value, other: &Value, op: u8) -> PyResult<Option<Value>> {
    let kind = match me.ty().layout {
        Layout::List => "list",
        Layout::Tuple => "tuple",
        Layout::Str => "str",
        _ => return Ok(None),
    };
    // Concatenation with another kind, and repetition by a non-index, answer NotImplemented
    // here (CPython raises from `sq_concat`/`sq_repeat`), because `Vm::binary_op` calls these
    // wrappers for built-ins and must still try the other operand's reflected method.
    let _ = kind;
    if op == nb::ADD {
        return Ok(None);
    }
    if op == nb::MULTIPLY {
        let n = if crate::types::int::as_int(other).is_some() {
            other.clone()
        } else if other.ty().lookup(&vm.names.__index__).is_some() {
            vm.index(other)?
        } else {
            return Ok(None);
        };
        let count = match crate::types::int::as_int(&n).map(|i| i.to_bigint()) {
            Some(b) => {
                use num_traits::{Signed, ToPrimitive};
                if b.is_negative() {
                    0
                } else {
                    b.to_usize().ok_or_else(|| {
                        vm.overflow_error(&format!("cannot fit '{}' into an index-sized integer", other.ty().name()))
                    })?
                }
            }
            None => 0,
        };
        return repeat(vm, me, count, false).map(Some);
    }
    Ok(None)
}

/// `x.__pow__(y, z)` for ints (others do not support the modulus).
fn ternary_pow(vm: &Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    use crate::types::int::as_int;
    if vm.is_none(m) {
        if !numeric_operand_ok(a, b) {
            return Ok(vm.not_implemented());
        }
        return Ok(native_binop(vm, a, b, nb::POWER, false)?.unwrap_or_else(|| vm.not_implemented()));
    }
    match (as_int(a), as_int(b), as_int(m)) {
        (Some(x), Some(y), Some(z)) => crate::types::int::int_pow_mod(vm, &x, &y, &z),
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! cmp_wrappers {
    ($(($name:ident, $op:expr, $dunder:expr)),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                num_richcompare(vm, args, $op)
            }
        )*
        /// Adds `__eq__`, `__lt__`, ... of a number type (int, float, complex).
        pub fn add_number_compare(vm: &Vm, ty: &Value) {
            $( add_method(vm, ty, $dunder, $name, MethodKind::Instance); )*
        }
    };
}

cmp_wrappers! {
    (num_lt, 0, "__lt__"),
    (num_le, 1, "__le__"),
    (num_eq, 2, "__eq__"),
    (num_ne, 3, "__ne__"),
    (num_gt, 4, "__gt__"),
    (num_ge, 5, "__ge__"),
}

fn num_richcompare(vm: &Vm, args: &[Value], op: u8) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let (a, b) = (&args[0], &args[1]);
    if !numeric_operand_ok(a, b) {
        return Ok(vm.not_implemented());
    }
    let r = if a.ty().layout == Layout::Complex || b.ty().layout == Layout::Complex {
        crate::types::floatmethods::complex_compare(vm, a, b, op)?
    } else {
        vm.native_compare(a, b, op)?
    };
    Ok(match r {
        Some(x) => vm.bool_value(x),
        None => vm.not_implemented(),
    })
}

fn leak(s: String) -> &'static str {
    // Method names live as long as the type; built-in type setup runs once per process.
    Box::leak(s.into_boxed_str())
}

binop_wrappers! {
    (slot_add, rslot_add, nb::ADD),
    (slot_sub, rslot_sub, nb::SUBTRACT),
    (slot_mul, rslot_mul, nb::MULTIPLY),
    (slot_truediv, rslot_truediv, nb::TRUE_DIVIDE),
    (slot_floordiv, rslot_floordiv, nb::FLOOR_DIVIDE),
    (slot_mod, rslot_mod, nb::REMAINDER),
    (slot_pow, rslot_pow, nb::POWER),
    (slot_lshift, rslot_lshift, nb::LSHIFT),
    (slot_rshift, rslot_rshift, nb::RSHIFT),
    (slot_and, rslot_and, nb::AND),
    (slot_or, rslot_or, nb::OR),
    (slot_xor, rslot_xor, nb::XOR),
}

/// Argument count check of a slot wrapper (`expected N arguments, got M`), self excluded.
pub fn wrapper_args(vm: &Vm, args: &[Value], kwnames: Option<&Value>, n: usize) -> PyResult<()> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("wrapper takes no keyword arguments"));
    }
    let got = args.len().saturating_sub(1);
    if args.is_empty() || got != n {
        return Err(vm.type_error(&format!("expected {n} argument{}, got {got}", if n == 1 { "" } else { "s" })));
    }
    Ok(())
}

/// Argument check of a METH_O method: `T.name() takes exactly one argument (N given)`.
pub fn meth_o(vm: &Vm, qual: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// Argument check of a METH_NOARGS method: `T.name() takes no arguments (N given)`.
pub fn meth_noargs(vm: &Vm, qual: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(&format!("{qual}() takes no arguments ({} given)", args.len().saturating_sub(1))));
    }
    Ok(())
}

/// The type name in Argument Clinic's "argument must be X, not T" errors: `None` for None.
pub fn bad_arg_type(vm: &Vm, v: &Value) -> String {
    if vm.is_none(v) { "None".to_string() } else { v.ty().name().to_string() }
}

/// How a native method takes its arguments (CPython's calling convention for it), for
/// [`check_args`]. Names are qualified (`"str.upper"`) or short (`"count"`) as CPython words the
/// errors.
#[derive(Clone, Copy)]
pub enum ArgSpec {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs(&'static str),
    /// METH_O: `str.join() takes exactly one argument (0 given)`.
    One(&'static str),
    /// METH_VARARGS parsed by `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
    Varargs(&'static str, usize, usize),
    /// Argument Clinic positional-only: `center expected at most 2 arguments, got 3`
    /// (qualified name, short name, min, max).
    Positional(&'static str, &'static str, usize, usize),
}

/// Checks the argument count (self included in `args`) and the absence of keywords for a
/// method taking positional arguments only.
#[inline]
pub fn check_args(vm: &Vm, spec: ArgSpec, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    match spec {
        ArgSpec::NoArgs(q) => {
            if args.len() != 1 || kwnames.is_some() {
                meth_noargs(vm, q, args, kwnames)?;
            }
        }
        ArgSpec::One(q) => {
            if args.len() != 2 || kwnames.is_some() {
                meth_o(vm, q, args, kwnames)?;
            }
        }
        ArgSpec::Varargs(name, min, max) => {
            let nkw = kwnames.and_then(|k| k.as_tuple()).map(|t| t.len()).unwrap_or(0);
            if nkw > 0 {
                return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
            }
            let n = args.len().saturating_sub(1);
            if n < min || n > max {
                let (how, k) = if min == max {
                    ("exactly", min)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                return Err(vm.type_error(&format!(
                    "{name}() takes {how} {k} argument{} ({n} given)",
                    if k == 1 { "" } else { "s" }
                )));
            }
        }
        ArgSpec::Positional(q, short, min, max) => {
            let n = args.len().saturating_sub(1);
            if n < min || n > max || kwnames.is_some() {
                meth_range(vm, q, short, args, kwnames, min, max)?;
            }
        }
    }
    Ok(())
}

/// Defines methods `$wrap` that check their arguments by an [`ArgSpec`] and call `$f`.
#[macro_export]
macro_rules! checked_methods {
    ($($wrap:ident => $f:ident, $spec:expr;)*) => {
        $(
            fn $wrap(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
                $crate::types::seqmethods::check_args(vm, $spec, args, kw)?;
                $f(vm, args, kw)
            }
        )*
    };
}

/// Positional-only argument count check with Argument Clinic's wording
/// (`name expected at most 2 arguments, got 3`), self excluded.
pub fn meth_range(vm: &Vm, qual: &str, short: &str, args: &[Value], kwnames: Option<&Value>, min: usize, max: usize) -> PyResult<()> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{qual}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    let pl = |k: usize| if k == 1 { "" } else { "s" };
    if args.is_empty() || n < min || n > max {
        return Err(vm.type_error(&if min == max {
            format!("{short} expected {min} argument{}, got {n}", pl(min))
        } else if n < min {
            format!("{short} expected at least {min} argument{}, got {n}", pl(min))
        } else {
            format!("{short} expected at most {max} argument{}, got {n}", pl(max))
        }));
    }
    Ok(())
}

fn slot_len(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    wrapper_args(vm, args, kw, 0)?;
    match crate::protocol::seq::native_len(vm, &args[0]) {
        Some(r) => Ok(new_int(r? as i64)),
        None => Err(vm.type_error("object has no len()")),
    }
}

fn slot_getitem(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    match args.first().map(|a| a.ty().layout) {
        Some(Layout::List) => meth_o(vm, "list.__getitem__", args, kw)?,
        Some(Layout::Dict) => meth_o(vm, "dict.__getitem__", args, kw)?,
        _ => wrapper_args(vm, args, kw, 1)?,
    }
    let key = &args[1];
    match crate::protocol::seq::native_getitem(vm, &args[0], key)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("object is not subscriptable")),
    }
}

fn slot_setitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(&format!(" expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    crate::protocol::seq::native_setitem(vm, &args[0], args[1].clone(), Some(args[2].clone()))?;
    Ok(vm.none())
}

fn slot_delitem(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    wrapper_args(vm, args, kw, 1)?;
    crate::protocol::seq::native_setitem(vm, &args[0], args[1].clone(), None)?;
    Ok(vm.none())
}

fn slot_contains(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    wrapper_args(vm, args, kw, 1)?;
    match crate::protocol::seq::native_contains(vm, &args[0], &args[1])? {
        Some(b) => Ok(vm.bool_value(b)),
        None => Ok(vm.bool_value(false)),
    }
}

fn slot_iter(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    wrapper_args(vm, args, kw, 0)?;
    crate::types::itermethods::native_iter(vm, &args[0])?.ok_or_else(|| vm.type_error("object is not iterable"))
}

/// Adds the container dunders.
pub fn add_sequence_dunders(vm: &Vm, ty: &Value) {
    add_method(vm, ty, "__len__", slot_len, MethodKind::Instance);
    add_method(vm, ty, "__getitem__", slot_getitem, MethodKind::Instance);
    add_method(vm, ty, "__contains__", slot_contains, MethodKind::Instance);
    add_method(vm, ty, "__iter__", slot_iter, MethodKind::Instance);
    let layout = ty.as_type().map(|t| t.layout);
    if !matches!(layout, Some(Layout::Dict | Layout::Range)) {
        // `sq_concat` gives `__add__` only; `sq_repeat` gives `__mul__` and `__rmul__`.
        add_method(vm, ty, "__add__", slot_add, MethodKind::Instance);
        add_method(vm, ty, "__mul__", slot_mul, MethodKind::Instance);
        add_method(vm, ty, "__rmul__", rslot_mul, MethodKind::Instance);
    }
}

/// Adds `__setitem__`/`__delitem__`.
pub fn add_mutable_dunders(vm: &Vm, ty: &Value) {
    add_method(vm, ty, "__setitem__", slot_setitem, MethodKind::Instance);
    add_method(vm, ty, "__delitem__", slot_delitem, MethodKind::Instance);
}

/// `seq * n`.
pub fn repeat(vm: &Vm, seq: &Value, n: usize, inplace: bool) -> PyResult<Value> {
    let len = vm.len(seq)?;
    if len.checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    Ok(match seq.ty().layout {
        Layout::Str => {
            let s = seq.as_str_data().expect("str");
            let mut probe: Vec<u8> = Vec::new();
            if probe.try_reserve_exact(s.as_str().len() * n).is_err() {
                return Err(vm.memory_error());
            }
            drop(probe);
            let parts: Vec<&crate::types::str::StrData> = std::iter::repeat_n(s, n).collect();
            crate::types::str::str_from_data(crate::types::str::StrData::concat(&parts))
        }
        Layout::List => {
            let items = seq.as_list().expect("list").to_vec();
            let mut out = Vec::new();
            if out.try_reserve_exact(items.len() * n).is_err() {
                return Err(vm.memory_error());
            }
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            if inplace {
                let old = seq.as_list().expect("list").replace_all(out);
                drop(old);
                seq.clone()
            } else {
                new_list(out)
            }
        }
        Layout::Tuple => {
            let items = seq.as_tuple().expect("tuple");
            if n == 1 && seq.is_exact(&vm.types.tuple) {
                return Ok(seq.clone());
            }
            let mut out = Vec::new();
            if out.try_reserve_exact(items.len() * n).is_err() {
                return Err(vm.memory_error());
            }
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            new_tuple(out)
        }
        Layout::Bytes | Layout::ByteArray => {
            let b = seq.as_bytes_vec().expect("bytes");
            let mut probe: Vec<u8> = Vec::new();
            if probe.try_reserve_exact(b.len() * n).is_err() {
                return Err(vm.memory_error());
            }
            drop(probe);
            let out = b.repeat(n);
            if inplace && seq.ty().layout == Layout::ByteArray {
                if let Some(d) = seq.downcast::<crate::types::bytes::ByteArrayData>() {
                    d.mutate(vm, |v| *v = out)?;
                    return Ok(seq.clone());
                }
            }
            if seq.ty().layout == Layout::Bytes { crate::types::bytes::new_bytes(out) } else { crate::types::bytes::new_bytearray(out) }
        }
        _ => return Err(vm.type_error("can't multiply sequence")),
    })
}

/// `list[slice] = value` / `del list[slice]`. Indices are clamped again to the list's length
/// after any Python code (`__index__`, the value's iterator) has run, so a list mutated meanwhile
/// is never indexed out of bounds.
pub fn list_set_slice(vm: &Vm, list: &Value, s: &SliceData, value: Option<Value>) -> PyResult<()> {
    let l = list.as_list().expect("list");
    // Unpack first (`__index__` may change the list), then clamp to the current length.
    let (ustart, ustop, ustep) = s.unpack(vm)?;
    let len = l.len();
    let (start, stop, n) = crate::types::range::adjust_indices(len, ustart, ustop, ustep);
    let step = ustep as isize;
    match value {
        None => {
            let removed = l.with_mut(|v| {
                let cur = v.len();
                if step == 1 {
                    let a = (start.max(0) as usize).min(cur);
                    let b = (a + n).min(cur);
                    v.drain(a..b).collect::<Vec<_>>()
                } else {
                    let mut idx: Vec<usize> = (0..n)
                        .map(|k| start + k as isize * step)
                        .filter(|&i| i >= 0 && (i as usize) < cur)
                        .map(|i| i as usize)
                        .collect();
                    idx.sort_unstable();
                    idx.dedup();
                    let mut out = Vec::new();
                    for i in idx.into_iter().rev() {
                        out.push(v.remove(i));
                    }
                    out
                }
            });
            drop(removed);
        }
        Some(v) => {
            let items = if v.is(list) {
                l.to_vec()
            } else {
                let msg = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                vm.collect_iter(&v).map_err(|e| if e.0.isinstance(&vm.types.exc.type_error) { vm.type_error(msg) } else { e })?
            };
            if step == 1 {
                let removed: Vec<Value> = l.with_mut(|vv| {
                    let cur = vv.len();
                    let a = (start.max(0) as usize).min(cur);
                    let b = if stop > start { (stop as usize).min(cur).max(a) } else { a };
                    vv.splice(a..b, items).collect()
                });
                drop(removed);
            } else {
                if items.len() != n {
                    return Err(vm.value_error(&format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        items.len(),
                        n
                    )));
                }
                let old: Vec<Value> = l.with_mut(|vv| {
                    let cur = vv.len();
                    let mut old = Vec::new();
                    for (k, it) in items.into_iter().enumerate() {
                        let i = start + k as isize * step;
                        if i >= 0 && (i as usize) < cur {
                            old.push(std::mem::replace(&mut vv[i as usize], it));
                        }
                    }
                    old
                });
                drop(old);
            }
        }
    }
    Ok(())
}

fn this_list<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a ListData> {
    args.first().and_then(|a| a.as_list()).ok_or_else(|| vm.type_error("descriptor requires a 'list' object"))
}

fn list_append(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    meth_o(vm, "list.append", args, kw)?;
    this_list(vm, args)?.push(args[1].clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    meth_o(vm, "list.extend", args, kw)?;
    let other = args.get(1).ok_or_else(|| vm.type_error("list.extend() takes exactly one argument (0 given)"))?;
    let items = vm.collect_iter(other)?;
    this_list(vm, args)?.with_mut(|v| v.extend(items));
    Ok(vm.none())
}

fn list_pop(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let l = this_list(vm, args)?;
    meth_range(vm, "list.pop", "pop", args, kw, 0, 1)?;
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let idx = match args.get(1) {
        Some(i) => {
            let i = vm.index_isize(i)?;
            let len = l.len() as isize;
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(vm.index_error("pop index out of range"));
            }
            j as usize
        }
        None => l.len() - 1,
    };
    Ok(l.with_mut(|v| v.remove(idx)))
}

fn list_insert(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let l = this_list(vm, args)?;
    meth_range(vm, "list.insert", "insert", args, kw, 2, 2)?;
    if args.len() != 3 {
        return Err(vm.type_error(&format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let i = vm.index_isize(&args[1])?;
    let len = l.len() as isize;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    l.with_mut(|v| v.insert(j, args[2].clone()));
    Ok(vm.none())
}

fn find_in(vm: &Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, it) in items.iter().enumerate() {
        if it.is(x) || vm.eq_bool(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let l = this_list(vm, args)?;
    let x = args.get(1).ok_or_else(|| vm.type_error("list.remove() takes exactly one argument (0 given)"))?;
    let items = l.to_vec();
    match find_in(vm, &items, x)? {
        Some(i) => {
            let old = l.with_mut(|v| if i < v.len() { Some(v.remove(i)) } else { None });
            drop(old);
            Ok(vm.none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v.as_tuple() {
        Some(t) => t.to_vec(),
        None => v.as_list().map(|l| l.to_vec()).unwrap_or_default(),
    }
}

fn seq_index(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let items = seq_items(&args[0]);
    let x = args.get(1).ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
    if args.len() > 4 {
        return Err(vm.type_error(&format!("index expected at most 3 arguments, got {}", args.len() - 1)));
    }
    let len = items.len() as isize;
    let norm = |v: Option<&Value>, d: isize| -> PyResult<usize> {
        match v {
            Some(v) => {
                let has_index = crate::types::int::as_int(v).is_some() || v.ty().lookup(&vm.names.__index__).is_some();
                if !has_index {
                    return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
                }
                let iv = vm.index(v)?;
                let i = match crate::types::int::as_int(&iv) {
                    Some(r) => {
                        use num_traits::{Signed, ToPrimitive};
                        let b = r.to_bigint();
                        b.to_isize().unwrap_or(if b.is_negative() { isize::MIN / 2 } else { isize::MAX / 2 })
                    }
                    None => 0,
                };
                Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
            }
            None => Ok(d as usize),
        }
    };
    let start = norm(args.get(2), 0)?;
    let stop = norm(args.get(3), len)?;
    for i in start..stop.min(items.len()) {
        if items[i].is(x) || vm.eq_bool(&items[i], x)? {
            return Ok(new_int(i as i64));
        }
    }
    if args[0].as_list().is_some() {
        let r = vm.repr(x)?;
        return Err(vm.value_error(&format!("{} is not in list", r.as_rust_str().unwrap_or(""))));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn seq_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let Some(first) = args.first() else { return Err(vm.type_error("count() needs an argument")) };
    let items = seq_items(first);
    if args.len() != 2 {
        let tn = if args[0].as_list().is_some() { "list" } else { "tuple" };
        return Err(vm.type_error(&format!("{tn}.count() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let x = &args[1];
    let mut n = 0;
    for it in &items {
        if it.is(x) || vm.eq_bool(it, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn list_clear(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    meth_noargs(vm, "list.clear", args, kw)?;
    let old = this_list(vm, args)?.replace_all(Vec::new());
    drop(old);
    Ok(vm.none())
}

fn list_copy(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    meth_noargs(vm, "list.copy", args, kw)?;
    Ok(new_list(this_list(vm, args)?.to_vec()))
}

fn list_reverse(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    meth_noargs(vm, "list.reverse", args, kw)?;
    this_list(vm, args)?.with_mut(|v| v.reverse());
    Ok(vm.none())
}

/// Stable sort of `items` with an optional key function (merge sort that keeps runs, like
/// CPython's timsort in outcome: stable and `<`-only comparisons).
/// The run-finding and binary-insertion phases of CPython's timsort (same comparison
/// sequence for lists shorter than 64, the ones whose comparisons programs usually observe),
/// with a plain stable merge of the runs.
fn timsort(v: &mut Vec<usize>, lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = {
        let (mut m, mut r) = (n, 0);
        while m >= 64 {
            r |= m & 1;
            m >>= 1;
        }
        m + r
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        // count_run
        let mut run = 1;
        if lo + 1 < n {
            run = 2;
            if lt(v[lo + 1], v[lo])? {
                let mut i = lo + 2;
                while i < n && lt(v[i], v[i - 1])? {
                    i += 1;
                    run += 1;
                }
                v[lo..lo + run].reverse();
            } else {
                let mut i = lo + 2;
                while i < n && !lt(v[i], v[i - 1])? {
                    i += 1;
                    run += 1;
                }
            }
        }
        if run < minrun {
            let force = (n - lo).min(minrun);
            // binarysort(lo, lo + force, lo + run)
            let mut start = lo + run;
            if start == lo {
                start += 1;
            }
            while start < lo + force {
                let pivot = v[start];
                let (mut l, mut r) = (lo, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    if lt(pivot, v[p])? {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                v.copy_within(l..start, l + 1);
                v[l] = pivot;
                start += 1;
            }
            run = force;
        }
        runs.push((lo, lo + run));
        lo += run;
    }
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        let mut i = 0;
        while i < runs.len() {
            if i + 1 < runs.len() {
                let (a, m) = runs[i];
                let (_, b) = runs[i + 1];
                let left: Vec<usize> = v[a..m].to_vec();
                let (mut x, mut y, mut k) = (0, m, a);
                while x < left.len() && y < b {
                    if lt(v[y], left[x])? {
                        v[k] = v[y];
                        y += 1;
                    } else {
                        v[k] = left[x];
                        x += 1;
                    }
                    k += 1;
                }
                while x < left.len() {
                    v[k] = left[x];
                    x += 1;
                    k += 1;
                }
                next.push((a, b));
                i += 2;
            } else {
                next.push(runs[i]);
                i += 1;
            }
        }
        runs = next;
    }
    Ok(())
}

pub fn sort_values(vm: &Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = match key {
        Some(k) if !vm.is_none(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call(k, &[it.clone()])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // As CPython: reverse, sort stably, reverse back, so equal items keep their order.
    if reverse {
        idx.reverse();
    }
    let lt = |a: &Value, b: &Value| -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x < y);
        }
        if let (Some(x), Some(y)) = (a.as_str_data(), b.as_str_data()) {
            if a.is_exact(&vm.types.str) && b.is_exact(&vm.types.str) {
                return Ok(x.code_points().lt(y.code_points()));
            }
        }
        let r = vm.rich_compare(a, b, 0)?;
        vm.is_true(&r)
    };
    timsort(&mut idx, &mut |a, b| lt(&keys[a], &keys[b]))?;
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

fn list_sort(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this_list(vm, pos)?;
    if kws.len() > 2 {
        return Err(vm.type_error(&format!("sort() takes at most 2 keyword arguments ({} given)", kws.len())));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => reverse = vm.is_true(v)?,
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for sort()"))),
            None => {}
        }
    }
    // CPython empties the list while sorting, so mutation during the sort is detected.
    let items = l.replace_all(Vec::new());
    let r = sort_values(vm, items.clone(), key.as_ref(), reverse);
    let modified = !l.is_empty();
    match r {
        Ok(sorted) => {
            let old = l.replace_all(sorted);
            drop(old);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(vm.none())
        }
        Err(e) => {
            let old = l.replace_all(items);
            drop(old);
            Err(e)
        }
    }
}

fn list_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let l = this_list(vm, args)?;
    let items = match args.get(1) {
        Some(it) => vm.collect_iter(it)?,
        None => Vec::new(),
    };
    drop(l.replace_all(items));
    Ok(vm.none())
}

fn list_new(vm: &Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let Some(cls) = args.first() else { return Err(vm.type_error("list.__new__(): not enough arguments")) };
    if cls.as_type().is_none_or(|t| t.layout != Layout::List) {
        return Err(vm.type_error(&format!("list.__new__(X): X is not a type object ({})", cls.ty().name())));
    }
    Ok(crate::types::object::alloc_instance(cls, ListData::new(Vec::new())))
}

fn list_iadd(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    wrapper_args(vm, args, kw, 1)?;
    let items = vm.collect_iter(&args[1])?;
    this_list(vm, args)?.with_mut(|v| v.extend(items));
    Ok(args[0].clone())
}

fn list_imul(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    wrapper_args(vm, args, kw, 1)?;
    let n = vm.index_isize(&args[1])?.max(0) as usize;
    repeat(vm, &args[0], n, true)
}

fn list_reversed(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    this_list(vm, args)?;
    meth_noargs(vm, "list.__reversed__", args, kw)?;
    Ok(crate::types::iter::new_list_reverse_iter(&vm.types.list_reverseiterator, args[0].clone()))
}

pub fn init_list(vm: &Vm) {
    let t = &vm.types.list;
    let m: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("clear", list_clear),
        ("copy", list_copy),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("__init__", list_init),
        ("__iadd__", list_iadd),
        ("__imul__", list_imul),
        ("__reversed__", list_reversed),
    ];
    for (name, f) in m {
        add_method(vm, t, name, *f, MethodKind::Instance);
    }
    add_method(vm, t, "__new__", list_new, MethodKind::Static);
    add_sequence_dunders(vm, t);
    add_mutable_dunders(vm, t);
    t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
}

fn tuple_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("tuple expected at most 1 argument, got {}", args.len() - 1)));
    }
    let cls = &args[0];
    let items = match args.get(1) {
        Some(it) => {
            if it.is_exact(&vm.types.tuple) && cls.is(&vm.types.tuple) {
                return Ok(it.clone());
            }
            vm.collect_iter(it)?
        }
        None => Vec::new(),
    };
    if cls.is(&vm.types.tuple) {
        return Ok(new_tuple(items));
    }
    Ok(crate::types::object::alloc_instance(cls, crate::types::tuple::TupleData::new(items)))
}

fn tuple_getnewargs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(new_tuple(vec![new_tuple(seq_items(&args[0]))]))
}

pub fn init_tuple(vm: &Vm) {
    let t = &vm.types.tuple;
    add_method(vm, t, "index", seq_index, MethodKind::Instance);
    add_method(vm, t, "count", seq_count, MethodKind::Instance);
    add_method(vm, t, "__getnewargs__", tuple_getnewargs, MethodKind::Instance);
    add_method(vm, t, "__new__", tuple_new, MethodKind::Static);
    add_sequence_dunders(vm, t);
}
