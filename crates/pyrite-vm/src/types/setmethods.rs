//! Methods of `set` and `frozenset`, with CPython's algorithms for the operators (so results
//! iterate in CPython's order).

use pyrite_bytecode::opcodes::nb;

use crate::object::Value;
use crate::types::descr::{add_method, MethodKind};
use crate::types::set::{new_frozenset_data, new_set, SetData};
use crate::vm::{PyResult, Vm};

/// Adds every element of `it` (= `set_update_internal`).
pub fn update_from(vm: &Vm, s: &SetData, it: &Value) -> PyResult<()> {
    if let Some(o) = it.as_set() {
        return s.merge(vm, o);
    }
    if let Some(d) = it.as_dict() {
        s.reserve_for(d.len());
        for (h, k, _) in d.items_hashed() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    for v in vm.collect_iter(it)? {
        s.add(vm, v)?;
    }
    Ok(())
}

fn make_like(vm: &Vm, like: &Value, data: SetData) -> Value {
    if like.isinstance(&vm.types.frozenset) { new_frozenset_data(data) } else { crate::object::alloc(&vm.types.set, data) }
}

fn copy_data(vm: &Vm, s: &SetData) -> PyResult<SetData> {
    let n = SetData::new();
    n.merge(vm, s)?;
    Ok(n)
}

/// `a OP b` for two sets.
pub fn set_binop(vm: &Vm, a: &Value, b: &Value, op: u8, inplace: bool) -> PyResult<Option<Value>> {
    let (sa, sb) = (a.as_set().expect("set"), b.as_set().expect("set"));
    if inplace && !a.isinstance(&vm.types.frozenset) {
        match op {
            nb::OR => sa.merge(vm, sb)?,
            nb::AND => {
                let r = intersection(vm, sa, sb)?;
                drop(sa.clear());
                sa.merge(vm, &r)?;
            }
            nb::SUBTRACT => {
                for k in sb.keys() {
                    drop(sa.discard(vm, &k)?);
                }
            }
            nb::XOR => symmetric_update(vm, sa, sb)?,
            _ => return Ok(None),
        }
        return Ok(Some(a.clone()));
    }
    let r = match op {
        nb::OR => {
            let n = copy_data(vm, sa)?;
            n.merge(vm, sb)?;
            n
        }
        nb::AND => intersection(vm, sa, sb)?,
        nb::SUBTRACT => difference(vm, sa, sb)?,
        nb::XOR => {
            // As CPython: a copy of the right operand, updated with the left one (this
            // decides the iteration order).
            let n = copy_data(vm, sb)?;
            symmetric_update(vm, &n, sa)?;
            n
        }
        _ => return Ok(None),
    };
    Ok(Some(make_like(vm, a, r)))
}

fn intersection(vm: &Vm, a: &SetData, b: &SetData) -> PyResult<SetData> {
    let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let r = SetData::new();
    for (h, k) in small.entries() {
        if big.contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

fn difference(vm: &Vm, a: &SetData, b: &SetData) -> PyResult<SetData> {
    if (a.len() >> 2) > b.len() {
        let r = copy_data(vm, a)?;
        for k in b.keys() {
            drop(r.discard(vm, &k)?);
        }
        return Ok(r);
    }
    let r = SetData::new();
    for (h, k) in a.entries() {
        if !b.contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

fn symmetric_update(vm: &Vm, a: &SetData, b: &SetData) -> PyResult<()> {
    for (h, k) in b.entries() {
        if a.contains_hashed(vm, &k, h)? {
            drop(a.discard(vm, &k)?);
        } else {
            a.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

fn is_subset(vm: &Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (subset order).
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    let (sa, sb) = (a.as_set().expect("set"), b.as_set().expect("set"));
    Ok(Some(match op {
        0 => sa.len() < sb.len() && is_subset(vm, sa, sb)?,
        1 => is_subset(vm, sa, sb)?,
        2 => sa.len() == sb.len() && is_subset(vm, sa, sb)?,
        3 => !(sa.len() == sb.len() && is_subset(vm, sa, sb)?),
        4 => sb.len() < sa.len() && is_subset(vm, sb, sa)?,
        _ => is_subset(vm, sb, sa)?,
    }))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a SetData> {
    args.first().and_then(|a| a.as_set()).ok_or_else(|| vm.type_error("descriptor requires a 'set' object"))
}

fn to_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_set().is_some() {
        return Ok(v.clone());
    }
    let s = new_set();
    update_from(vm, s.as_set().expect("set"), v)?;
    Ok(s)
}

fn set_add(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "set.add", args, kw)?;
    this(vm, args)?.add(vm, args.get(1).cloned().ok_or_else(|| vm.type_error("set.add() takes exactly one argument (0 given)"))?)?;
    Ok(vm.none())
}
fn set_discard(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "set.discard", args, kw)?;
    drop(this(vm, args)?.discard(vm, &args[1])?);
    Ok(vm.none())
}
fn set_remove(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "set.remove", args, kw)?;
    match this(vm, args)?.discard(vm, &args[1])? {
        Some(_) => Ok(vm.none()),
        None => Err(vm.key_error(args[1].clone())),
    }
}
fn set_pop(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "set.pop", args, kw)?;
    this(vm, args)?.pop().ok_or_else(|| vm.new_error(&vm.types.exc.key_error, "pop from an empty set"))
}
fn set_clear(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "set.clear", args, kw)?;
    drop(this(vm, args)?.clear());
    Ok(vm.none())
}
fn set_copy(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, &format!("{}.copy", args.first().map(|a| a.ty().name()).unwrap_or("set")), args, kw)?;
    let s = this(vm, args)?;
    if args[0].is_exact(&vm.types.frozenset) {
        return Ok(args[0].clone());
    }
    Ok(make_like(vm, &args[0], copy_data(vm, s)?))
}
fn multi(vm: &Vm, args: &[Value], op: u8) -> PyResult<Value> {
    let mut acc = make_like(vm, &args[0], copy_data(vm, this(vm, args)?)?);
    for o in &args[1..] {
        let os = to_set(vm, o)?;
        acc = set_binop(vm, &acc, &os, op, false)?.expect("set op");
    }
    Ok(acc)
}
fn set_union(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{}.union() takes no keyword arguments", args.first().map(|a| a.ty().name()).unwrap_or("set"))));
    }
    multi(vm, args, nb::OR)
}
fn set_intersection(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{}.intersection() takes no keyword arguments", args.first().map(|a| a.ty().name()).unwrap_or("set"))));
    }
    multi(vm, args, nb::AND)
}
fn set_difference(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{}.difference() takes no keyword arguments", args.first().map(|a| a.ty().name()).unwrap_or("set"))));
    }
    multi(vm, args, nb::SUBTRACT)
}
fn set_symmetric_difference(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, &format!("{}.symmetric_difference", args.first().map(|a| a.ty().name()).unwrap_or("set")), args, kw)?;
    // As CPython: a new set from the argument, updated with this one.
    let me = this(vm, args)?;
    let n = SetData::new();
    update_from(vm, &n, &args[1])?;
    symmetric_update(vm, &n, me)?;
    Ok(make_like(vm, &args[0], n))
}
fn multi_update(vm: &Vm, args: &[Value], op: u8) -> PyResult<Value> {
    this(vm, args)?;
    for o in &args[1..] {
        let os = to_set(vm, o)?;
        set_binop(vm, &args[0], &os, op, true)?;
    }
    Ok(vm.none())
}
fn set_update(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("set.update() takes no keyword arguments"));
    }
    let s = this(vm, args)?;
    for o in &args[1..] {
        update_from(vm, s, o)?;
    }
    Ok(vm.none())
}
fn set_intersection_update(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{}.intersection_update() takes no keyword arguments", args.first().map(|a| a.ty().name()).unwrap_or("set"))));
    }
    multi_update(vm, args, nb::AND)
}
fn set_difference_update(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{}.difference_update() takes no keyword arguments", args.first().map(|a| a.ty().name()).unwrap_or("set"))));
    }
    multi_update(vm, args, nb::SUBTRACT)
}
fn set_symmetric_difference_update(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, "set.symmetric_difference_update", args, kw)?;
    multi_update(vm, args, nb::XOR)
}
fn set_issubset(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, &format!("{}.issubset", args.first().map(|a| a.ty().name()).unwrap_or("set")), args, kw)?;
    let o = to_set(vm, &args[1])?;
    Ok(vm.bool_value(is_subset(vm, this(vm, args)?, o.as_set().expect("set"))?))
}
fn set_issuperset(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, &format!("{}.issuperset", args.first().map(|a| a.ty().name()).unwrap_or("set")), args, kw)?;
    let o = to_set(vm, &args[1])?;
    Ok(vm.bool_value(is_subset(vm, o.as_set().expect("set"), this(vm, args)?)?))
}
fn set_isdisjoint(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_o(vm, &format!("{}.isdisjoint", args.first().map(|a| a.ty().name()).unwrap_or("set")), args, kw)?;
    let s = this(vm, args)?;
    for v in vm.collect_iter(&args[1])? {
        if s.contains(vm, &v)? {
            return Ok(vm.bool_value(false));
        }
    }
    Ok(vm.bool_value(true))
}

