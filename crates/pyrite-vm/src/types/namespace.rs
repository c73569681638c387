//! `types.SimpleNamespace`, and the constructors of `types.TracebackType` and
//! `types.MappingProxyType`.

use crate::object::Value;
use crate::types::descr::{add_method, MethodKind};
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

fn ns_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    for (k, v) in kws {
        vm.generic_setattr(&pos[0], &vm.intern_value(k), Some(v.clone()))?;
    }
    Ok(vm.none())
}

fn ns_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let obj = &args[0];
    let name = if obj.is_exact(&vm.types.simple_namespace) { "namespace".to_string() } else { obj.ty().name().to_string() };
    thread_local! {
        static ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if ACTIVE.with(|a| a.borrow().contains(&obj.raw())) {
        return Ok(new_str(&format!("{name}(...)")));
    }
    ACTIVE.with(|a| a.borrow_mut().push(obj.raw()));
    let r = (|| -> PyResult<String> {
        let mut parts = Vec::new();
        if let Some(d) = vm.instance_dict(obj) {
            for (k, v) in d.as_dict().map(|d| d.items()).unwrap_or_default() {
                if let Some(ks) = k.as_rust_str() {
                    parts.push(format!("{}={}", ks, vm.repr(&v)?.as_rust_str().unwrap_or("")));
                }
            }
        }
        Ok(format!("{}({})", name, parts.join(", ")))
    })();
    ACTIVE.with(|a| {
        a.borrow_mut().pop();
    });
    Ok(new_str(&r?))
}

fn ns_eq(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    let t = &vm.types.simple_namespace;
    if !args[0].isinstance(t) || !args[1].isinstance(t) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (vm.instance_dict(&args[0]), vm.instance_dict(&args[1]));
    match (a, b) {
        (Some(a), Some(b)) => vm.rich_compare(&a, &b, 2),
        _ => Ok(vm.bool_value(false)),
    }
}

fn ns_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(crate::types::object::alloc_instance(&args[0], ()))
}

fn tb_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut vals: Vec<Option<Value>> = (1..5).map(|i| pos.get(i).cloned()).collect();
    for (k, v) in kws {
        let i = match k.as_rust_str() {
            Some("tb_next") => 0,
            Some("tb_frame") => 1,
            Some("tb_lasti") => 2,
            Some("tb_lineno") => 3,
            _ => return Err(vm.type_error("traceback() got an unexpected keyword argument")),
        };
        vals[i] = Some(v.clone());
    }
    let names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    for (i, v) in vals.iter().enumerate() {
        if v.is_none() {
            return Err(vm.type_error(&format!("traceback() missing required argument '{}' (pos {})", names[i], i + 1)));
        }
    }
    let [next, frame, lasti, lineno] = [vals[0].take(), vals[1].take(), vals[2].take(), vals[3].take()].map(|v| v.expect("checked"));
    let next = if vm.is_none(&next) {
        None
    } else if next.downcast::<crate::types::exception::TracebackData>().is_some() {
        Some(next)
    } else {
        return Err(vm.type_error(&format!("expected traceback object or None, got '{}'", next.ty().name())));
    };
    if frame.downcast::<crate::frame::object::FrameObjectData>().is_none() {
        return Err(vm.type_error(&format!("TracebackType() argument 'tb_frame' must be frame, not {}", frame.ty().name())));
    }
    let as_i64 = |v: &Value| crate::types::int::as_int(v).and_then(|i| i.to_i64()).ok_or_else(|| {
        vm.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
    });
    let (l, n) = (as_i64(&lasti)?, as_i64(&lineno)?);
    Ok(crate::types::exception::new_traceback(next, frame, l.max(0) as u32, n))
}

fn proxy_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, _) = split_kwargs(args, kwnames);
    let m = pos.get(1).cloned().ok_or_else(|| vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"))?;
    if m.as_dict().is_none() {
        return Err(vm.type_error(&format!("mappingproxy() argument must be a mapping, not {}", m.ty().name())));
    }
    Ok(crate::types::iter::new_iter(&vm.types.mappingproxy, crate::types::iter::IterKind::View(m)))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.simple_namespace;
    add_method(vm, t, "__new__", ns_new, MethodKind::Static);
    add_method(vm, t, "__init__", ns_init, MethodKind::Instance);
    add_method(vm, t, "__repr__", ns_repr, MethodKind::Instance);
    add_method(vm, t, "__eq__", ns_eq, MethodKind::Instance);
    t.as_type().expect("type").dict().set_str(vm.names.__hash__.clone(), vm.none());
    crate::types::descr::add_getset(vm, t, "__dict__", |vm, v| vm.instance_dict(v).ok_or_else(|| vm.no_attribute(v, &vm.names.__dict__)), None);
    add_method(vm, &vm.types.traceback, "__new__", tb_new, MethodKind::Static);
    add_method(vm, &vm.types.mappingproxy, "__new__", proxy_new, MethodKind::Static);
}
