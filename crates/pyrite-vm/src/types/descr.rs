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

/// A `__slots__` member, or a native attribute CPython defines as a struct member
/// (`member_descriptor`).
pub struct MemberDescrData {
    pub name: Value,
    /// The slot index (`__slots__` members).
    pub index: usize,
    pub objclass: Value,
    /// The accessors of a native member (then `index` is unused).
    pub native: Option<(Getter, Option<Setter>)>,
}

/// Whether CPython defines the native attribute `name` of type `owner` as a struct member
/// (`member_descriptor`) rather than a getter/setter pair.
pub fn is_native_member(owner: &str, name: &str) -> bool {
    match owner {
        "range" | "slice" => matches!(name, "start" | "stop" | "step"),
        "complex" => matches!(name, "real" | "imag"),
        "function" => matches!(name, "__closure__" | "__globals__" | "__builtins__"),
        "property" => matches!(name, "fget" | "fset" | "fdel" | "__doc__"),
        "staticmethod" | "classmethod" => matches!(name, "__func__" | "__wrapped__"),
        "method" => matches!(name, "__func__" | "__self__"),
        "super" => matches!(name, "__thisclass__" | "__self__" | "__self_class__"),
        "traceback" => matches!(name, "tb_frame" | "tb_lasti" | "tb_lineno"),
        "code" => name.starts_with("co_")
            && !matches!(name, "co_code" | "co_varnames" | "co_cellvars" | "co_freevars" | "co_lnotab"),
        "type" => matches!(
            name,
            "__basicsize__" | "__itemsize__" | "__flags__" | "__weakrefoffset__" | "__base__" | "__dictoffset__"
        ),
        _ => false,
    }
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
    let d = if kind == MethodKind::Static {
        // A static method is a builtin function owned by the type; `__new__` is stored as it
        // is (a builtin function is no descriptor), others wrapped in a staticmethod.
        let f = alloc(
            &t.builtin_function,
            crate::types::function::BuiltinData { name, func, self_: None, module: Some("builtins"), owner: Some(ty.clone()) },
        );
        if name == "__new__" {
            f
        } else {
            alloc(&t.staticmethod, StaticMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) })
        }
    } else {
        alloc(descr_ty, MethodDescrData { name, func, objclass: ty.clone(), kind })
    };
    ty.as_type().expect("type").dict().set_str(vm.intern(name), d);
}

/// Adds a native getter (and optional setter) to a type's namespace.
pub fn add_getset(vm: &Vm, ty: &Value, name: &'static str, get: Getter, set: Option<Setter>) {
    let t = builtin_types();
    let d = if is_native_member(ty.as_type().expect("type").name(), name) {
        alloc(&t.member_descriptor, MemberDescrData { name: vm.intern(name), index: 0, objclass: ty.clone(), native: Some((get, set)) })
    } else {
        alloc(&t.getset_descriptor, GetSetData { name, get, set, objclass: ty.clone() })
    };
    ty.as_type().expect("type").dict().set_str(vm.intern(name), d);
}

pub use crate::types::descrmethods::init;