fn set_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let cls = &args[0];
    let is_frozen = cls.as_type().is_some_and(|t| t.is_subtype(&vm.types.frozenset));
    if is_frozen {
        if kwnames.is_some() {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        if args.len() > 2 {
            return Err(vm.type_error(&format!("frozenset expected at most 1 argument, got {}", args.len() - 1)));
        }
        let d = SetData::new();
        if let Some(it) = args.get(1) {
            if it.is_exact(&vm.types.frozenset) && cls.is(&vm.types.frozenset) {
                return Ok(it.clone());
            }
            update_from(vm, &d, it)?;
        }
        return Ok(crate::types::object::alloc_instance(cls, d));
    }
    Ok(crate::types::object::alloc_instance(cls, SetData::new()))
}

fn set_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if args[0].isinstance(&vm.types.frozenset) {
        return Ok(vm.none());
    }
    if kwnames.is_some() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("set expected at most 1 argument, got {}", args.len() - 1)));
    }
    let s = this(vm, args)?;
    drop(s.clear());
    if let Some(it) = args.get(1) {
        update_from(vm, s, it)?;
    }
    Ok(vm.none())
}

macro_rules! set_inplace {
    ($($name:ident => $op:expr),*) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                if args.len() != 2 {
                    return Err(vm.type_error(&format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
                }
                if args[1].ty().layout != crate::object::Layout::Set || args[0].as_set().is_none() {
                    return Ok(vm.not_implemented());
                }
                Ok(set_binop(vm, &args[0], &args[1], $op, true)?.unwrap_or_else(|| vm.not_implemented()))
            }
        )*
    };
}
set_inplace!(set_ior => nb::OR, set_iand => nb::AND, set_isub => nb::SUBTRACT, set_ixor => nb::XOR);

