//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction rules, `split`,
//! `subgroup`, `derive`, and the two operations `except*` compiles to: matching a handler's
//! types against the raised group (`CHECK_EG_MATCH`) and assembling what is re-raised after
//! the handlers ran (`INTRINSIC_PREP_RERAISE_STAR`).

use std::collections::HashSet;

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::excmethods::new_exception_instance;
use crate::types::list::new_list;
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// Whether `v` is an exception group.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    v.isinstance(&vm.types.exc.base_exception_group)
}

/// The `exceptions` tuple of a group, as a vector.
pub fn members(v: &Value) -> Vec<Value> {
    v.as_exception()
        .and_then(|e| e.group())
        .and_then(|(_, x)| x.as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default()
}

fn eg_new(vm: &Vm, cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let e = &vm.types.exc;
    let (pos, kws) = split_kwargs(args, kwnames);
    let cls_name = cls.as_type().map(|t| t.name().to_string()).unwrap_or_default();
    if !kws.is_empty() {
        return Err(vm.type_error(&format!("{cls_name}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (message, excs) = (&pos[0], &pos[1]);
    if message.as_str_data().is_none() {
        return Err(vm.type_error(&format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name()
        )));
    }
    let is_sequence = excs.as_list().is_some()
        || excs.as_tuple().is_some()
        || (!excs.isinstance(&vm.types.dict) && excs.ty().lookup(&vm.names.__getitem__).is_some() && excs.ty().lookup(&vm.names.__len__).is_some());
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iter(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, x) in items.iter().enumerate() {
        if !x.isinstance(&vm.types.base_exception) {
            return Err(vm.value_error(&format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !x.isinstance(&e.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&e.base_exception_group) {
        if !nested_base {
            cls = e.exception_group.clone();
        }
    } else if cls.is(&e.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.as_type().is_some_and(|t| t.is_subtype(&e.exception)) {
        return Err(vm.type_error(&format!("Cannot nest BaseExceptions in '{cls_name}'")));
    }
    let inst = new_exception_instance(vm, &cls, new_tuple(vec![message.clone(), excs.clone()]));
    if let Some(d) = inst.as_exception() {
        // SAFETY: the instance is new; nothing else reads the field yet.
        unsafe { *d.group.get() = Some((message.clone(), new_tuple(items))) };
    }
    Ok(inst)
}

fn eg_new_method(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let cls = args.first().ok_or_else(|| vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"))?;
    eg_new(vm, cls, &args[1..], kwnames)
}

fn eg_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", pos[0].ty().name())));
    }
    if let Some(e) = pos[0].as_exception() {
        drop(e.set_args(new_tuple(pos[1..].to_vec())));
    }
    Ok(vm.none())
}

fn group_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<(Value, Value)> {
    v.as_exception().and_then(|e| e.group()).ok_or_else(|| vm.type_error("expected an exception group"))
}

fn eg_str(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    group_str(vm, &args[0])
}

/// `str(group)`: `"message (N sub-exceptions)"`.
pub fn group_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    let (message, excs) = group_of(vm, v)?;
    let n = excs.as_tuple().map(|t| t.len()).unwrap_or(0);
    let m = message.as_rust_str().unwrap_or("").to_string();
    Ok(new_str(&format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" })))
}

fn eg_message(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(group_of(vm, v)?.0)
}

fn eg_exceptions(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(group_of(vm, v)?.1)
}

fn eg_derive(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (message, _) = group_of(vm, &args[0])?;
    let excs = args.get(1).cloned().ok_or_else(|| vm.type_error("derive() takes exactly one argument (0 given)"))?;
    eg_new(vm, &vm.types.exc.base_exception_group, &[message, excs], None)
}

/// What `split`/`subgroup`/`except*` match leaves with.
enum Matcher {
    /// An exception type or a tuple of them.
    Types(Value),
    /// A predicate called with each exception.
    Predicate(Value),
    /// These exact objects (by identity).
    Ids(HashSet<usize>),
}

impl Matcher {
    fn from_condition(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        let is_exc_type = |t: &Value| t.as_type().is_some_and(|td| td.is_subtype(&vm.types.base_exception));
        if is_exc_type(cond) {
            return Ok(Matcher::Types(cond.clone()));
        }
        if let Some(t) = cond.as_tuple() {
            if t.iter().all(is_exc_type) {
                return Ok(Matcher::Types(cond.clone()));
            }
        } else if cond.as_type().is_none() && vm.is_callable(cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => Ok(match t.as_tuple() {
                Some(ts) => ts.iter().any(|x| exc.isinstance(x)),
                None => exc.isinstance(t),
            }),
            Matcher::Predicate(f) => {
                let r = vm.call(f, &[exc.clone()])?;
                vm.is_true(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&(exc.raw()))),
        }
    }
}

/// A group like `orig` holding `excs` (via `orig.derive`), with `orig`'s traceback, cause,
/// context and a copy of its notes; None when `excs` is empty.
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.get_attr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[new_list(excs)])?;
    if !is_group(vm, &eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(o), Some(n)) = (orig.as_exception(), eg.as_exception()) {
        if let Some(tb) = o.traceback() {
            drop(n.set_traceback(Some(tb)));
        }
        drop(n.set_context(o.context()));
        drop(n.set_cause(o.cause()));
        // Setting a cause suppresses the context, as PyException_SetCause does.
        n.suppress_context.set(true);
    }
    if let Some(notes) = vm.instance_dict_get(orig, &vm.names.__notes__) {
        if notes.as_list().is_some() || notes.as_tuple().is_some() {
            let copy = new_list(vm.collect_iter(&notes)?);
            vm.set_attr(&eg, &vm.names.__notes__, Some(copy))?;
        }
    }
    Ok(Some(eg))
}

/// Splits `exc` into the part that matches and (if `with_rest`) the rest.
fn split_recursive(vm: &Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(vm, exc) {
        return Ok((None, if with_rest { Some(exc.clone()) } else { None }));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(exc) {
        let (a, b) = vm.with_c_depth_for(" in split", || split_recursive(vm, &e, m, with_rest))?;
        matched.extend(a);
        if with_rest {
            rest.extend(b);
        }
    }
    let a = subset(vm, exc, matched)?;
    let b = if with_rest { subset(vm, exc, rest)? } else { None };
    Ok((a, b))
}

fn eg_split(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let cond = args.get(1).ok_or_else(|| vm.type_error("split() takes exactly one argument (0 given)"))?;
    let m = Matcher::from_condition(vm, cond)?;
    let (a, b) = split_recursive(vm, &args[0], &m, true)?;
    Ok(new_tuple(vec![a.unwrap_or_else(|| vm.none()), b.unwrap_or_else(|| vm.none())]))
}

fn eg_subgroup(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let cond = args.get(1).ok_or_else(|| vm.type_error("subgroup() takes exactly one argument (0 given)"))?;
    let m = Matcher::from_condition(vm, cond)?;
    let (a, _) = split_recursive(vm, &args[0], &m, false)?;
    Ok(a.unwrap_or_else(|| vm.none()))
}

/// `except* T`: refuses types that cannot be matched this way.
fn check_except_star_type(vm: &Vm, t: &Value) -> PyResult<()> {
    let types: Vec<Value> = match t.as_tuple() {
        Some(ts) => ts.to_vec(),
        None => vec![t.clone()],
    };
    for ty in &types {
        let Some(td) = ty.as_type().filter(|td| td.is_subtype(&vm.types.base_exception)) else {
            return Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"));
        };
        if td.is_subtype(&vm.types.exc.base_exception_group) {
            return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: `(rest, match)` of the raised `exc` against an `except*` clause's types;
/// `match` is None when nothing matches.
pub fn check_eg_match(vm: &Vm, exc: &Value, types: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(vm, types)?;
    if vm.is_none(exc) {
        return Ok((vm.none(), vm.none()));
    }
    let m = Matcher::Types(types.clone());
    if m.matches(vm, exc)? {
        if is_group(vm, exc) {
            return Ok((vm.none(), exc.clone()));
        }
        // A naked exception is wrapped in a group, keeping its traceback.
        let wrapped = eg_new(vm, &vm.types.exc.base_exception_group, &[new_str(""), new_tuple(vec![exc.clone()])], None)?;
        if let (Some(w), Some(e)) = (wrapped.as_exception(), exc.as_exception()) {
            drop(w.set_traceback(e.traceback()));
        }
        return Ok((vm.none(), wrapped));
    }
    if is_group(vm, exc) {
        let split = vm.call(&vm.get_attr_str(exc, "split")?, &[types.clone()])?;
        let pair = split.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if pair.len() != 2 {
            return Err(vm.type_error(&format!("{}.split must return a 2-tuple", exc.ty().name())));
        }
        return Ok((pair[1].clone(), pair[0].clone()));
    }
    Ok((exc.clone(), vm.none()))
}

fn leaf_ids(vm: &Vm, exc: &Value, out: &mut HashSet<usize>) {
    if is_group(vm, exc) {
        for e in members(exc) {
            let _ = vm.with_c_depth(|| {
                leaf_ids(vm, &e, out);
                Ok(())
            });
        }
    } else {
        out.insert(exc.raw());
    }
}

fn same_metadata(a: &Value, b: &Value, vm: &Vm) -> bool {
    let (Some(x), Some(y)) = (a.as_exception(), b.as_exception()) else { return false };
    let same = |p: Option<Value>, q: Option<Value>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.is(&q),
        _ => false,
    };
    same(x.traceback(), y.traceback())
        && same(x.cause(), y.cause())
        && same(x.context(), y.context())
        && same(vm.instance_dict_get(a, &vm.names.__notes__), vm.instance_dict_get(b, &vm.names.__notes__))
}

/// `INTRINSIC_PREP_RERAISE_STAR`: after the `except*` handlers ran, the exception to
/// re-raise (or None): the unhandled and re-raised parts of the original group kept in its
/// shape, plus anything the handlers raised, in a new group when there are several.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let list: Vec<Value> = excs.as_list().map(|l| l.to_vec()).unwrap_or_default();
    if list.is_empty() {
        return Ok(vm.none());
    }
    if !is_group(vm, orig) {
        // A naked exception was wrapped; at most one handler ran.
        return Ok(list[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in list {
        if vm.is_none(&e) {
            continue;
        }
        if same_metadata(&e, orig, vm) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    // The re-raised leaves, in the original group's structure.
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids);
    }
    let reraised_eg = if ids.is_empty() {
        None
    } else {
        split_recursive(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(|| vm.none()));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        eg_new(vm, &vm.types.exc.base_exception_group, &[new_str(""), new_list(raised)], None)
    } else {
        Ok(raised.pop().expect("one exception"))
    }
}

/// `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
fn fix_hierarchy(vm: &Vm) {
    let e = &vm.types.exc;
    let td = e.exception_group.as_type().expect("type");
    let mro = vec![
        e.exception_group.clone(),
        e.base_exception_group.clone(),
        e.exception.clone(),
        vm.types.base_exception.clone(),
        vm.types.object.clone(),
    ];
    // SAFETY: done once at start-up, before any code looks at these types.
    unsafe {
        *td.bases.get() = new_tuple(vec![e.base_exception_group.clone(), e.exception.clone()]);
        *td.mro.get() = new_tuple(mro);
    }
}

pub fn init(vm: &Vm) {
    fix_hierarchy(vm);
    let b = &vm.types.exc.base_exception_group;
    for t in [b, &vm.types.exc.exception_group] {
        t.as_type().expect("type").native_new.set(Some(eg_new));
    }
    add_method(vm, b, "__new__", eg_new_method, MethodKind::Static);
    add_method(vm, b, "__init__", eg_init, MethodKind::Instance);
    add_method(vm, b, "__str__", eg_str, MethodKind::Instance);
    add_method(vm, b, "derive", eg_derive, MethodKind::Instance);
    add_method(vm, b, "split", eg_split, MethodKind::Instance);
    add_method(vm, b, "subgroup", eg_subgroup, MethodKind::Instance);
    add_method(vm, b, "__class_getitem__", crate::types::itermethods::class_getitem, MethodKind::Class);
    // Read-only members, as CPython's.
    let readonly: crate::types::descr::Setter = |vm, _, _| Err(vm.new_error(&vm.types.exc.attribute_error, "readonly attribute"));
    add_getset(vm, b, "message", eg_message, Some(readonly));
    add_getset(vm, b, "exceptions", eg_exceptions, Some(readonly));
}
