//! Methods of `range` and `slice`.

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::int::{as_int, new_int};
use crate::types::range::{new_range, new_slice, RangeData, SliceData};
use crate::vm::{PyResult, Vm};

fn to_int(vm: &Vm, v: &Value) -> PyResult<Value> {
    vm.index(v).map_err(|_| vm.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name())))
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

fn range_count(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
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

fn range_index(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let r = this(&args[0]);
    if as_int(&args[1]).is_some() && vm.contains(&args[0], &args[1])? {
        let d = vm.binary_op(&args[1], &r.start, pyrite_bytecode::opcodes::nb::SUBTRACT)?;
        return vm.binary_op(&d, &r.step, pyrite_bytecode::opcodes::nb::FLOOR_DIVIDE);
    }
    Err(vm.value_error(&format!("{} is not in range", vm.repr_string(&args[1]))))
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

fn slice_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
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

fn slice_indices(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
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
    add_method(vm, t, "index", range_index, MethodKind::Instance);
    add_method(vm, t, "__reversed__", range_reversed, MethodKind::Instance);
    add_getset(vm, t, "start", |_, v| Ok(this(v).start.clone()), None);
    add_getset(vm, t, "stop", |_, v| Ok(this(v).stop.clone()), None);
    add_getset(vm, t, "step", |_, v| Ok(this(v).step.clone()), None);
    crate::types::seqmethods::add_sequence_dunders(vm, t);
    let s = &vm.types.slice;
    add_method(vm, s, "__new__", slice_new, MethodKind::Static);
    add_method(vm, s, "indices", slice_indices, MethodKind::Instance);
    add_getset(vm, s, "start", |_, v| Ok(v.downcast::<SliceData>().expect("slice").start.clone()), None);
    add_getset(vm, s, "stop", |_, v| Ok(v.downcast::<SliceData>().expect("slice").stop.clone()), None);
    add_getset(vm, s, "step", |_, v| Ok(v.downcast::<SliceData>().expect("slice").step.clone()), None);
}
