//! `_os`: the native half of the `os` module (the Python half is `lib/os.py`).

use crate::object::Value;
use crate::types::function::{new_builtin, NativeFn};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

fn getcwd(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(&p.to_string_lossy())),
        Err(e) => Err(vm.new_error(&vm.types.exc.os_error, &e.to_string())),
    }
}

fn getpid(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::int::new_int(std::process::id() as i64))
}

fn environ_items(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| new_tuple(vec![new_str(&k.to_string_lossy()), new_str(&v.to_string_lossy())]))
        .collect();
    Ok(crate::types::list::new_list(items))
}

pub fn make(vm: &Vm) -> Value {
    let m = crate::types::module::new_module(vm, "_os");
    let d = m.as_module().expect("module").dict.clone();
    let fns: &[(&'static str, NativeFn)] = &[("getcwd", getcwd), ("getpid", getpid), ("environ_items", environ_items)];
    for (name, f) in fns {
        d.as_dict().expect("dict").set_str(vm.intern(name), new_builtin(name, *f, None));
    }
    m
}
