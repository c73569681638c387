//! `gc`: the cycle collector's interface (the collector itself is `object/gc.rs`), and the
//! hooks through which the collector runs Python code (finalizers, weakref callbacks,
//! `gc.callbacks`).

use std::cell::RefCell;

use crate::object::gc::{self, Collected, Host};
use crate::object::Value;
use crate::types::dict::new_dict;
use crate::types::function::{new_builtin, NativeFn};
use crate::types::int::{as_int, new_int};
use crate::types::list::new_list;
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// `gc.garbage` and `gc.callbacks`, made with the module.
    static LISTS: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn lists() -> Option<(Value, Value)> {
    LISTS.with(|l| l.borrow().clone())
}

/// The collector's view of the VM.
struct VmHost<'a>(&'a Vm);

impl Host for VmHost<'_> {
    fn callbacks(&self, phase: &str, info: &Collected) {
        let vm = self.0;
        let Some((_, cbs)) = lists() else { return };
        let Some(items) = cbs.downcast::<crate::types::list::ListData>().map(|l| l.to_vec()) else { return };
        if items.is_empty() {
            return;
        }
        let d = new_dict();
        let dd = d.as_dict().expect("dict");
        dd.set_str(vm.intern("generation"), new_int(info.generation as i64));
        dd.set_str(vm.intern("collected"), new_int(info.collected as i64));
        dd.set_str(vm.intern("uncollectable"), new_int(info.uncollectable as i64));
        let phase = new_str(phase);
        for cb in items {
            if let Err(e) = vm.call(&cb, &[phase.clone(), d.clone()]) {
                vm.write_unraisable(&e, Some(&cb));
            }
        }
    }

    fn clear_weakrefs(&self, obj: &Value, is_garbage: &dyn Fn(&Value) -> bool, callbacks: &mut Vec<Value>) {
        crate::types::weakref::clear_for_collector(obj, is_garbage, callbacks);
    }

    fn call_weakref_callback(&self, wr: &Value) {
        crate::types::weakref::call_callback(wr);
    }

    fn finalize(&self, obj: &Value) {
        crate::vm::call_finalizer(obj);
    }

    fn has_finalizer(&self, obj: &Value) -> bool {
        obj.ty().has_finalizer()
    }

    fn save_garbage(&self, obj: &Value) {
        if let Some((garbage, _)) = lists() {
            if let Some(l) = garbage.downcast::<crate::types::list::ListData>() {
                l.with_mut(|v| v.push(obj.clone()));
            }
        }
    }

    fn debug_line(&self, text: &str) {
        self.0.flush_stdout();
        eprintln!("{text}");
    }
}

/// Runs the collection a threshold scheduled; called by the eval loop at safe points.
pub fn run_scheduled(vm: &Vm) {
    gc::run_scheduled(&VmHost(vm));
}

/// A full collection (at exit, and for `gc.collect()`).
pub fn collect_all(vm: &Vm) -> usize {
    gc::collect(&VmHost(vm), 2)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = as_int(v).filter(|_| crate::types::float::as_float(v).is_none()) {
        return i.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"));
    }
    Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name())))
}

fn no_args(vm: &Vm, name: &str, args: &[Value], kwnames: Option<&Value>) -> PyResult<()> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if !pos.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no arguments ({} given)", pos.len())));
    }
    Ok(())
}

/// The single optional argument `name` of `func` (positional or keyword).
fn opt_arg<'a>(vm: &Vm, func: &str, name: &str, args: &'a [Value], kwnames: Option<&'a Value>) -> PyResult<Option<&'a Value>> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() + kws.len() > 1 {
        return Err(vm.type_error(&format!("{func}() takes at most 1 argument ({} given)", pos.len() + kws.len())));
    }
    if let Some((k, v)) = kws.first() {
        if k.as_rust_str() != Some(name) {
            return Err(vm.type_error(&format!(
                "{func}() got an unexpected keyword argument '{}'",
                k.as_rust_str().unwrap_or("")
            )));
        }
        return Ok(Some(v));
    }
    Ok(pos.first())
}

fn enable(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "enable", args, kw)?;
    gc::set_enabled(true);
    Ok(vm.none())
}

fn disable(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "disable", args, kw)?;
    gc::set_enabled(false);
    Ok(vm.none())
}

fn isenabled(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "isenabled", args, kw)?;
    Ok(vm.bool_value(gc::enabled()))
}

