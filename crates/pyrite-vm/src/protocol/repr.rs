//! `repr()` and `str()` of built-in objects, with CPython's recursion guard for containers
//! (`[[...]]`).

use std::cell::RefCell;

use crate::object::{Layout, Value};
use crate::types::bytes::{ByteArrayData, BytesData};
use crate::types::float::{complex_repr, float_repr, ComplexData, FloatData};
use crate::types::int::{as_int, int_repr};
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// Containers whose repr is being built (= `Py_ReprEnter`).
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `v` is already being repr'd, in which case returns `recursive`.
fn guarded(v: &Value, recursive: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let id = v.raw();
    if REPR_STACK.with(|s| s.borrow().contains(&id)) {
        return Ok(recursive.to_string());
    }
    REPR_STACK.with(|s| s.borrow_mut().push(id));
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == id) {
            s.remove(p);
        }
    });
    r
}

fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(vm.repr(it)?.as_rust_str().unwrap_or(""));
    }
    Ok(out)
}

/// The module-qualified name of a type, as `repr` of instances and classes shows it.
pub fn type_qualified_name(vm: &Vm, t: &Value) -> String {
    let Some(td) = t.as_type() else {
        return vm.repr_string(t);
    };
    let module = td.dict().get_str(&vm.names.__module__);
    let qual = td.qualname_value();
    let q = qual.as_rust_str().unwrap_or("?");
    match module.as_ref().and_then(|m| m.as_rust_str()) {
        Some(m) if m != "builtins" => format!("{m}.{q}"),
        _ => q.to_string(),
    }
}

