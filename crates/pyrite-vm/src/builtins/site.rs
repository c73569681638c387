//! The builtins CPython's `site` module adds for every script: `exit` and `quit` (Quitter
//! objects), `help`, `copyright`, `credits` and `license`, plus `breakpoint()` and its
//! `sys.breakpointhook`.

use crate::object::{alloc_sub, Value};
use crate::types::descr::{add_method, MethodKind};
use crate::types::function::new_builtin;
use crate::types::str::new_str;
use crate::vm::{PyErr, PyResult, Vm};

fn attr(vm: &Vm, obj: &Value, name: &str) -> String {
    vm.instance_dict_get(obj, &vm.intern(name)).and_then(|v| v.as_rust_str().map(String::from)).unwrap_or_default()
}

fn new_instance(vm: &Vm, ty: &Value, attrs: &[(&str, &str)]) -> Value {
    let o = alloc_sub(ty, (), 0);
    for (k, v) in attrs {
        let _ = vm.set_attr(&o, &vm.intern(k), Some(new_str(v)));
    }
    o
}

fn write_stdout(vm: &Vm, s: &str) -> PyResult<()> {
    let out = vm.sys_attr("stdout").ok_or_else(|| vm.runtime_error("lost sys.stdout"))?;
    let w = vm.get_attr_str(&out, "write")?;
    vm.call(&w, &[new_str(s)])?;
    Ok(())
}

fn quitter_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (name, eof) = (attr(vm, &args[0], "name"), attr(vm, &args[0], "eof"));
    Ok(new_str(&format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let code = args.get(1).cloned();
    let exc = vm.new_exception(&vm.types.exc.system_exit, code.into_iter().collect());
    Err(PyErr(exc))
}

fn printer_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str(&attr(vm, &args[0], "_text")))
}

fn printer_call(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let text = attr(vm, &args[0], "_text");
    write_stdout(vm, &format!("{text}\n"))?;
    Ok(vm.none())
}

fn helper_repr(_vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help(obj)`: the object's name and docstring (Pyrite has no `pydoc`).
fn helper_call(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let Some(obj) = args.get(1) else {
        write_stdout(vm, "Interactive help is not available in Pyrite; use help(object).\n")?;
        return Ok(vm.none());
    };
    let name = vm.get_attr_opt(obj, &vm.names.__name__)?.map(|n| vm.str_string(&n)).transpose()?;
    let doc = vm.get_attr_opt(obj, &vm.names.__doc__)?.filter(|d| !vm.is_none(d));
    let mut text = format!("Help on {}:\n\n", name.unwrap_or_else(|| obj.ty().name().to_string()));
    if let Some(d) = doc {
        text.push_str(&vm.str_string(&d)?);
        text.push('\n');
    }
    write_stdout(vm, &text)?;
    Ok(vm.none())
}

/// `sys.breakpointhook()`: honours `PYTHONBREAKPOINT=0`; there is no debugger to start.
fn breakpointhook(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let hook = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    if hook == "0" {
        return Ok(vm.none());
    }
    let target = if hook.is_empty() { "pdb.set_trace".to_string() } else { hook };
    vm.warn("RuntimeWarning", &format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\""));
    Ok(vm.none())
}

fn breakpoint(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let Some(hook) = vm.sys_attr("breakpointhook") else {
        return Err(vm.runtime_error("lost sys.breakpointhook"));
    };
    vm.call_kw(&hook, args, kw)
}

const COPYRIGHT: &str = "Pyrite: a Python 3.12 interpreter written in Rust.\nPython is Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.";
const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software Foundation,\n    and a cast of thousands for supporting Python development.  See www.python.org for more information.";
const LICENSE: &str = "See https://www.python.org/psf/license/";

/// Adds the site builtins to the builtins dict `dd` and the hook to `sys`.
pub fn install(vm: &Vm, dd: &crate::types::dict::DictData) {
    let t = &vm.types;
    add_method(vm, &t.quitter, "__repr__", quitter_repr, MethodKind::Instance);
    add_method(vm, &t.quitter, "__call__", quitter_call, MethodKind::Instance);
    add_method(vm, &t.printer, "__repr__", printer_repr, MethodKind::Instance);
    add_method(vm, &t.printer, "__call__", printer_call, MethodKind::Instance);
    add_method(vm, &t.helper, "__repr__", helper_repr, MethodKind::Instance);
    add_method(vm, &t.helper, "__call__", helper_call, MethodKind::Instance);
    for ty in [&t.quitter, &t.printer, &t.helper] {
        ty.as_type().expect("type").dict().set_str(vm.names.__module__.clone(), new_str("_sitebuiltins"));
    }
    let eof = "Ctrl-D (i.e. EOF)";
    dd.set_str(vm.intern("exit"), new_instance(vm, &t.quitter, &[("name", "exit"), ("eof", eof)]));
    dd.set_str(vm.intern("quit"), new_instance(vm, &t.quitter, &[("name", "quit"), ("eof", eof)]));
    dd.set_str(vm.intern("help"), new_instance(vm, &t.helper, &[]));
    for (name, text) in [("copyright", COPYRIGHT), ("credits", CREDITS)] {
        dd.set_str(vm.intern(name), new_instance(vm, &t.printer, &[("_name", name), ("_text", text)]));
    }
    let license = "Type license() to see the full license text";
    let l = new_instance(vm, &t.printer, &[("_name", "license"), ("_text", license)]);
    let _ = vm.set_attr(&l, &vm.intern("_text"), Some(new_str(license)));
    let _ = LICENSE;
    dd.set_str(vm.intern("license"), l);
    dd.set_str(vm.intern("breakpoint"), new_builtin("breakpoint", breakpoint, None));
}

/// `sys.breakpointhook` and `sys.__breakpointhook__`.
pub fn breakpointhook_function() -> Value {
    new_builtin("breakpointhook", breakpointhook, None)
}
