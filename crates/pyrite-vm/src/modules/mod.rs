//! Native modules (one file each) and the table of modules written in Python that are frozen
//! into the binary.

pub mod gc;
pub mod io;
pub mod os;
pub mod pyrite_native;
pub mod sys;
pub mod time;

use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// Modules written in Python (`crates/pyrite-vm/lib/`), embedded in the binary: (name,
/// source, is_package). They are compiled when first imported; start-up reads no files.
pub fn frozen_modules() -> Vec<(&'static str, &'static str, bool)> {
    vec![
        ("asyncio", include_str!("../../lib/asyncio.py"), false),
        ("atexit", include_str!("../../lib/atexit.py"), false),
        ("inspect", include_str!("../../lib/inspect.py"), false),
        ("linecache", include_str!("../../lib/linecache.py"), false),
        ("os", include_str!("../../lib/os.py"), false),
        ("posixpath", include_str!("../../lib/posixpath.py"), false),
        ("traceback", include_str!("../../lib/traceback.py"), false),
        ("types", include_str!("../../lib/types.py"), false),
        ("weakref", include_str!("../../lib/weakref.py"), false),
        ("typing", include_str!("../../lib/typing.py"), false),
    ]
}

/// Runs a frozen module's source as module `name`.
fn load_frozen(vm: &Vm, name: &str, source: &str) -> PyResult<Value> {
    let m = crate::types::module::new_module(vm, name);
    let d = m.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm.names.__builtins__.clone(), vm.builtins_dict());
    let modules = vm.sys_modules();
    modules.as_dict().expect("dict").set_item(vm, crate::types::str::new_str(name), m.clone())?;
    let filename = format!("<frozen {name}>");
    let r = crate::import::compile_source(vm, source, &filename, pyrite_compiler::Mode::Exec)
        .and_then(|code| crate::eval::run_code(vm, &code, &d, Some(d.clone())));
    if let Err(e) = r {
        let _ = modules.as_dict().expect("dict").remove(vm, &crate::types::str::new_str(name));
        return Err(e);
    }
    Ok(m)
}

/// A built-in module by name, created on first import.
pub fn builtin_module(vm: &Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(vm.sys_module()),
        "builtins" => {
            // SAFETY: set during init.
            unsafe { (*vm.builtins.get()).clone() }
        }
        "_os" => Some(os::make(vm)),
        "_pyrite" => Some(pyrite_native::make(vm)),
        "time" => Some(time::make(vm)),
        "gc" => Some(gc::make(vm)),
        "_weakref" => Some(crate::types::weakref::make(vm)),
        _ => match vm.frozen.iter().find(|(n, _, _)| *n == name) {
            Some((n, src, _)) => Some(load_frozen(vm, n, src)?),
            None => None,
        },
    })
}
