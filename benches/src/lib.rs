//! Helpers for Pyrite's micro-benchmarks (`benches/hot_paths.rs`): one interpreter per thread
//! and Python functions defined from source, so that a benchmark times one call of a function
//! whose body exercises one hot path.

use pyrite_vm::{Value, Vm};

thread_local! {
    static VM: &'static Vm = Box::leak(Vm::new(vec!["bench".to_string()]));
}

/// The interpreter of this thread (made on first use, kept for the process).
pub fn vm() -> &'static Vm {
    VM.with(|v| *v)
}

/// Runs `source` as a module and returns its global `name` (a function to call).
pub fn define(source: &str, name: &str) -> Value {
    let vm = vm();
    let globals = pyrite_vm::types::dict::new_dict();
    let d = globals.as_dict().expect("dict");
    d.set_str(vm.names.__builtins__.clone(), vm.builtins_dict());
    d.set_str(vm.names.__name__.clone(), pyrite_vm::types::str::new_str("bench"));
    let code = pyrite_vm::import::compile_source(vm, source, "<bench>", pyrite_vm::Mode::Exec).expect("benchmark source compiles");
    pyrite_vm::eval::run_code(vm, &code, &globals, Some(globals.clone())).expect("benchmark source runs");
    d.get_str(&vm.intern(name)).expect("benchmark function defined")
}

/// Calls `f()` and returns its result (panics on a Python exception: a broken benchmark).
pub fn call(f: &Value) -> Value {
    vm().call(f, &[]).expect("benchmark function runs")
}
