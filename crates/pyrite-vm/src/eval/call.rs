//! Calls: binding arguments to a Python function's parameters (= `initialize_locals`), pushing
//! its frame, building functions (`MAKE_FUNCTION`) and `CALL_FUNCTION_EX`.

use std::cell::UnsafeCell;

use pyrite_bytecode::code::flags;

use crate::frame::{Frame, Owner};
use crate::object::{alloc, Value};
use crate::types::code::CodeData;
use crate::types::dict::new_dict;
use crate::types::function::{FunctionData, MethodData};
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

use super::{run_frame, FrameExit};

/// For a bound method of a Python function, the function and `self`.
#[inline]
pub fn unwrap_method(callable: &Value) -> (Value, Option<Value>) {
    if let Some(m) = callable.downcast::<MethodData>() {
        if m.func.downcast::<FunctionData>().is_some() {
            return (m.func.clone(), Some(m.self_.clone()));
        }
    }
    (callable.clone(), None)
}

/// Allocates and initialises the frame of a call of `func` with `args`, binding arguments.
pub fn push_python_frame(
    vm: &Vm,
    func: &Value,
    fd: &FunctionData,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<*mut Frame> {
    let cd = fd.code_data();
    let f = vm.frames.alloc(cd.framesize);
    if kwnames.is_none() && cd.fast_positional == args.len() as u32 {
        // Exactly the positional parameters: the arguments are the first locals.
        // SAFETY: fresh frame memory; the function holds its globals and builtins; the first
        // `args.len()` locals (empty after `init_call`) take new references.
        unsafe {
            Frame::init_call(f, cd, fd.code(), Some(func.clone()), &fd.globals, &fd.builtins, std::ptr::null(), 0);
            let lp = Frame::localsplus(f);
            for (i, a) in args.iter().enumerate() {
                lp.add(i).write(Some(a.clone()));
            }
        }
        return Ok(f);
    }
    // SAFETY: fresh frame memory.
    unsafe {
        Frame::init(f, fd.code().clone(), Some(func.clone()), fd.globals.clone(), fd.builtins.clone(), None, Owner::Thread);
    }
    if let Err(e) = bind_args(vm, f, fd, cd, args, kwnames) {
        // SAFETY: the frame is initialised and was never linked.
        unsafe {
            Frame::clear(f);
        }
        vm.frames.free(f);
        return Err(e);
    }
    Ok(f)
}

/// Calls a Python function from native code.
pub fn call_python_function(vm: &Vm, func: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let fd = func.downcast::<FunctionData>().ok_or_else(|| vm.type_error("expected a function"))?;
    let f = push_python_frame(vm, func, fd, args, kwnames)?;
    match run_frame(vm, f, None)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

fn qualname_of(fd: &FunctionData) -> String {
    fd.qualname().as_rust_str().unwrap_or("?").to_string()
}

fn name_eq(a: &Value, b: &Value) -> bool {
    a.is(b) || matches!((a.as_str_data(), b.as_str_data()), (Some(x), Some(y)) if x.eq_data(y))
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds `args` (positional, then keyword values named by `kwnames`) to the parameters of
/// `func` in frame `f` (= CPython's `initialize_locals`), with CPython's error messages.
pub fn bind_args(
    vm: &Vm,
    f: *mut Frame,
    fd: &FunctionData,
    cd: &CodeData,
    args: &[Value],
    kwnames: Option<&Value>,
) -> PyResult<()> {
    let co = &cd.source;
    let lp = Frame::localsplus(f);
    let kwn: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let nkw = kwn.len();
    let npos = args.len() - nkw;
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let varargs = co.flags & flags::VARARGS != 0;
    let varkw = co.flags & flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;
    // SAFETY (whole function): slot indexes are below nlocalsplus: parameters come first in
    // localsplus, and `total + varargs + varkw <= nlocalsplus` for compiler-made code.
    unsafe {
        let set = |i: usize, v: Value| {
            let old = std::mem::replace(&mut *lp.add(i), Some(v));
            drop(old);
        };
        if nkw == 0 && npos == argcount && !varargs && !varkw && kwonly == 0 {
            for (i, a) in args.iter().enumerate() {
                *lp.add(i) = Some(a.clone());
            }
            return Ok(());
        }
        let kwdict = if varkw {
            let d = new_dict();
            set(total + varargs as usize, d.clone());
            Some(d)
        } else {
            None
        };
        let n = npos.min(argcount);
        for (i, a) in args[..n].iter().enumerate() {
            set(i, a.clone());
        }
        if varargs {
            let extra = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
            set(total, new_tuple(extra));
        }
        for (k, name) in kwn.iter().enumerate() {
            let value = args[npos + k].clone();
            let mut found = None;
            for j in posonly..total {
                if name_eq(&cd.localsplus_names[j], name) {
                    found = Some(j);
                    break;
                }
            }
            match found {
                Some(j) => {
                    if (*lp.add(j)).is_some() {
                        return Err(vm.type_error(&format!(
                            "{}() got multiple values for argument '{}'",
                            qualname_of(fd),
                            name.as_rust_str().unwrap_or("?")
                        )));
                    }
                    set(j, value);
                }
                None => {
                    if let Some(d) = &kwdict {
                        d.as_dict().expect("dict").set_item(vm, name.clone(), value)?;
                        continue;
                    }
                    let is_posonly = (0..posonly).any(|j| name_eq(&cd.localsplus_names[j], name));
                    if is_posonly {
                        return Err(vm.type_error(&format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname_of(fd),
                            name.as_rust_str().unwrap_or("?")
                        )));
                    }
                    return Err(vm.type_error(&format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname_of(fd),
                        name.as_rust_str().unwrap_or("?")
                    )));
                }
            }
        }
        let defaults: &[Value] = fd.defaults().and_then(|d| d.as_tuple()).unwrap_or(&[]);
        if npos > argcount && !varargs {
            let kwonly_given = (argcount..total).filter(|&i| (*lp.add(i)).is_some()).count();
            let (sig, plural) = if !defaults.is_empty() {
                (format!("from {} to {}", argcount - defaults.len(), argcount), true)
            } else {
                (argcount.to_string(), argcount != 1)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(vm.type_error(&format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                qualname_of(fd),
                sig,
                if plural { "s" } else { "" },
                npos,
                kwonly_sig,
                if npos == 1 && kwonly_given == 0 { "was" } else { "were" }
            )));
        }
        if npos < argcount {
            let first_default = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if (*lp.add(i)).is_none() {
                    if i >= first_default {
                        set(i, defaults[i - first_default].clone());
                    } else {
                        missing.push(cd.localsplus_names[i].as_rust_str().unwrap_or("?").to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(&format!(
                    "{}() missing {} required positional argument{}: {}",
                    qualname_of(fd),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let mut missing = Vec::new();
            for i in argcount..total {
                if (*lp.add(i)).is_none() {
                    let name = &cd.localsplus_names[i];
                    let dv = match fd.kwdefaults().and_then(|d| d.as_dict()) {
                        Some(d) => d.get_str(name),
                        None => None,
                    };
                    match dv {
                        Some(v) => set(i, v),
                        None => missing.push(name.as_rust_str().unwrap_or("?").to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(vm.type_error(&format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    qualname_of(fd),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
    }
    Ok(())
}

/// Builds a function object (= `MAKE_FUNCTION`).
#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &Vm,
    code: Value,
    globals: &Value,
    builtins: &Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let cd = code.as_code().expect("code object");
    let doc = match cd.consts.first() {
        Some(c) if c.as_str_data().is_some() => c.clone(),
        _ => vm.none(),
    };
    let module = globals.as_dict().and_then(|d| d.get_str(&vm.names.__name__)).unwrap_or_else(|| vm.none());
    // 3.12 passes annotations as a flat tuple of names and values.
    let annotations = annotations.map(|a| match a.as_tuple() {
        Some(items) => {
            let d = new_dict();
            let dd = d.as_dict().expect("dict");
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    let _ = dd.set_item(vm, k.clone(), v.clone());
                }
            }
            d
        }
        None => a,
    });
    let fd = FunctionData {
        name: UnsafeCell::new(cd.name.clone()),
        qualname: UnsafeCell::new(cd.qualname.clone()),
        code: UnsafeCell::new(code.clone()),
        globals: globals.clone(),
        builtins: builtins.clone(),
        defaults: UnsafeCell::new(defaults),
        kwdefaults: UnsafeCell::new(kwdefaults),
        closure,
        doc: UnsafeCell::new(doc),
        annotations: UnsafeCell::new(annotations),
        dict: UnsafeCell::new(None),
        module: UnsafeCell::new(module),
        type_params: UnsafeCell::new(None),
    };
    alloc(&vm.types.function, fd)
}

/// `f(*args, **kwargs)` (= `CALL_FUNCTION_EX`).
pub fn call_function_ex(vm: &Vm, func: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let mut all: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vm.collect_iter(args).map_err(|e| {
            if e.0.isinstance(&vm.types.exc.type_error) && vm.get_iter(args).is_err() {
                vm.type_error(&format!(
                    "{} argument after * must be an iterable, not {}",
                    vm.callable_name(func),
                    args.ty().name()
                ))
            } else {
                e
            }
        })?,
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let d = kw.as_dict().ok_or_else(|| vm.type_error("argument after ** must be a mapping"))?;
        for (k, v) in d.items() {
            if k.as_str_data().is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
    }
    if names.is_empty() {
        vm.call(func, &all)
    } else {
        vm.call_kw(func, &all, Some(&new_tuple(names)))
    }
}

/// A call of a built-in function, or of a method descriptor on an instance of exactly its class,
/// with positional arguments: the native function runs directly, past `Vm::call_kw`'s
/// dispatch and checks (which such a call passes). None when the call is not of that kind.
#[inline]
pub fn call_native_fast(vm: &Vm, callable: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    if let Some(b) = callable.downcast::<crate::types::function::BuiltinData>() {
        if b.self_.is_none() && b.owner.is_none() {
            return Some(vm.with_c_depth(|| (b.func)(vm, args, None)));
        }
        return None;
    }
    if let Some(d) = callable.downcast::<crate::types::descr::MethodDescrData>() {
        if d.kind == crate::types::descr::MethodKind::Instance
            && args.first().is_some_and(|a| a.type_ptr().as_ptr() as usize == d.objclass.raw())
        {
            return Some(vm.with_c_depth(|| (d.func)(vm, args, None)));
        }
    }
    None
}
