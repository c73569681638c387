//! Native modules (one file each) and the table of modules written in Python that are frozen
//! into the binary.

pub mod io;
pub mod sys;

use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// Modules written in Python and compiled into the binary: (name, source, is_package).
pub fn frozen_modules() -> Vec<(&'static str, &'static str, bool)> {
    Vec::new()
}

/// A built-in module by name, created on first import.
pub fn builtin_module(vm: &Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(vm.sys_module()),
        "builtins" => {
            // SAFETY: set during init.
            unsafe { (*vm.builtins.get()).clone() }
        }
        _ => None,
    })
}
