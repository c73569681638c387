//! `types.GenericAlias` attributes (`list[int].__origin__`) and `types.UnionType`
//! (`int | str`). Both use the iterator layout's `Alias(origin, args)` payload; a union's
//! origin is the `UnionType` class itself.

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::iter::{new_iter, IterData, IterKind};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

pub fn alias_parts(v: &Value) -> Option<(Value, Value)> {
    match &v.downcast::<IterData>()?.kind {
        IterKind::Alias(o, a) => Some((o.clone(), a.clone())),
        _ => None,
    }
}

fn args_tuple(a: &Value) -> Value {
    if a.as_tuple().is_some() { a.clone() } else { new_tuple(vec![a.clone()]) }
}

/// The member types of a union, if `v` is one.
pub fn union_args(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if !v.is_exact(&vm.types.union_type) {
        return None;
    }
    alias_parts(v).map(|(_, a)| a.as_tuple().map(|t| t.to_vec()).unwrap_or_default())
}

fn unionable(vm: &Vm, v: &Value) -> bool {
    vm.is_none(v)
        || v.as_type().is_some()
        || v.is_exact(&vm.types.generic_alias)
        || v.is_exact(&vm.types.union_type)
        || is_type_alias(v)
}

/// An instance of `typing.TypeAliasType` (a `type X = ...` statement's value), which
/// `_Py_union_type_or` accepts as well.
fn is_type_alias(v: &Value) -> bool {
    let t = v.ty();
    t.name() == "TypeAliasType" && t.dict().get_str_raw_name("__module__").as_deref() == Some("typing")
}

/// `typing.TypeAliasType.__or__`: `_Py_union_type_or` for operands that are not types.
/// Stored as a plain function, so it is not bound when looked up on an instance.
fn union_or(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    make_union(vm, &args[0], &args[1])
}

/// `a | b` for types (= `_Py_union_type_or`).
fn make_union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(vm, a) || !unionable(vm, b) {
        return Ok(vm.not_implemented());
    }
    let mut items: Vec<Value> = Vec::new();
    for x in [a, b] {
        let parts = union_args(vm, x).unwrap_or_else(|| vec![x.clone()]);
        for p in parts {
            let p = if vm.is_none(&p) { vm.types.none_type.clone() } else { p };
            if !items.iter().any(|i| i.is(&p)) {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().expect("one"));
    }
    Ok(new_iter(&vm.types.union_type, IterKind::Alias(vm.types.union_type.clone(), new_tuple(items))))
}

fn type_or(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    make_union(vm, &args[0], &args[1])
}

fn type_ror(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    make_union(vm, &args[1], &args[0])
}

/// `repr(int | str)`.
pub fn union_repr(vm: &Vm, v: &Value) -> String {
    let parts: Vec<String> = union_args(vm, v)
        .unwrap_or_default()
        .iter()
        .map(|t| {
            if t.is(&vm.types.none_type) {
                "None".to_string()
            } else if t.as_type().is_some() {
                crate::protocol::repr::type_qualified_name(vm, t)
            } else {
                vm.repr_string(t)
            }
        })
        .collect();
    parts.join(" | ")
}

fn alias_call(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (origin, _) = alias_parts(&args[0]).ok_or_else(|| vm.type_error("not an alias"))?;
    let r = vm.call_kw(&origin, &args[1..], kwnames)?;
    Ok(r)
}

fn alias_mro_entries(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (origin, _) = alias_parts(&args[0]).ok_or_else(|| vm.type_error("not an alias"))?;
    Ok(new_tuple(vec![origin]))
}

/// `a == b` for two aliases: unions compare as sets of members, generic aliases by origin
/// and arguments. None when either is not an alias of the same kind.
pub fn alias_equal(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some((o1, a1)), Some((o2, a2))) = (alias_parts(a), alias_parts(b)) else { return Ok(None) };
    if !a.type_value().is(&b.type_value()) {
        return Ok(None);
    }
    if a.is_exact(&vm.types.union_type) {
        let (x, y) = (args_tuple(&a1), args_tuple(&a2));
        let (x, y) = (x.as_tuple().unwrap_or(&[]).to_vec(), y.as_tuple().unwrap_or(&[]).to_vec());
        for (p, q) in [(&x, &y), (&y, &x)] {
            for item in p.iter() {
                let mut found = false;
                for other in q.iter() {
                    if vm.eq_bool(item, other)? {
                        found = true;
                        break;
                    }
                }
                if !found {
                    return Ok(Some(false));
                }
            }
        }
        return Ok(Some(true));
    }
    Ok(Some(vm.eq_bool(&o1, &o2)? && vm.eq_bool(&args_tuple(&a1), &args_tuple(&a2))?))
}