pub fn init(vm: &Vm) {
    for (t, mutable) in [(&vm.types.set, true), (&vm.types.frozenset, false)] {
        let m: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("copy", set_copy),
            ("union", set_union),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symmetric_difference),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
        ];
        for (name, f) in m {
            add_method(vm, t, name, *f, MethodKind::Instance);
        }
        if mutable {
            let m2: &[(&'static str, crate::types::function::NativeFn)] = &[
                ("__init__", set_init),
                ("add", set_add),
                ("discard", set_discard),
                ("remove", set_remove),
                ("pop", set_pop),
                ("clear", set_clear),
                ("update", set_update),
                ("intersection_update", set_intersection_update),
                ("difference_update", set_difference_update),
                ("symmetric_difference_update", set_symmetric_difference_update),
                ("__ior__", set_ior),
                ("__iand__", set_iand),
                ("__isub__", set_isub),
                ("__ixor__", set_ixor),
            ];
            for (name, f) in m2 {
                add_method(vm, t, name, *f, MethodKind::Instance);
            }
            t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
        }
        add_method(vm, t, "__new__", set_new, MethodKind::Static);
        add_method(vm, t, "__len__", |vm, a, _| Ok(crate::types::int::new_int(this(vm, a)?.len() as i64)), MethodKind::Instance);
        add_method(vm, t, "__contains__", |vm, a, kw| {
            crate::types::seqmethods::meth_o(vm, &format!("{}.__contains__", a.first().map(|x| x.ty().name()).unwrap_or("set")), a, kw)?;
            Ok(vm.bool_value(this(vm, a)?.contains(vm, &a[1])?))
        }, MethodKind::Instance);
        add_method(vm, t, "__iter__", |vm, a, _| crate::types::itermethods::native_iter(vm, &a[0])?.ok_or_else(|| vm.type_error("not iterable")), MethodKind::Instance);
        crate::types::seqmethods::add_number_dunders(vm, t, &["and", "or", "xor", "sub"]);
    }
}