/// `repr` of a built-in object.
pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = as_int(v) {
        if v.ty().layout == Layout::Bool {
            return Ok(if i.is_zero() { "False".into() } else { "True".into() });
        }
        if let crate::types::int::IntRef::Big(b) = &i {
            // CPython's limit on int-to-str conversion (bits above ~4300 decimal digits).
            if b.bits() > 14_300 {
                let s = int_repr(&i);
                let digits = s.trim_start_matches('-').len();
                if digits > crate::types::int::MAX_STR_DIGITS {
                    return Err(vm.value_error(
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                return Ok(s);
            }
        }
        return Ok(int_repr(&i));
    }
    let ty = v.ty();
    Ok(match ty.layout {
        Layout::Float => float_repr(v.downcast::<FloatData>().expect("float").0),
        Layout::Complex => {
            let c = v.downcast::<ComplexData>().expect("complex");
            complex_repr(c.re, c.im)
        }
        Layout::Str => crate::types::strmethods::str_repr(v.as_str_data().expect("str")),
        Layout::Bytes => crate::types::bytesmethods::bytes_repr(&v.downcast::<BytesData>().expect("bytes").0),
        Layout::ByteArray => format!(
            "{}({})",
            ty.name(),
            crate::types::bytesmethods::bytearray_body_repr(&v.downcast::<ByteArrayData>().expect("ba").to_vec())
        ),
        Layout::List => guarded(v, "[...]", || {
            Ok(format!("[{}]", join_reprs(vm, &v.as_list().expect("list").to_vec())?))
        })?,
        Layout::Tuple => {
            let items = v.as_tuple().expect("tuple").to_vec();
            guarded(v, "(...)", || {
                if items.len() == 1 {
                    Ok(format!("({},)", vm.repr(&items[0])?.as_rust_str().unwrap_or("")))
                } else {
                    Ok(format!("({})", join_reprs(vm, &items)?))
                }
            })?
        }
        Layout::Dict => guarded(v, "{...}", || {
            let mut out = String::from("{");
            for (i, (k, val)) in v.as_dict().expect("dict").items().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(vm.repr(k)?.as_rust_str().unwrap_or(""));
                out.push_str(": ");
                out.push_str(vm.repr(val)?.as_rust_str().unwrap_or(""));
            }
            out.push('}');
            Ok(out)
        })?,
        Layout::Set => {
            let name = ty.name().to_string();
            let keys = v.as_set().expect("set").keys();
            let is_frozen = v.isinstance(&vm.types.frozenset);
            guarded(v, &format!("{name}(...)"), || {
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = format!("{{{}}}", join_reprs(vm, &keys)?);
                Ok(if is_frozen || name != "set" { format!("{name}({inner})") } else { inner })
            })?
        }
        Layout::Singleton => {
            if v.is(&vm.types.none) {
                "None".into()
            } else if v.is(&vm.types.ellipsis) {
                "Ellipsis".into()
            } else {
                "NotImplemented".into()
            }
        }
        Layout::Type => {
            let td = v.as_type().expect("type");
            let _ = td;
            format!("<class '{}'>", type_qualified_name(vm, v))
        }
        Layout::Range => {
            let r = v.downcast::<crate::types::range::RangeData>().expect("range");
            if r.step.as_small_int() == Some(1) {
                format!("range({}, {})", vm.repr_string(&r.start), vm.repr_string(&r.stop))
            } else {
                format!("range({}, {}, {})", vm.repr_string(&r.start), vm.repr_string(&r.stop), vm.repr_string(&r.step))
            }
        }
        Layout::Slice => {
            let s = v.downcast::<crate::types::range::SliceData>().expect("slice");
            format!("slice({}, {}, {})", vm.repr_string(&s.start), vm.repr_string(&s.stop), vm.repr_string(&s.step))
        }
        Layout::Exception => crate::types::excmethods::exception_repr(vm, v)?,
        Layout::Function => {
            let f = v.downcast::<crate::types::function::FunctionData>().expect("function");
            format!("<function {} at {:#x}>", f.qualname().as_rust_str().unwrap_or("?"), v.raw())
        }
        Layout::Builtin => {
            let b = v.downcast::<crate::types::function::BuiltinData>().expect("builtin");
            match &b.self_ {
                Some(s) if ty.name() == "method-wrapper" => {
                    format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, s.ty().name(), s.raw())
                }
                Some(s) if s.as_module().is_none() => {
                    format!("<built-in method {} of {} object at {:#x}>", b.name, s.ty().name(), s.raw())
                }
                None if b.owner.is_some() => {
                    let o = b.owner.as_ref().expect("owner");
                    format!("<built-in method {} of {} object at {:#x}>", b.name, o.ty().name(), o.raw())
                }
                _ => format!("<built-in function {}>", b.name),
            }
        }
        Layout::Method => {
            let m = v.downcast::<crate::types::function::MethodData>().expect("method");
            let fname = vm
                .get_attr_opt(&m.func, &vm.names.__qualname__)?
                .and_then(|q| q.as_rust_str().map(String::from))
                .unwrap_or_else(|| "?".into());
            format!("<bound method {} of {}>", fname, vm.repr_string(&m.self_))
        }
        Layout::MethodDescr => {
            let d = v.downcast::<crate::types::descr::MethodDescrData>().expect("descr");
            let kind = if ty.name() == "wrapper_descriptor" { "slot wrapper" } else { "method" };
            format!("<{} '{}' of '{}' objects>", kind, d.name, d.objclass.ty_name_of_type())
        }
        Layout::StaticMethod => {
            let f = v.downcast::<crate::types::descr::StaticMethodData>().expect("staticmethod").func();
            format!("<staticmethod({})>", vm.repr(&f)?.as_rust_str().unwrap_or(""))
        }
        Layout::ClassMethod => {
            let f = v.downcast::<crate::types::descr::ClassMethodData>().expect("classmethod").func();
            format!("<classmethod({})>", vm.repr(&f)?.as_rust_str().unwrap_or(""))
        }
        Layout::GetSetDescr => {
            let g = v.downcast::<crate::types::descr::GetSetData>().expect("getset");
            format!("<attribute '{}' of '{}' objects>", g.name, g.objclass.ty_name_of_type())
        }
        Layout::MemberDescr => {
            let m = v.downcast::<crate::types::descr::MemberDescrData>().expect("member");
            format!("<member '{}' of '{}' objects>", m.name.as_rust_str().unwrap_or("?"), m.objclass.ty_name_of_type())
        }
        Layout::Module => {
            let m = v.as_module().expect("module");
            let d = m.dict.as_dict().expect("dict");
            let name = d.get_str(&vm.names.__name__).map(|n| vm.repr_string(&n)).unwrap_or_else(|| "'?'".into());
            let n = d.get_str(&vm.names.__name__).and_then(|x| x.as_rust_str().map(String::from)).unwrap_or_default();
            match d.get_str(&vm.names.__file__) {
                Some(f) if f.as_str_data().is_some() => format!("<module {} from {}>", name, vm.repr_string(&f)),
                _ if matches!(n.as_str(), "sys" | "builtins" | "_os" | "_pyrite") => format!("<module {} (built-in)>", name),
                _ if vm.frozen.iter().any(|(fname, _, _)| *fname == n) => format!("<module {} (frozen)>", name),
                _ => format!("<module {}>", name),
            }
        }
        Layout::Code => {
            let c = v.as_code().expect("code");
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_rust_str().unwrap_or("?"),
                v.raw(),
                c.filename.as_rust_str().unwrap_or("?"),
                c.source.firstlineno
            )
        }
        Layout::Generator => {
            let g = v.as_gen_any().expect("gen");
            // SAFETY: short read.
            let q = unsafe { (*g.qualname.get()).clone() };
            format!("<{} object {} at {:#x}>", v.ty().name(), q.as_rust_str().unwrap_or("?"), v.raw())
        }
        Layout::Super => crate::types::descrmethods::super_repr_string(vm, v),
        Layout::Cell => {
            let c = v.downcast::<crate::types::function::CellData>().expect("cell");
            match c.get() {
                Some(x) => format!("<cell at {:#x}: {} object at {:#x}>", v.raw(), x.ty().name(), x.raw()),
                None => format!("<cell at {:#x}: empty>", v.raw()),
            }
        }
        Layout::Iter if v.is_exact(&vm.types.union_type) => crate::types::alias::union_repr(vm, v),
        Layout::Iter if matches!(ty.name(), "dict_keys" | "dict_values" | "dict_items") => {
            guarded(v, "...", || crate::types::itermethods::iter_repr(vm, v))?
        }
        Layout::Iter => crate::types::itermethods::iter_repr(vm, v)?,
        Layout::Frame => crate::types::funcmethods::frame_repr(vm, v),
        _ => default_repr(vm, v),
    })
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    format!("<{} object at {:#x}>", type_qualified_name(vm, &v.type_value()), v.raw())
}

/// `str()` of a built-in object.
pub fn native_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.ty().layout {
        Layout::Str => Ok(crate::types::str::str_from_data(v.as_str_data().expect("str").substring(0, v.as_str_data().expect("str").len()))),
        Layout::Exception => crate::types::excmethods::exception_str(vm, v),
        Layout::Iter => match crate::types::itermethods::proxy_str(vm, v) {
            Some(r) => r,
            None => vm.repr(v),
        },
        _ => vm.repr(v),
    }
}

/// Helper: `new_str` of a repr string.
pub fn repr_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&native_repr(vm, v)?))
}
