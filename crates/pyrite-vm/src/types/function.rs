//! Functions: Python functions (`function`), built-in functions and bound built-in methods
//! (`builtin_function_or_method`), bound methods (`method`) and closure cells (`cell`).

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::vm::{PyResult, Vm};

/// A native function: `(vm, args, kwnames)`. When `kwnames` is a tuple of n names, the last n
/// values of `args` are the keyword arguments (CPython's vectorcall layout).
pub type NativeFn = fn(&Vm, &[Value], Option<&Value>) -> PyResult<Value>;

/// A Python function (= `PyFunctionObject`).
pub struct FunctionData {
    pub code: UnsafeCell<Value>,
    pub globals: Value,
    pub builtins: Value,
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    pub defaults: UnsafeCell<Option<Value>>,
    pub kwdefaults: UnsafeCell<Option<Value>>,
    pub closure: Option<Value>,
    pub doc: UnsafeCell<Value>,
    pub annotations: UnsafeCell<Option<Value>>,
    pub dict: UnsafeCell<Option<Value>>,
    pub module: UnsafeCell<Value>,
    /// `__type_params__` (None stands for the empty tuple).
    pub type_params: UnsafeCell<Option<Value>>,
}

impl FunctionData {
    #[inline]
    pub fn code(&self) -> &Value {
        // SAFETY: `__code__` assignment replaces the value only between calls.
        unsafe { &*self.code.get() }
    }

    /// The code object's data (`__code__` is always a code object).
    #[inline(always)]
    pub fn code_data(&self) -> &crate::types::code::CodeData {
        // SAFETY: `__code__` only ever holds code objects (its setter checks).
        unsafe { self.code().downcast_unchecked::<crate::types::code::CodeData>() }
    }

    #[inline]
    pub fn defaults(&self) -> Option<&Value> {
        // SAFETY: read-only borrow; `__defaults__` assignment does not happen during a call
        // setup (no Python code runs there).
        unsafe { (*self.defaults.get()).as_ref() }
    }

    #[inline]
    pub fn kwdefaults(&self) -> Option<&Value> {
        // SAFETY: as for `defaults`.
        unsafe { (*self.kwdefaults.get()).as_ref() }
    }

    pub fn name(&self) -> Value {
        // SAFETY: short read.
        unsafe { (*self.name.get()).clone() }
    }

    pub fn qualname(&self) -> Value {
        // SAFETY: short read.
        unsafe { (*self.qualname.get()).clone() }
    }
}

/// A built-in function or a built-in method bound to `self_`.
pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    pub module: Option<&'static str>,
    /// For a type's native static methods (`__new__`, `str.maketrans`): the type, shown by
    /// `repr` and `__self__` (calls do not pass it). Calls of `__new__` are checked to pass a
    /// subtype of it as the first argument (as `tp_new_wrapper` checks).
    pub owner: Option<Value>,
}

pub fn new_builtin(name: &'static str, func: NativeFn, self_: Option<Value>) -> Value {
    alloc(&builtin_types().builtin_function, BuiltinData { name, func, self_, module: Some("builtins"), owner: None })
}

/// A bound method (= `PyMethodObject`).
pub struct MethodData {
    pub func: Value,
    pub self_: Value,
}

pub fn new_method(func: Value, self_: Value) -> Value {
    alloc(&builtin_types().method, MethodData { func, self_ })
}

/// A closure cell.
pub struct CellData {
    pub value: UnsafeCell<Option<Value>>,
}

impl CellData {
    pub fn get(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.value.get()).clone() }
    }

    /// Replaces the contents; returns the old value for the caller to drop.
    pub fn set(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write; the old value is returned, not dropped here.
        unsafe { std::mem::replace(&mut *self.value.get(), v) }
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    alloc(&builtin_types().cell, CellData { value: UnsafeCell::new(v) })
}

pub use crate::types::funcmethods::init;
