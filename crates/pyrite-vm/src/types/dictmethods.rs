//! Methods of `dict`.

use crate::object::Value;
use crate::types::descr::{add_method, MethodKind};
use crate::types::dict::{new_dict, DictData};
use crate::types::iter::{new_iter, IterKind};
use crate::types::object::split_kwargs;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a DictData> {
    args.first().and_then(|a| a.as_dict()).ok_or_else(|| vm.type_error("descriptor requires a 'dict' object"))
}

/// `dict.update(other, **kw)` semantics shared by `__init__` and `update`.
pub fn update_with(vm: &Vm, d: &Value, other: Option<&Value>, kws: &[(&Value, &Value)]) -> PyResult<()> {
    let dd = d.as_dict().expect("dict");
    if let Some(o) = other {
        if o.as_dict().is_some() || vm.get_attr_opt(o, &vm.names.keys)?.is_some() {
            crate::eval::ops_public::dict_update(vm, d, o, None)?;
        } else {
            let it = vm.get_iter(o).map_err(|_| {
                vm.type_error(&format!("'{}' object is not iterable", o.ty().name()))
            })?;
            let mut i = 0;
            while let Some(item) = vm.iter_next(&it)? {
                let pair = vm.collect_iter(&item).map_err(|_| {
                    vm.type_error(&format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(&format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (p.next().expect("k"), p.next().expect("v"));
                dd.set_item(vm, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in kws {
        dd.set_item(vm, (*k).clone(), (*v).clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("dict expected at most 1 argument, got {}", pos.len() - 1)));
    }
    update_with(vm, &pos[0], pos.get(1), &kws)?;
    Ok(vm.none())
}

fn dict_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::object::alloc_instance(&args[0], DictData::new()))
}

fn dict_update(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    this(vm, pos)?;
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    update_with(vm, &pos[0], pos.get(1), &kws)?;
    Ok(vm.none())
}

fn dict_get(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    crate::types::seqmethods::meth_range(vm, "dict.get", "get", args, kw, 1, 2)?;
    let k = args.get(1).ok_or_else(|| vm.type_error("get expected at least 1 argument, got 0"))?;
    Ok(d.get_item(vm, k)?.or_else(|| args.get(2).cloned()).unwrap_or_else(|| vm.none()))
}

fn dict_setdefault(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    crate::types::seqmethods::meth_range(vm, "dict.setdefault", "setdefault", args, kw, 1, 2)?;
    let k = args.get(1).ok_or_else(|| vm.type_error("setdefault expected at least 1 argument, got 0"))?;
    if let Some(v) = d.get_item(vm, k)? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    d.set_item(vm, k.clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    crate::types::seqmethods::meth_range(vm, "dict.pop", "pop", args, kw, 1, 2)?;
    let k = args.get(1).ok_or_else(|| vm.type_error("pop expected at least 1 argument, got 0"))?;
    match d.remove(vm, k)? {
        Some(v) => Ok(v),
        None => args.get(2).cloned().ok_or_else(|| vm.key_error(k.clone())),
    }
}

fn dict_popitem(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.popitem", args, kw)?;
    let d = this(vm, args)?;
    match d.last_slot().and_then(|i| d.remove_at(i)) {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(vm.new_error(&vm.types.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_keys(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.keys", args, kw)?;
    this(vm, args)?;
    Ok(new_iter(&vm.types.dict_keys, IterKind::View(args[0].clone())))
}
fn dict_values(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.values", args, kw)?;
    this(vm, args)?;
    Ok(new_iter(&vm.types.dict_values, IterKind::View(args[0].clone())))
}
fn dict_items(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.items", args, kw)?;
    this(vm, args)?;
    Ok(new_iter(&vm.types.dict_items, IterKind::View(args[0].clone())))
}

fn dict_clear(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.clear", args, kw)?;
    let old = this(vm, args)?.clear();
    drop(old);
    Ok(vm.none())
}

fn dict_copy(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.copy", args, kw)?;
    let d = this(vm, args)?;
    let n = new_dict();
    let nd = n.as_dict().expect("dict");
    for (h, k, v) in d.items_hashed() {
        nd.insert_new_hashed(h, k, v);
    }
    Ok(n)
}

fn dict_fromkeys(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_range(vm, "dict.fromkeys", "fromkeys", args, kw, 1, 2)?;
    let cls = &args[0];
    let it = args.get(1).ok_or_else(|| vm.type_error("fromkeys expected at least 1 argument, got 0"))?;
    let v = args.get(2).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call(cls, &[])?;
    for k in vm.collect_iter(it)? {
        vm.set_item(&d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_reversed(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "dict.__reversed__", args, kw)?;
    Ok(new_iter(&vm.types.dict_reversekeyiterator, IterKind::DictReverseKeys(args[0].clone())))
}

fn dict_or(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    if args[1].as_dict().is_none() {
        return Ok(vm.not_implemented());
    }
    let n = dict_copy(vm, &args[..1], None)?;
    crate::eval::ops_public::dict_update(vm, &n, &args[1], None)?;
    Ok(n)
}

fn dict_ror(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    if args[1].as_dict().is_none() {
        return Ok(vm.not_implemented());
    }
    let n = dict_copy(vm, &args[1..2], None)?;
    crate::eval::ops_public::dict_update(vm, &n, &args[0], None)?;
    Ok(n)
}

fn dict_ior(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    update_with(vm, &args[0], Some(&args[1]), &[])?;
    Ok(args[0].clone())
}

pub fn init(vm: &Vm) {
    let t = &vm.types.dict;
    let m: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("__init__", dict_init),
        ("update", dict_update),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__reversed__", dict_reversed),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
    ];
    for (name, f) in m {
        add_method(vm, t, name, *f, MethodKind::Instance);
    }
    add_method(vm, t, "fromkeys", dict_fromkeys, MethodKind::Class);
    add_method(vm, t, "__new__", dict_new, MethodKind::Static);
    crate::types::seqmethods::add_sequence_dunders(vm, t);
    crate::types::seqmethods::add_mutable_dunders(vm, t);
    t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
}