fn collect(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let generation = match opt_arg(vm, "collect", "generation", args, kw)? {
        Some(v) => int_arg(vm, v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(new_int(gc::collect(&VmHost(vm), generation as usize) as i64))
}

fn get_count(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_count", args, kw)?;
    let c = gc::counts();
    Ok(new_tuple(c.iter().map(|&x| new_int(x as i64)).collect()))
}

fn get_threshold(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_threshold", args, kw)?;
    let t = gc::thresholds();
    Ok(new_tuple(t.iter().map(|&x| new_int(x as i64)).collect()))
}

fn set_threshold(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kw);
    if !kws.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("set_threshold() takes at most 3 arguments ({} given)", pos.len())));
    }
    let mut t = Vec::new();
    for v in pos {
        let x = int_arg(vm, v)?;
        t.push(x.clamp(0, i32::MAX as i64) as usize);
    }
    gc::set_thresholds(&t);
    Ok(vm.none())
}

fn get_debug(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_debug", args, kw)?;
    Ok(new_int(gc::debug_flags() as i64))
}

fn set_debug(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let (pos, _) = split_kwargs(args, kw);
    let [flags] = pos else {
        return Err(vm.type_error(&format!("set_debug() takes exactly one argument ({} given)", pos.len())));
    };
    gc::set_debug_flags(int_arg(vm, flags)? as u32);
    Ok(vm.none())
}

fn get_objects(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let generation = match opt_arg(vm, "get_objects", "generation", args, kw)? {
        Some(v) if !vm.is_none(v) => int_arg(vm, v)?,
        _ => -1,
    };
    if generation >= 3 {
        return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
    }
    if generation < -1 {
        return Err(vm.value_error("generation parameter cannot be negative"));
    }
    let objs = gc::objects(if generation < 0 { None } else { Some(generation as usize) });
    Ok(new_list(objs))
}

fn get_referents(_vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args {
        if gc::head(a).is_some() {
            crate::object::traverse::traverse(a, &mut |r| out.push(r.clone()));
        }
    }
    Ok(new_list(out))
}

fn get_referrers(_vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let mut out = Vec::new();
    if args.is_empty() {
        return Ok(new_list(out));
    }
    for o in gc::objects(None) {
        let mut hit = false;
        crate::object::traverse::traverse(&o, &mut |r| hit |= args.iter().any(|a| a.is(r)));
        if hit {
            out.push(o);
        }
    }
    Ok(new_list(out))
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [a] => Ok(a),
        _ => Err(vm.type_error(&format!("{name}() takes exactly one argument ({} given)", args.len()))),
    }
}

fn is_tracked(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(gc::is_tracked(one_arg(vm, "is_tracked", args)?)))
}

fn is_finalized(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(gc::is_finalized(one_arg(vm, "is_finalized", args)?)))
}

fn freeze(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "freeze", args, kw)?;
    gc::freeze();
    Ok(vm.none())
}

fn unfreeze(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "unfreeze", args, kw)?;
    gc::unfreeze();
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_freeze_count", args, kw)?;
    Ok(new_int(gc::freeze_count() as i64))
}

fn get_stats(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "get_stats", args, kw)?;
    let stats = gc::stats()
        .iter()
        .map(|s| {
            let d = new_dict();
            let dd = d.as_dict().expect("dict");
            for (name, x) in ["collections", "collected", "uncollectable"].iter().zip(s) {
                dd.set_str(vm.intern(name), new_int(*x as i64));
            }
            d
        })
        .collect();
    Ok(new_list(stats))
}

pub fn make(vm: &Vm) -> Value {
    let m = crate::types::module::new_module(vm, "gc");
    let d = m.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("collect", collect),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_objects", get_objects),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_stats", get_stats),
    ];
    for (name, f) in fns {
        dd.set_str(vm.intern(name), new_builtin(name, *f, None));
    }
    for (name, v) in [
        ("DEBUG_STATS", gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", gc::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", gc::DEBUG_SAVEALL),
        ("DEBUG_LEAK", gc::DEBUG_COLLECTABLE | gc::DEBUG_UNCOLLECTABLE | gc::DEBUG_SAVEALL),
    ] {
        dd.set_str(vm.intern(name), new_int(v as i64));
    }
    let (garbage, callbacks) = LISTS.with(|l| {
        l.borrow_mut().get_or_insert_with(|| (new_list(Vec::new()), new_list(Vec::new()))).clone()
    });
    dd.set_str(vm.intern("garbage"), garbage);
    dd.set_str(vm.intern("callbacks"), callbacks);
    m
}
