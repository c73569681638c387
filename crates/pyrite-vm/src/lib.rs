//! The Pyrite virtual machine: the object model, the eval loop and its frames, exceptions and
//! tracebacks, the built-in types and functions, native modules and import.
//!
//! Embedding: create an interpreter with [`Vm::new`], then [`run_main`] a program (or
//! [`run_source`]). Everything runs on the calling thread; the CLI runs it on a thread with a
//! large stack so that native recursion limits, not the OS, end deep recursion.

pub mod builtins;
pub mod eval;
pub mod frame;
pub mod import;
pub mod modules;
pub mod object;
pub mod protocol;
pub mod traceback;
pub mod types;
pub mod vm;
pub mod warnings;

pub use object::Value;
pub use vm::{PyErr, PyResult, Vm};
pub use pyrite_compiler::Mode;

use types::str::new_str;

/// Runs `source` as the `__main__` module with `filename` in tracebacks. Returns the process
/// exit status: 0, or what `SystemExit` asks for, or 1 after printing an uncaught exception.
pub fn run_main(vm: &Vm, source: &str, filename: &str) -> i32 {
    let main = types::module::new_module(vm, "__main__");
    let d = main.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm.names.__builtins__.clone(), {
        // SAFETY: set during init.
        unsafe { (*vm.builtins.get()).clone().expect("builtins") }
    });
    if !filename.starts_with('<') {
        dd.set_str(vm.names.__file__.clone(), new_str(filename));
    }
    dd.set_str(vm.names.__cached__.clone(), vm.none());
    let _ = vm.sys_modules().as_dict().expect("dict").set_item(vm, new_str("__main__"), main.clone());
    let r = import::compile_source(vm, source, filename, pyrite_compiler::Mode::Exec)
        .and_then(|code| eval::run_code(vm, &code, &d, Some(d.clone())));
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    finalize(vm);
    status
}

/// Compiles and runs `source` in a fresh namespace, returning the result or the exception.
pub fn run_source(vm: &Vm, source: &str, filename: &str) -> PyResult<Value> {
    let d = types::dict::new_dict();
    d.as_dict().expect("dict").set_str(vm.names.__builtins__.clone(), vm.builtins_dict());
    d.as_dict().expect("dict").set_str(vm.names.__name__.clone(), new_str("__main__"));
    let code = import::compile_source(vm, source, filename, pyrite_compiler::Mode::Exec)?;
    eval::run_code(vm, &code, &d, Some(d.clone()))
}

/// Prints an uncaught exception (or handles `SystemExit`) and returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    let exc = e.0;
    if exc.isinstance(&vm.types.exc.system_exit) {
        let code = vm.instance_dict_get(&exc, &vm.names.code).unwrap_or_else(|| vm.none());
        if vm.is_none(&code) {
            return 0;
        }
        if let Some(i) = types::int::as_int(&code) {
            return i.to_i64().map(|x| x as i32).unwrap_or(-1);
        }
        let text = vm.str_string(&code).unwrap_or_default();
        vm.write_stderr(&format!("{text}\n"));
        return 1;
    }
    // sys.last_exc & co, then sys.excepthook.
    if let Some(sys) = vm.sys_module().as_module().map(|m| m.dict.clone()) {
        let sd = sys.as_dict().expect("dict");
        sd.set_str(vm.names.last_exc.clone(), exc.clone());
        sd.set_str(vm.names.last_value.clone(), exc.clone());
        sd.set_str(vm.names.last_type.clone(), exc.type_value());
        sd.set_str(vm.names.last_traceback.clone(), exc.as_exception().and_then(|x| x.traceback()).unwrap_or_else(|| vm.none()));
    }
    match vm.sys_attr("excepthook") {
        Some(h) => {
            let tb = exc.as_exception().and_then(|x| x.traceback()).unwrap_or_else(|| vm.none());
            if let Err(e2) = vm.call(&h, &[exc.type_value(), exc.clone(), tb]) {
                vm.write_stderr("Error in sys.excepthook:\n");
                vm.write_stderr(&traceback::format_exception(vm, &e2.0));
                vm.write_stderr("\nOriginal exception was:\n");
                vm.write_stderr(&traceback::format_exception(vm, &exc));
            }
        }
        None => {
            vm.write_stderr("sys.excepthook is missing\n");
            vm.write_stderr(&traceback::format_exception(vm, &exc));
        }
    }
    1
}

/// Flushes the standard streams at exit.
/// Clears the modules of the program as CPython's shutdown ends up doing: once the modules
/// leave `sys.modules`, their namespaces are cycles that the collector clears, oldest first —
/// `__main__`, then the modules it imported, each namespace in insertion order. Pyrite's own
/// library modules (frozen into the binary), `sys` and `builtins` are left.
fn clear_program_modules(vm: &Vm) {
    let Some(modules) = vm.sys_modules().as_dict().map(|d| d.items()) else { return };
    for (name, m) in modules {
        let Some(md) = m.as_module() else { continue };
        let d = md.dict.clone();
        let Some(dd) = d.as_dict() else { continue };
        let file = dd.get_str(&vm.intern("__file__")).and_then(|f| f.as_rust_str().map(String::from));
        let is_main = name.as_rust_str() == Some("__main__");
        if is_main || file.is_some_and(|f| !f.starts_with('<')) {
            dd.clear_and_release();
        }
    }
}

pub fn finalize(vm: &Vm) {
    // atexit handlers run first, if the program imported atexit.
    let atexit = vm.sys_modules().as_dict().and_then(|d| d.get_str(&vm.intern("atexit")));
    if let Some(m) = atexit {
        if let Ok(f) = vm.get_attr(&m, &vm.intern("_run_exitfuncs")) {
            if let Err(e) = vm.call(&f, &[]) {
                vm.write_unraisable(&e, None);
            }
        }
    }
    // Objects still alive are finalized as CPython does at shutdown: garbage cycles first,
    // then the program's module globals, then the cycles that clearing left.
    modules::gc::collect_all(vm);
    clear_program_modules(vm);
    modules::gc::collect_all(vm);
    if let Some(so) = vm.sys_attr("stdout") {
        if so.downcast::<modules::io::TextIOData>().is_none() {
            if let Ok(f) = vm.get_attr(&so, &vm.names.flush) {
                let _ = vm.call(&f, &[]);
            }
        }
    }
    vm.flush_stdout();
}
