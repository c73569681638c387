//! Descriptors: `property`, `staticmethod`, `classmethod`, `super`, and the descriptors that
//! expose native methods, getters/setters and `__slots__` members of types.

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::types::function::NativeFn;
use crate::vm::{PyResult, Vm};

pub struct PropertyData {
    pub fget: UnsafeCell<Option<Value>>,
    pub fset: UnsafeCell<Option<Value>>,
    pub fdel: UnsafeCell<Option<Value>>,
    pub doc: UnsafeCell<Option<Value>>,
    pub name: UnsafeCell<Option<Value>>,
}

impl PropertyData {
    pub fn get(cell: &UnsafeCell<Option<Value>>) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*cell.get()).clone() }
    }
}

pub struct StaticMethodData {
    pub func: UnsafeCell<Value>,
    pub dict: UnsafeCell<Option<Value>>,
}

pub struct ClassMethodData {
    pub func: UnsafeCell<Value>,
    pub dict: UnsafeCell<Option<Value>>,
}

impl StaticMethodData {
    pub fn func(&self) -> Value {
        // SAFETY: short read.
        unsafe { (*self.func.get()).clone() }
    }
}

impl ClassMethodData {
    pub fn func(&self) -> Value {
        // SAFETY: short read.
        unsafe { (*self.func.get()).clone() }
    }
}

/// `super(type, obj)`.
pub struct SuperData {
    pub ty: UnsafeCell<Option<Value>>,
    pub obj: UnsafeCell<Option<Value>>,
    pub obj_type: UnsafeCell<Option<Value>>,
}

/// How a native method binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// Called with the instance as the first argument.
    Instance,
    /// Called with the class as the first argument.
    Class,
    /// Called with the arguments as given.
    Static,
}

/// A native method of a built-in type (`method_descriptor`, `wrapper_descriptor`,
/// `classmethod_descriptor`).
pub struct MethodDescrData {
    pub name: &'static str,
    pub func: NativeFn,
    pub objclass: Value,
    pub kind: MethodKind,
}

pub type Getter = fn(&Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;

/// A native attribute (`getset_descriptor`).
pub struct GetSetData {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub objclass: Value,
}

/// A `__slots__` member (`member_descriptor`).
pub struct MemberDescrData {
    pub name: Value,
    pub index: usize,
    pub objclass: Value,
}

/// Whether `v` is a native descriptor (so a type slot defined by it is not a Python override).
pub fn is_native_slot(v: &Value) -> bool {
    v.downcast::<MethodDescrData>().is_some() || v.downcast::<GetSetData>().is_some()
}

/// Whether `name` is a type slot's dunder (exposed as a `wrapper_descriptor`, "slot wrapper");
/// other native methods, dunders included (`__format__`, `__reduce__`, `__getstate__`), are
/// `method_descriptor`s.
pub fn is_slot_name(name: &str) -> bool {
    let Some(inner) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else { return false };
    matches!(
        inner,
        "getattribute" | "getattr" | "setattr" | "delattr" | "repr" | "hash" | "call" | "str" | "lt" | "le" | "eq"
            | "ne" | "gt" | "ge" | "iter" | "next" | "get" | "set" | "delete" | "init" | "new" | "del" | "await"
            | "aiter" | "anext" | "add" | "radd" | "sub" | "rsub" | "mul" | "rmul" | "mod" | "rmod" | "divmod"
            | "rdivmod" | "pow" | "rpow" | "neg" | "pos" | "abs" | "bool" | "invert" | "lshift" | "rlshift"
            | "rshift" | "rrshift" | "and" | "rand" | "xor" | "rxor" | "or" | "ror" | "int" | "float" | "iadd"
            | "isub" | "imul" | "imod" | "ipow" | "ilshift" | "irshift" | "iand" | "ixor" | "ior" | "floordiv"
            | "rfloordiv" | "truediv" | "rtruediv" | "ifloordiv" | "itruediv" | "index" | "matmul" | "rmatmul"
            | "imatmul" | "len" | "getitem" | "setitem" | "delitem" | "contains" | "buffer" | "release_buffer"
    )
}

/// Adds a native method to a type's namespace.
pub fn add_method(vm: &Vm, ty: &Value, name: &'static str, func: NativeFn, kind: MethodKind) {
    let t = builtin_types();
    let descr_ty = match kind {
        MethodKind::Class => &t.classmethod_descriptor,
        _ if is_slot_name(name) => &t.wrapper_descriptor,
        _ => &t.method_descriptor,
    };
    let d = alloc(descr_ty, MethodDescrData { name, func, objclass: ty.clone(), kind });
    let d = if kind == MethodKind::Static {
        let f = alloc(
            &t.builtin_function,
            crate::types::function::BuiltinData {
                name,
                func,
                self_: None,
                module: Some("builtins"),
                new_for: if name == "__new__" { Some(ty.clone()) } else { None },
            },
        );
        alloc(&t.staticmethod, StaticMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) })
    } else {
        d
    };
    ty.as_type().expect("type").dict().set_str(vm.intern(name), d);
}

/// Adds a native getter (and optional setter) to a type's namespace.
pub fn add_getset(vm: &Vm, ty: &Value, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = alloc(&builtin_types().getset_descriptor, GetSetData { name, get, set, objclass: ty.clone() });
    ty.as_type().expect("type").dict().set_str(vm.intern(name), d);
}

pub use crate::types::descrmethods::init;
