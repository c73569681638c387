//! `module` objects: a namespace dict with a name.

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::types::dict::new_dict;
use crate::vm::Vm;

pub struct ModuleData {
    pub dict: Value,
}

/// A new module named `name` with `__name__`, `__doc__`, `__package__`, `__loader__`,
/// `__spec__` set as CPython sets them for a fresh module.
pub fn new_module(vm: &Vm, name: &str) -> Value {
    let dict = new_dict();
    let d = dict.as_dict().expect("dict");
    d.set_str(vm.names.__name__.clone(), vm.intern(name));
    d.set_str(vm.names.__doc__.clone(), vm.none());
    d.set_str(vm.names.__package__.clone(), vm.none());
    d.set_str(vm.names.__loader__.clone(), vm.none());
    d.set_str(vm.names.__spec__.clone(), vm.none());
    alloc(&builtin_types().module, ModuleData { dict })
}

impl Value {
    pub fn as_module(&self) -> Option<&ModuleData> {
        self.downcast::<ModuleData>()
    }
}

pub use crate::types::funcmethods::init_module as init;
