//! Methods of `range` and `slice`.

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::int::{as_int, new_bigint, new_int};
use crate::types::range::{new_range, new_slice, RangeData, SliceData};
use crate::vm::{PyResult, Vm};

fn to_int(vm: &Vm, v: &Value) -> PyResult<Value> {
    vm.index(v)
}

fn range_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::small_int(0), to_int(vm, &a[0])?, Value::small_int(1)),
        2 => (to_int(vm, &a[0])?, to_int(vm, &a[1])?, Value::small_int(1)),
        3 => (to_int(vm, &a[0])?, to_int(vm, &a[1])?, to_int(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(&format!("range expected at most 3 arguments, got {n}"))),
    };
    new_range(vm, start, stop, step)
}

fn this(v: &Value) -> &RangeData {
    v.downcast::<RangeData>().expect("range")
}

fn range_bool(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 0)?;
    let len = &this(&args[0]).len;
    Ok(vm.bool_value(as_int(len).is_some_and(|i| i.to_i64() != Some(0))))
}

fn range_count(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "range.count", args, kw)?;
    if as_int(&args[1]).is_some() {
        return Ok(new_int(vm.contains(&args[0], &args[1])? as i64));
    }
    let mut n = 0;
    for v in vm.collect_iter(&args[0])? {
        if vm.eq_bool(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn range_index(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "range.index", args, kw)?;
    let r = this(&args[0]);
    if as_int(&args[1]).is_none() {
        // Not an int: a linear search by equality (`_PySequence_IterSearch`).
        let it = vm.get_iter(&args[0])?;
        let mut i: i64 = 0;
        while let Some(v) = vm.iter_next(&it)? {
            if vm.eq_bool(&v, &args[1])? {
                return Ok(new_int(i));
            }
            i += 1;
        }
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    if vm.contains(&args[0], &args[1])? {
        let d = vm.binary_op(&args[1], &r.start, pyrite_bytecode::opcodes::nb::SUBTRACT)?;
        return vm.binary_op(&d, &r.step, pyrite_bytecode::opcodes::nb::FLOOR_DIVIDE);
    }
    let rp = vm.repr(&args[1])?;
    Err(vm.value_error(&format!("{} is not in range", rp.as_rust_str().unwrap_or(""))))
}

fn range_reversed(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let r = this(&args[0]);
    let (st, sp, ln) = (crate::types::range::big(&r.start), crate::types::range::big(&r.step), crate::types::range::big(&r.len));
    let last = &st + &sp * (&ln - 1);
    let stop = &st - &sp;
    let rr = new_range(
        vm,
        crate::types::int::new_bigint(last),
        crate::types::int::new_bigint(stop),
        crate::types::int::new_bigint(-sp),
    )?;
    vm.get_iter(&rr)
}

/// `range[key]` with arbitrary-size bounds (CPython's `range_subscript`): ints index, slices
/// make a new range.
pub fn range_subscript(vm: &Vm, c: &Value, key: &Value) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::{Signed, Zero};
    let big = crate::types::range::big;
    let r = c.downcast::<RangeData>().ok_or_else(|| vm.type_error("descriptor requires a 'range' object"))?;
    let (rs, rp, ln) = (big(&r.start), big(&r.step), big(&r.len));
    if let Some(sl) = key.downcast::<SliceData>() {
        let idx = |v: &Value| -> PyResult<Option<BigInt>> {
            if vm.is_none(v) {
                return Ok(None);
            }
            let i = vm.index(v).map_err(|e| {
                if e.0.isinstance(&vm.types.exc.type_error) {
                    vm.type_error("slice indices must be integers or None or have an __index__ method")
                } else {
                    e
                }
            })?;
            Ok(Some(big(&i)))
        };
        let step = idx(&sl.step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let neg = step.is_negative();
        let (lower, upper) = if neg { (BigInt::from(-1), &ln - 1) } else { (BigInt::zero(), ln.clone()) };
        let fix = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(mut i) => {
                    if i.is_negative() {
                        i += &ln;
                        if i < lower {
                            i = lower.clone();
                        }
                    } else if i > upper {
                        i = upper.clone();
                    }
                    i
                }
            }
        };
        let start = fix(idx(&sl.start)?, if neg { &upper } else { &lower });
        let stop = fix(idx(&sl.stop)?, if neg { &lower } else { &upper });
        let ns = new_bigint(&rs + &rp * &start);
        let ne = new_bigint(&rs + &rp * &stop);
        let nstep = new_bigint(&rp * &step);
        return new_range(vm, ns, ne, nstep);
    }
    let is_int = as_int(key).is_some();
    if !is_int && key.ty().lookup(&vm.names.__index__).is_none() {
        return Err(vm.type_error(&format!("range indices must be integers or slices, not {}", key.ty().name())));
    }
    let i = if is_int { key.clone() } else { vm.index(key)? };
    let mut i = big(&i);
    if i.is_negative() {
        i += &ln;
    }
    if i.is_negative() || i >= ln {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(new_bigint(rs + rp * i))
}

fn range_getitem_m(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let key = args.get(1).ok_or_else(|| vm.type_error("expected 1 argument, got 0"))?;
    range_subscript(vm, &args[0], key)
}

/// Comparison of two slices as the tuples (start, stop, step) (CPython's
/// `slice_richcompare`); None unless both are slices.
pub fn slice_compare(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.downcast::<SliceData>(), b.downcast::<SliceData>()) else { return Ok(None) };
    if a.is(b) {
        return Ok(Some(matches!(op, 1 | 2 | 5)));
    }
    let t1 = crate::types::tuple::new_tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let t2 = crate::types::tuple::new_tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    let r = vm.rich_compare(&t1, &t2, op)?;
    Ok(Some(vm.is_true(&r)?))
}

