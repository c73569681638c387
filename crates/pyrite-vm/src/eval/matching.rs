//! The pattern-matching instructions of `match` statements: `MATCH_MAPPING`,
//! `MATCH_SEQUENCE`, `MATCH_KEYS` and `MATCH_CLASS`, with CPython 3.12's rules and messages.

use crate::object::Value;
use crate::types::dict::{new_dict, DictData};
use crate::types::tuple::new_tuple;
use crate::types::typeobj::tflags;
use crate::vm::{PyResult, Vm};

/// `case {...}` accepts the subject (its type is a mapping: `dict`, its subclasses, ...).
#[inline]
pub fn is_mapping(v: &Value) -> bool {
    v.ty().has_flag(tflags::MAPPING)
}

/// `case [...]` accepts the subject (`list`, `tuple`, `range` and their subclasses; never
/// `str`, `bytes` or `bytearray`).
#[inline]
pub fn is_sequence(v: &Value) -> bool {
    v.ty().has_flag(tflags::SEQUENCE)
}

/// The values of `keys` in the mapping `map`, or None if one is missing. Looks keys up with
/// `map.get(key, sentinel)`, so that `__missing__` never runs and nothing is inserted.
pub fn match_keys(vm: &Vm, map: &Value, keys: &Value) -> PyResult<Value> {
    let keys = keys.as_tuple().map(|k| k.to_vec()).unwrap_or_default();
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let exact_dict = map.is_exact(&vm.types.dict);
    let get = if exact_dict { None } else { Some(vm.get_attr(map, &vm.names.get)?) };
    let seen = new_dict();
    let seen_d = seen.downcast::<DictData>().expect("dict");
    // A fresh object no mapping can hold: `get` returns it only for a missing key.
    let sentinel = new_dict();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if seen_d.get_item(vm, &key)?.is_some() {
            let shown = vm.repr_string(&key);
            return Err(vm.value_error(&format!("mapping pattern checks duplicate key ({shown})")));
        }
        seen_d.set_item(vm, key.clone(), vm.none())?;
        let value = match &get {
            None => map.downcast::<DictData>().expect("dict").get_item(vm, &key)?,
            Some(get) => {
                let v = vm.call(get, &[key, sentinel.clone()])?;
                if v.is(&sentinel) { None } else { Some(v) }
            }
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(vm.none()),
        }
    }
    Ok(new_tuple(values))
}

/// `case cls(p1, .., name=p, ..)`: the attributes to match the sub-patterns against, as a
/// tuple, or None when the subject is not an instance of `cls` or lacks one of them.
pub fn match_class(vm: &Vm, subject: &Value, cls: &Value, nargs: usize, kwnames: &Value) -> PyResult<Value> {
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !crate::builtins::isinstance_check(vm, subject, cls, 0)? {
        return Ok(vm.none());
    }
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs = Vec::new();
    // Looks up one attribute, refusing a second sub-pattern for the same name.
    let mut attr = |name: &Value| -> PyResult<Option<Value>> {
        let same = |n: &Value| match (n.as_str_data(), name.as_str_data()) {
            (Some(a), Some(b)) => crate::protocol::object::str_cmp(a, b).is_eq(),
            _ => false,
        };
        if seen.iter().any(same) {
            return Err(vm.type_error(&format!(
                "{}() got multiple sub-patterns for attribute {}",
                td.name(),
                vm.repr_string(name)
            )));
        }
        seen.push(name.clone());
        match vm.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_matches(&e, &vm.types.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    };
    if nargs > 0 {
        let (match_args, match_self) = match vm.get_attr(cls, &vm.names.__match_args__) {
            Ok(m) => {
                if !m.is_exact(&vm.types.tuple) {
                    return Err(vm.type_error(&format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        td.name(),
                        m.ty().name()
                    )));
                }
                (m.as_tuple().map(|t| t.to_vec()).unwrap_or_default(), false)
            }
            Err(e) if vm.err_matches(&e, &vm.types.exc.attribute_error) => (Vec::new(), td.has_flag(tflags::MATCH_SELF)),
            Err(e) => return Err(e),
        };
        // MATCH_SELF only counts when the class does not define `__match_args__`.
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(&format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                td.name()
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if !name.is_exact(&vm.types.str) {
                    return Err(vm.type_error(&format!(
                        "__match_args__ elements must be strings (got {})",
                        name.ty().name()
                    )));
                }
                match attr(name)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(vm.none()),
                }
            }
        }
    }
    if let Some(names) = kwnames.as_tuple() {
        for name in names {
            match attr(name)? {
                Some(v) => attrs.push(v),
                None => return Ok(vm.none()),
            }
        }
    }
    Ok(new_tuple(attrs))
}