/// `hash()` of an alias; a union hashes as the frozenset of its members.
pub fn alias_hash_value(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    let Some((o, a)) = alias_parts(v) else { return Ok(None) };
    if v.is_exact(&vm.types.union_type) {
        let members = args_tuple(&a).as_tuple().unwrap_or(&[]).to_vec();
        let fs = vm.call(&vm.types.frozenset, &[new_tuple(members)])?;
        return vm.hash(&fs).map(Some);
    }
    let h = vm.hash(&o)? ^ vm.hash(&args_tuple(&a))?;
    Ok(Some(if h == -1 { -2 } else { h }))
}

fn alias_eq(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    match alias_equal(vm, &args[0], &args[1])? {
        Some(eq) => Ok(vm.bool_value(eq)),
        None => Ok(vm.not_implemented()),
    }
}

fn alias_hash(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let h = alias_hash_value(vm, &args[0])?.ok_or_else(|| vm.type_error("not an alias"))?;
    Ok(crate::types::int::new_int(h))
}

fn alias_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args[0].is_exact(&vm.types.union_type) {
        return Ok(new_str(&union_repr(vm, &args[0])));
    }
    crate::protocol::repr::repr_value(vm, &args[0])
}

/// The type variables among an alias's arguments (those with `__typing_subst__`), and those
/// of nested aliases, first occurrence first (`_Py_make_parameters`).
fn alias_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    let Some((_, a)) = alias_parts(v) else { return Ok(vm.types.empty_tuple.clone()) };
    let mut out: Vec<Value> = Vec::new();
    let subst = vm.intern("__typing_subst__");
    for arg in args_tuple(&a).as_tuple().unwrap_or(&[]).iter() {
        if arg.as_type().is_some() {
            continue;
        }
        if arg.ty().lookup(&subst).is_some() {
            if !out.iter().any(|x| x.is(arg)) {
                out.push(arg.clone());
            }
            continue;
        }
        if let Some(ps) = vm.get_attr_opt(arg, &vm.intern("__parameters__"))? {
            if let Some(t) = ps.as_tuple() {
                for p in t.iter() {
                    if !out.iter().any(|x| x.is(p)) {
                        out.push(p.clone());
                    }
                }
            }
        }
    }
    Ok(new_tuple(out))
}

fn generic_alias_new(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(&format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    Ok(crate::types::itermethods::new_generic_alias(vm, args[1].clone(), args[2].clone()))
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_method(vm, &t.type_, "__or__", type_or, MethodKind::Instance);
    add_method(vm, &t.type_, "__ror__", type_ror, MethodKind::Instance);
    for ty in [&t.generic_alias, &t.union_type] {
        add_getset(vm, ty, "__args__", |vm, v| Ok(alias_parts(v).map(|(_, a)| args_tuple(&a)).unwrap_or_else(|| vm.none())), None);
        add_getset(vm, ty, "__parameters__", alias_parameters, None);
        add_method(vm, ty, "__eq__", alias_eq, MethodKind::Instance);
        add_method(vm, ty, "__hash__", alias_hash, MethodKind::Instance);
        add_method(vm, ty, "__repr__", alias_repr, MethodKind::Instance);
        add_method(vm, ty, "__or__", type_or, MethodKind::Instance);
        add_method(vm, ty, "__ror__", type_ror, MethodKind::Instance);
    }
    for (ty, m) in [(&t.generic_alias, "types"), (&t.union_type, "types"), (&t.simple_namespace, "types"), (&t.text_io, "_io")] {
        ty.as_type().expect("type").dict().set_str(vm.names.__module__.clone(), new_str(m));
    }
    add_getset(vm, &t.generic_alias, "__origin__", |vm, v| Ok(alias_parts(v).map(|(o, _)| o).unwrap_or_else(|| vm.none())), None);
    add_method(vm, &t.generic_alias, "__call__", alias_call, MethodKind::Instance);
    // `types.GenericAlias(origin, args)`.
    add_method(vm, &t.generic_alias, "__new__", generic_alias_new, MethodKind::Static);
    add_method(vm, &t.generic_alias, "__mro_entries__", alias_mro_entries, MethodKind::Instance);
    // For typing.py's TypeAliasType (`Alias | int`).
    add_method(vm, &t.union_type, "_union_or", union_or, MethodKind::Static);
}