fn range_hash_m(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(crate::types::range::range_hash(vm, &args[0])?))
}

fn slice_hash_m(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(crate::types::range::slice_hash(vm, &args[0])?))
}

fn slice_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = &args[1..];
    let n = vm.none();
    Ok(match a.len() {
        1 => new_slice(n.clone(), a[0].clone(), n),
        2 => new_slice(a[0].clone(), a[1].clone(), n),
        3 => new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        k => return Err(vm.type_error(&format!("slice expected at most 3 arguments, got {k}"))),
    })
}

fn slice_indices(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "slice.indices", args, kw)?;
    let s = args[0].downcast::<SliceData>().expect("slice");
    let len = vm.index_isize(&args[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c, _) = s.indices(vm, len as usize)?;
    Ok(crate::types::tuple::new_tuple(vec![new_int(a as i64), new_int(b as i64), new_int(c as i64)]))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.range;
    add_method(vm, t, "__new__", range_new, MethodKind::Static);
    add_method(vm, t, "count", range_count, MethodKind::Instance);
    add_method(vm, t, "__bool__", range_bool, MethodKind::Instance);
    add_method(vm, t, "index", range_index, MethodKind::Instance);
    add_method(vm, t, "__reversed__", range_reversed, MethodKind::Instance);
    add_getset(vm, t, "start", |_, v| Ok(this(v).start.clone()), None);
    add_getset(vm, t, "stop", |_, v| Ok(this(v).stop.clone()), None);
    add_getset(vm, t, "step", |_, v| Ok(this(v).step.clone()), None);
    crate::types::seqmethods::add_sequence_dunders(vm, t);
    add_method(vm, t, "__getitem__", range_getitem_m, MethodKind::Instance);
    let s = &vm.types.slice;
    add_method(vm, s, "__new__", slice_new, MethodKind::Static);
    add_method(vm, s, "indices", slice_indices, MethodKind::Instance);
    // `__hash__` wrappers for when `Vm::native_hash` uses `range_hash`/`slice_hash`.
    let _ = (slice_hash_m, range_hash_m);
    add_getset(vm, s, "start", |_, v| Ok(v.downcast::<SliceData>().expect("slice").start.clone()), None);
    add_getset(vm, s, "stop", |_, v| Ok(v.downcast::<SliceData>().expect("slice").stop.clone()), None);
    add_getset(vm, s, "step", |_, v| Ok(v.downcast::<SliceData>().expect("slice").step.clone()), None);
}
