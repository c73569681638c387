//! `object` and `type` methods, and class creation (`type.__new__`, `__build_class__`).

use std::cell::{Cell, UnsafeCell};

use crate::object::{alloc, alloc_sub, Layout, Value};
use crate::types::descr::{add_getset, add_method, ClassMethodData, MemberDescrData, MethodKind, StaticMethodData};
use crate::types::dict::new_dict;
use crate::types::function::{CellData, FunctionData};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{c3_mro, next_version, tflags, TypeData};
use crate::vm::{PyResult, Vm};

/// Keyword arguments of a native call as (name, value) pairs.
pub fn split_kwargs<'a>(args: &'a [Value], kwnames: Option<&'a Value>) -> (&'a [Value], Vec<(&'a Value, &'a Value)>) {
    let names: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let kws = names.iter().zip(args[npos..].iter()).collect();
    (&args[..npos], kws)
}

/// Allocates an instance of `cls` with payload `data`, as a `Sub` when `cls` is a class
/// defined in Python.
pub fn alloc_instance<T: crate::object::PyPayload>(cls: &Value, data: T) -> Value {
    let td = cls.as_type().expect("type");
    if td.ext_offset != 0 {
        // SAFETY: short read of the slot names.
        let n = unsafe { (*td.slot_names.get()).len() };
        alloc_sub(cls, data, n)
    } else {
        alloc(cls, data)
    }
}

fn object_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let cls = args.first().ok_or_else(|| vm.type_error("object.__new__(): not enough arguments"))?;
    let td = cls.as_type().ok_or_else(|| vm.type_error("object.__new__(X): X is not a type object"))?;
    let has_args = args.len() > 1 || kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty()));
    if has_args {
        let init = td.lookup(&vm.names.__init__);
        let init_overridden = init.is_some_and(|i| !is_native(&i, "__init__", &vm.types.object));
        let new = td.lookup(&vm.names.__new__);
        let new_overridden = new.is_some_and(|n| !is_native_new_of_object(vm, &n));
        if new_overridden || !init_overridden {
            return Err(vm.type_error(&format!("{}() takes no arguments", td.name())));
        }
    }
    if td.layout != Layout::Object && td.layout != Layout::Exception {
        return Err(vm.type_error(&format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    if td.layout == Layout::Exception {
        return Ok(crate::types::excmethods::new_exception_instance(vm, cls, vm.types.empty_tuple.clone()));
    }
    Ok(alloc_instance(cls, ()))
}

fn is_native(v: &Value, name: &str, owner: &Value) -> bool {
    v.downcast::<crate::types::descr::MethodDescrData>().is_some_and(|d| d.name == name && d.objclass.is(owner))
}

/// Whether `v` (a class's `__new__`) is `object.__new__` itself.
pub fn is_native_new_of_object(vm: &Vm, v: &Value) -> bool {
    let _ = vm;
    let f = match v.downcast::<StaticMethodData>() {
        Some(s) => s.func(),
        None => v.clone(),
    };
    f.downcast::<crate::types::function::BuiltinData>().is_some_and(|b| std::ptr::fn_addr_eq(b.func, object_new as crate::types::function::NativeFn))
}

fn object_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let has_args = args.len() > 1 || kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty()));
    if has_args {
        let td = args[0].ty();
        let new = td.lookup(&vm.names.__new__);
        let new_overridden = new.is_some_and(|n| !is_native_new_of_object(vm, &n));
        let init = td.lookup(&vm.names.__init__);
        let init_overridden = init.is_some_and(|i| !is_native(&i, "__init__", &vm.types.object));
        if init_overridden {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !new_overridden {
            return Err(vm.type_error(&format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                td.tp_name()
            )));
        }
    }
    Ok(vm.none())
}

fn object_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = &args[0];
    if v.ty().has_flag(tflags::HEAPTYPE) && v.ty().layout == Layout::Object {
        return Ok(new_str(&crate::protocol::repr::default_repr(vm, v)));
    }
    // Built-in types whose `__repr__` is inherited from `object` use their native repr; one
    // with a `__repr__` of its own reaches here only through a direct `object.__repr__(x)`.
    let own = v.ty().lookup(&vm.names.__repr__);
    if own.is_some_and(|r| !is_native(&r, "__repr__", &vm.types.object)) {
        return Ok(new_str(&crate::protocol::repr::default_repr(vm, v)));
    }
    crate::protocol::repr::repr_value(vm, v)
}

fn native_repr_method(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.first().ok_or_else(|| vm.type_error("descriptor '__repr__' needs an argument"))?;
    crate::protocol::repr::repr_value(vm, v)
}

fn native_format_method(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("__format__() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let Some(spec) = args[1].as_rust_str() else {
        return Err(vm.type_error(&format!("__format__() argument must be str, not {}", args[1].ty().name())));
    };
    crate::types::format::format_builtin(vm, &args[0], spec)
}

/// Gives the built-in types that CPython gives a `__repr__` (or `__format__`) of their own,
/// but whose behaviour lives in the native repr/format code here, that method.
pub fn add_native_reprs(vm: &Vm) {
    let t = &vm.types;
    for ty in [&t.str, &t.complex, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset, &t.bytes, &t.range, &t.slice] {
        if ty.as_type().is_some_and(|td| td.dict().get_str(&vm.names.__repr__).is_none()) {
            add_method(vm, ty, "__repr__", native_repr_method, MethodKind::Instance);
        }
    }
    for ty in [&t.int, &t.float, &t.complex, &t.str] {
        if ty.as_type().is_some_and(|td| td.dict().get_str(&vm.names.__format__).is_none()) {
            add_method(vm, ty, "__format__", native_format_method, MethodKind::Instance);
        }
    }
}

fn object_str(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = &args[0];
    if v.ty().layout == Layout::Exception {
        return crate::types::excmethods::exception_str(vm, v);
    }
    vm.repr(v)
}

fn object_hash(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = &args[0];
    let h = if v.ty().has_flag(tflags::HEAPTYPE) && v.ty().layout == Layout::Object {
        crate::protocol::object::identity_hash(v)
    } else {
        vm.native_hash(v)?
    };
    Ok(crate::types::int::new_int(h))
}

fn object_eq(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    let (a, b) = (&args[0], &args[1]);
    if a.ty().layout != Layout::Object || b.ty().layout != Layout::Object {
        if let Some(r) = vm.native_compare(a, b, 2)? {
            return Ok(vm.bool_value(r));
        }
    }
    Ok(if a.is(b) { vm.bool_value(true) } else { vm.not_implemented() })
}

fn object_ne(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    // `__ne__` inverts `__eq__` unless that is NotImplemented.
    let (a, b) = (&args[0], &args[1]);
    let eq = match a.ty().lookup(&vm.names.__eq__) {
        Some(f) => vm.call(&f, &[a.clone(), b.clone()])?,
        None => vm.not_implemented(),
    };
    if eq.is(&vm.types.not_implemented) {
        return Ok(eq);
    }
    Ok(vm.bool_value(!vm.is_true(&eq)?))
}

macro_rules! native_cmp {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
            crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
            let (a, b) = (&args[0], &args[1]);
            if a.ty().layout != Layout::Object {
                if let Some(r) = vm.native_compare(a, b, $op)? {
                    return Ok(vm.bool_value(r));
                }
            }
            Ok(vm.not_implemented())
        }
    };
}
native_cmp!(object_lt, 0);
native_cmp!(object_le, 1);
native_cmp!(object_gt, 4);
native_cmp!(object_ge, 5);

fn object_getattribute(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let name = args.get(1).ok_or_else(|| vm.type_error("expected 1 argument"))?;
    if name.as_str_data().is_none() {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", name.ty().name())));
    }
    match vm.generic_getattr(&args[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], name)),
    }
}

fn object_setattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    vm.generic_setattr(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.generic_setattr(&args[0], &args[1], None)?;
    Ok(vm.none())
}

fn object_format(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(&format!(
            "object.__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    if args[1].as_str_data().is_none() {
        let tn = if vm.is_none(&args[1]) { "None".to_string() } else { args[1].ty().name().to_string() };
        return Err(vm.type_error(&format!("__format__() argument must be str, not {tn}")));
    }
    let spec = args[1].as_rust_str().unwrap_or("");
    let v = &args[0];
    if v.ty().layout != Layout::Object && v.ty().layout != Layout::Exception {
        // Only a built-in without a `__format__` of its own formats natively here; a direct
        // `object.__format__(x, spec)` on others accepts just the empty spec.
        let own = v.ty().lookup(&vm.names.__format__);
        if own.is_none() || own.is_some_and(|f| is_native(&f, "__format__", &vm.types.object)) {
            return crate::types::format::format_builtin(vm, v, spec);
        }
        if !spec.is_empty() {
            return Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", v.ty().tp_name())));
        }
        return vm.str(v);
    }
    if !spec.is_empty() {
        return Err(vm.type_error(&format!(
            "unsupported format string passed to {}.__format__",
            v.ty().name()
        )));
    }
    vm.str(v)
}

fn object_init_subclass(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        let name = args.first().map(|c| c.ty_name_of_type()).unwrap_or_default();
        return Err(vm.type_error(&format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(vm.none())
}

fn object_dir(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = &args[0];
    let d = new_dict();
    let dd = d.as_dict().expect("dict");
    if let Some(inst) = vm.instance_dict(v) {
        for k in inst.as_dict().expect("dict").keys() {
            dd.set_item(vm, k, vm.none())?;
        }
    }
    for t in v.ty().mro() {
        for k in t.as_type().expect("type").dict().keys() {
            dd.set_item(vm, k, vm.none())?;
        }
    }
    Ok(crate::types::list::new_list(dd.keys()))
}

fn object_class(vm: &Vm, v: &Value) -> PyResult<Value> {
    let _ = vm;
    Ok(v.type_value())
}

fn object_set_class(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else { return Err(vm.type_error("can't delete __class__ attribute")) };
    let Some(nt) = new.as_type() else {
        return Err(vm.type_error(&format!("__class__ must be set to a class, not '{}' object", new.ty().name())));
    };
    let ot = v.ty();
    let both_modules = nt.is_subtype(&vm.types.module) && ot.is_subtype(&vm.types.module);
    if !both_modules && (!nt.has_flag(tflags::HEAPTYPE) || !ot.has_flag(tflags::HEAPTYPE)) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    // SAFETY: short reads of the slot name lists.
    let same_slots = unsafe {
        let (a, b) = (&*nt.slot_names.get(), &*ot.slot_names.get());
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.as_rust_str() == y.as_rust_str())
    };
    if nt.layout != ot.layout
        || nt.ext_offset != ot.ext_offset
        || !same_slots
        || (!both_modules && nt.has_flag(tflags::HAS_DICT) != ot.has_flag(tflags::HAS_DICT))
    {
        return Err(vm.type_error(&format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        )));
    }
    if let Some(h) = v.heap_ptr() {
        let newp = new.clone().into_raw().cast();
        // SAFETY: the header is live; we swap the counted type reference.
        let old = unsafe { h.as_ref().ty.replace(newp) };
        // SAFETY: the old type reference is released.
        drop(unsafe { Value::from_raw(old.cast()) });
    }
    Ok(())
}

pub fn object_dict_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    vm.instance_dict(v).ok_or_else(|| vm.no_attribute(v, &vm.names.__dict__))
}

pub fn object_dict_set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else { return Err(vm.type_error("cannot delete __dict__")) };
    if new.as_dict().is_none() {
        return Err(vm.type_error(&format!("__dict__ must be set to a dictionary, not a '{}'", new.ty().name())));
    }
    if let Some(e) = v.ext() {
        // SAFETY: short write; the old dict drops after.
        let old = unsafe { std::mem::replace(&mut *e.dict.get(), Some(new)) };
        drop(old);
        return Ok(());
    }
    Err(vm.no_attribute(v, &vm.names.__dict__))
}

fn object_reduce_ex(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Err(vm.type_error("pickling is not supported"))
}

/// `object.__getstate__()`: None for an instance without state, its `__dict__` when that is
/// not empty, and `(dict_or_None, {slot: value})` when `__slots__` hold values.
fn object_getstate(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "object.__getstate__", args, kw)?;
    let v = &args[0];
    let mut state = match vm.instance_dict(v) {
        Some(d) if d.as_dict().is_some_and(|dd| !dd.is_empty()) => d,
        _ => vm.none(),
    };
    // SAFETY: short read of the slot names.
    let names: Vec<Value> = unsafe { (*v.ty().slot_names.get()).clone() };
    if !names.is_empty() {
        let slots = new_dict();
        let sd = slots.as_dict().expect("dict");
        for n in names {
            match vm.get_attr_opt(v, &n) {
                Ok(Some(x)) => sd.set_item(vm, n, x)?,
                Ok(None) => {}
                Err(e) if e.0.isinstance(&vm.types.exc.attribute_error) => {}
                Err(e) => return Err(e),
            }
        }
        if !sd.is_empty() {
            state = new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

/// `object.__sizeof__()`: the size CPython 3.12 gives an object of this layout on a 64-bit
/// machine (its type's basic size plus items), plus 8 bytes per `__slots__` entry.
fn object_sizeof(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.first().ok_or_else(|| vm.type_error("unbound method object.__sizeof__() needs an argument"))?;
    let base: usize = match v.ty().layout {
        Layout::Float => 24,
        Layout::Complex => 32,
        Layout::Tuple => 24 + 8 * v.as_tuple().map(|t| t.len()).unwrap_or(0),
        Layout::Bytes => 33 + v.as_bytes_vec().map(|b| b.len()).unwrap_or(0),
        Layout::Range => 48,
        Layout::Slice => 40,
        Layout::Function => 144,
        Layout::Generator => 176,
        Layout::Exception => 72,
        Layout::Module | Layout::MethodDescr => 56,
        _ => 16,
    };
    // SAFETY: short read of the slot names.
    let slots = unsafe { (*v.ty().slot_names.get()).len() };
    Ok(crate::types::int::new_int((base + 8 * slots) as i64))
}

fn object_subclasshook(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

pub fn init(vm: &Vm) {
    let o = &vm.types.object;
    add_method(vm, o, "__new__", object_new, MethodKind::Static);
    add_method(vm, o, "__init__", object_init, MethodKind::Instance);
    add_method(vm, o, "__repr__", object_repr, MethodKind::Instance);
    add_method(vm, o, "__str__", object_str, MethodKind::Instance);
    add_method(vm, o, "__hash__", object_hash, MethodKind::Instance);
    add_method(vm, o, "__eq__", object_eq, MethodKind::Instance);
    add_method(vm, o, "__ne__", object_ne, MethodKind::Instance);
    add_method(vm, o, "__lt__", object_lt, MethodKind::Instance);
    add_method(vm, o, "__le__", object_le, MethodKind::Instance);
    add_method(vm, o, "__gt__", object_gt, MethodKind::Instance);
    add_method(vm, o, "__ge__", object_ge, MethodKind::Instance);
    add_method(vm, o, "__getattribute__", object_getattribute, MethodKind::Instance);
    add_method(vm, o, "__setattr__", object_setattr, MethodKind::Instance);
    add_method(vm, o, "__delattr__", object_delattr, MethodKind::Instance);
    add_method(vm, o, "__format__", object_format, MethodKind::Instance);
    add_method(vm, o, "__init_subclass__", object_init_subclass, MethodKind::Class);
    add_method(vm, o, "__subclasshook__", object_subclasshook, MethodKind::Class);
    add_method(vm, o, "__dir__", object_dir, MethodKind::Instance);
    add_method(vm, o, "__reduce_ex__", object_reduce_ex, MethodKind::Instance);
    add_method(vm, o, "__reduce__", object_reduce_ex, MethodKind::Instance);
    add_method(vm, o, "__sizeof__", object_sizeof, MethodKind::Instance);
    add_method(vm, o, "__getstate__", object_getstate, MethodKind::Instance);
    add_getset(vm, o, "__class__", object_class, Some(object_set_class));
    o.as_type().expect("type").dict().set_str(vm.names.__doc__.clone(), new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    // `__dict__` for classes defined in Python is added per class (see `new_class`).
    let _ = object_dict_get;
}

// ---- type ----

fn type_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let meta = &pos[0];
    if pos.len() == 2 && meta.is(&vm.types.type_) {
        return Ok(pos[1].type_value());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let mut meta = meta.clone();
    if pos[1].as_str_data().is_some() && pos[3].as_dict().is_some() {
        if let Some(bases) = pos[2].as_tuple() {
            for b in bases.iter() {
                if b.as_type().is_none() && vm.get_attr_opt(b, &vm.names.__mro_entries__)?.is_some() {
                    return Err(vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
                }
            }
            let winner = calculate_metaclass(vm, &meta, bases)?;
            if !winner.is(&meta) {
                // A more derived metaclass with its own `__new__` makes the class.
                let wn = winner.as_type().and_then(|t| t.lookup(&vm.names.__new__));
                let tn = vm.types.type_.as_type().and_then(|t| t.lookup(&vm.names.__new__));
                if let (Some(wn), Some(tn)) = (wn, tn) {
                    if !wn.is(&tn) {
                        let f = match wn.downcast::<StaticMethodData>() {
                            Some(s) => s.func(),
                            None => wn,
                        };
                        let mut a = vec![winner.clone()];
                        a.extend_from_slice(&args[1..]);
                        return vm.call_kw(&f, &a, kwnames);
                    }
                }
                meta = winner;
            }
        }
    }
    let meta = &meta;
    let cls = new_class(vm, meta, &pos[1], &pos[2], &pos[3])?;
    let kw: Vec<(Value, Value)> = kws.iter().map(|(k, v)| ((*k).clone(), (*v).clone())).collect();
    call_init_subclass(vm, &cls, &kw)?;
    Ok(cls)
}

/// The most derived metaclass among `meta` and the types of `bases`
/// (= `_PyType_CalculateMetaclass`).
pub fn calculate_metaclass(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.type_value();
        let wt = winner.as_type().expect("type");
        if wt.is_subtype(&bt) {
            continue;
        }
        if bt.as_type().expect("type").is_subtype(&winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The type whose instance layout `t`'s instances share (= `solid_base`): a class adding
/// `__slots__`, a built-in with its own payload, or `object`.
fn solid_base(t: &Value) -> Value {
    let td = t.as_type().expect("type");
    let Some(base) = td.base() else { return t.clone() };
    let sb = solid_base(&base);
    let sbt = sb.as_type().expect("type");
    // SAFETY: short reads of the slot name lists.
    let adds_slots = unsafe { (*td.slot_names.get()).len() != (*sbt.slot_names.get()).len() };
    if adds_slots || td.layout != sbt.layout {
        t.clone()
    } else {
        sb
    }
}

/// Creates a class (= `type_new`).
pub fn new_class(vm: &Vm, meta: &Value, name: &Value, bases: &Value, ns: &Value) -> PyResult<Value> {
    let name_s = name.as_rust_str().ok_or_else(|| {
        vm.type_error(&format!("type.__new__() argument 1 must be str, not {}", name.ty().name()))
    })?;
    let bases_t = bases.as_tuple().ok_or_else(|| {
        vm.type_error(&format!("type.__new__() argument 2 must be tuple, not {}", bases.ty().name()))
    })?;
    let nsd = ns.as_dict().ok_or_else(|| {
        vm.type_error(&format!("type.__new__() argument 3 must be dict, not {}", ns.ty().name()))
    })?;
    let mut bases_v: Vec<Value> = bases_t.to_vec();
    if bases_v.is_empty() {
        bases_v.push(vm.types.object.clone());
    }
    // The solid base: the one non-object layout among the bases.
    let mut layout = Layout::Object;
    let mut native_new = None;
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    for b in &bases_v {
        let bt = b.as_type().ok_or_else(|| vm.type_error("bases must be types"))?;
        if !bt.has_flag(tflags::BASETYPE) {
            return Err(vm.type_error(&format!("type '{}' is not an acceptable base type", bt.name())));
        }
        if bt.layout != Layout::Object {
            if layout != Layout::Object && layout != bt.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bt.layout;
            native_new = native_new.or(bt.native_new.get());
        }
        flags |= bt.flags.get() & tflags::EXCEPTION;
    }
    let slots = nsd.get_str(&vm.names.__slots__);
    // The bases' solid bases must form a chain (= `best_base`).
    let mut best: Option<(Value, Value)> = None;
    if bases_v.len() > 1 || slots.is_some() {
        for b in &bases_v {
            let cand = solid_base(b);
            match &best {
                None => best = Some((cand, b.clone())),
                Some((w, _)) => {
                    if w.as_type().expect("type").is_subtype(&cand) {
                    } else if cand.as_type().expect("type").is_subtype(w) {
                        best = Some((cand, b.clone()));
                    } else {
                        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                    }
                }
            }
        }
    }
    let base = bases_v
        .iter()
        .find(|b| b.as_type().is_some_and(|t| t.layout == layout && layout != Layout::Object))
        .cloned()
        .unwrap_or_else(|| bases_v[0].clone());
    flags |= base.as_type().expect("type").flags.get() & tflags::PATMA;
    // __slots__
    let mut slot_names: Vec<Value> = Vec::new();
    let mut has_dict = true;
    // Inherited slots come first.
    for b in bases_v.iter().rev() {
        for t in b.as_type().expect("type").mro().iter().rev() {
            let td = t.as_type().expect("type");
            // SAFETY: short read.
            for s in unsafe { (*td.slot_names.get()).iter() } {
                if !slot_names.iter().any(|x| x.is(s)) {
                    slot_names.push(s.clone());
                }
            }
        }
    }
    let inherited_slots = slot_names.len();
    let mut seen_weakref = false;
    if let Some(s) = &slots {
        let names = if s.as_str_data().is_some() { vec![s.clone()] } else { vm.collect_iter(s)? };
        has_dict = false;
        // Whether the (best) base's instances already have a dict / weak references.
        let base_has_dict = best.as_ref().map_or(base_has_dict_of(vm, &bases_v[0]), |(_, b)| base_has_dict_of(vm, b));
        for n in names {
            let ns_ = n.as_rust_str().ok_or_else(|| {
                vm.type_error(&format!("__slots__ items must be strings, not '{}'", n.ty().name()))
            })?;
            if !n.as_str_data().is_some_and(crate::types::strmethods::is_identifier) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            if ns_ == "__dict__" {
                if has_dict || base_has_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                has_dict = true;
                continue;
            }
            if ns_ == "__weakref__" {
                if seen_weakref || base_has_dict || bases_v.iter().any(crate::types::weakref::type_accepts_weakrefs) {
                    return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
                }
                seen_weakref = true;
                continue;
            }
            if matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
                let bn = best.as_ref().map_or_else(|| bases_v[0].clone(), |(_, b)| b.clone());
                return Err(vm.type_error(&format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    bn.ty_name_of_type()
                )));
            }
            if nsd.get_str(&n).is_some() {
                return Err(vm.value_error(&format!("'{ns_}' in __slots__ conflicts with class variable")));
            }
            slot_names.push(vm.intern(ns_));
        }
        // Bases with a dict give instances a dict anyway.
        if bases_v.iter().any(|b| b.as_type().is_some_and(|t| t.has_flag(tflags::HAS_DICT) && !b.is(&vm.types.object))) {
            has_dict = true;
        }
    }
    if layout == Layout::Type || layout == Layout::Module {
        // A metaclass: its instances are classes, whose namespace is their `__dict__`
        // (type objects have no room for an instance dict or slots). Modules likewise keep
        // their attributes in the module's own dict (slots, if any, still get room).
        if layout == Layout::Type && slot_names.len() > inherited_slots {
            return Err(vm.type_error("nonempty __slots__ not supported for subtype of 'type'"));
        }
        has_dict = false;
    }
    if has_dict {
        flags |= tflags::HAS_DICT;
    }
    let mro_placeholder = vm.types.empty_tuple.clone();
    let dict = new_dict();
    let dd = dict.as_dict().expect("dict");
    for (k, v) in nsd.items() {
        dd.set_item(vm, k, v)?;
    }
    let qualname = match dd.remove_str(&vm.names.__qualname__) {
        Some(q) => {
            if q.as_str_data().is_none() {
                return Err(vm.type_error(&format!(
                    "type __qualname__ must be a str, not {}",
                    q.ty().name()
                )));
            }
            q
        }
        None => name.clone(),
    };
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    if let Some(f) = dd.get_str(&vm.names.__new__) {
        if f.downcast::<FunctionData>().is_some() {
            dd.set_str(vm.names.__new__.clone(), alloc(&vm.types.staticmethod, StaticMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) }));
        }
    }
    for n in [&vm.names.__init_subclass__, &vm.names.__class_getitem__] {
        if let Some(f) = dd.get_str(n) {
            if f.downcast::<FunctionData>().is_some() {
                dd.set_str(n.clone(), alloc(&vm.types.classmethod, ClassMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) }));
            }
        }
    }
    if dd.get_str(&vm.names.__eq__).is_some() && dd.get_str(&vm.names.__hash__).is_none() {
        dd.set_str(vm.names.__hash__.clone(), vm.none());
    }
    if dd.get_str(&vm.names.__module__).is_none() {
        if let Some(m) = current_module_name(vm) {
            dd.set_str(vm.names.__module__.clone(), m);
        }
    }
    if dd.get_str(&vm.names.__doc__).is_none() {
        dd.set_str(vm.names.__doc__.clone(), vm.none());
    }
    let classcell = dd.remove_str(&vm.names.__classcell__);
    let classdictcell = dd.remove_str(&vm.intern("__classdictcell__"));
    // Classes of Pyrite's own library that stand for CPython's C types name themselves the way
    // those types' `tp_name` does in messages (`'typing.TypeAliasType' object ...`).
    let tp_name_override = dd
        .remove_str(&vm.intern("__pyrite_tp_name__"))
        .and_then(|n| n.as_rust_str().map(String::from));
    let td = TypeData {
        name: UnsafeCell::new(vm.intern(name_s)),
        qualname: UnsafeCell::new(qualname),
        layout,
        // Classes made by a metaclass are allocated as plain type objects.
        ext_offset: if layout == Layout::Type || (layout == Layout::Module && slot_names.is_empty()) {
            0
        } else {
            layout.ext_offset()
        },
        base: UnsafeCell::new(Some(base)),
        bases: UnsafeCell::new(new_tuple(bases_v.clone())),
        mro: UnsafeCell::new(mro_placeholder),
        dict,
        flags: Cell::new(flags),
        version: Cell::new(next_version()),
        slot_names: UnsafeCell::new(slot_names.clone()),
        native_new: Cell::new(native_new),
        subclasses: UnsafeCell::new(Vec::new()),
        tp_name_override,
    };
    // Weak references: inherited, or added when there are no __slots__ or they name
    // __weakref__ (not for bases whose instances vary in size: int, bytes, tuple).
    let base_weak = bases_v.iter().any(crate::types::weakref::type_accepts_weakrefs);
    let add_weak = !base_weak
        && (slots.is_none() || seen_weakref)
        && !matches!(layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes);
    if base_weak || add_weak {
        td.flags.set(td.flags.get() | tflags::WEAKREFABLE);
    }
    let cls = alloc(meta, td);
    let ctd = cls.as_type().expect("type");
    let mro = c3_mro(vm, &cls, &bases_v)?;
    // SAFETY: the new class is not shared yet.
    unsafe { *ctd.mro.get() = new_tuple(mro) };
    for (i, s) in slot_names.iter().enumerate().skip(inherited_slots) {
        let m = alloc(&vm.types.member_descriptor, MemberDescrData { name: s.clone(), index: i, objclass: cls.clone(), native: None });
        ctd.dict().set_str(s.clone(), m);
    }
    if has_dict && ctd.dict().get_str(&vm.names.__dict__).is_none() && !bases_v.iter().any(|b| b.as_type().is_some_and(|t| t.has_flag(tflags::HEAPTYPE) && t.has_flag(tflags::HAS_DICT))) {
        add_getset(vm, &cls, "__dict__", object_dict_get, Some(object_dict_set));
    }
    if add_weak && layout != Layout::Type {
        add_getset(vm, &cls, "__weakref__", crate::types::weakref::weakref_attr_get, None);
    }
    for b in &bases_v {
        if let Some(bt) = b.as_type() {
            // SAFETY: short push; the pointer is removed when the class dies.
            unsafe { (*bt.subclasses.get()).push(cls.type_ptr_of_type()) };
        }
    }
    ctd.recompute_flags(vm);
    if let Some(cell) = classcell {
        if let Some(c) = cell.downcast::<CellData>() {
            drop(c.set(Some(cls.clone())));
        }
    }
    // Annotation scopes of the body read the finished class's namespace from now on.
    if let Some(c) = classdictcell.as_ref().and_then(|cell| cell.downcast::<CellData>()) {
        drop(c.set(Some(ctd.dict.clone())));
    }
    // __set_name__ on attributes, then __init_subclass__ on the parent.
    for (k, v) in ctd.dict().items() {
        if let Some(f) = v.ty().lookup(&vm.names.__set_name__) {
            let r = if crate::protocol::object::needs_binding(vm, &f) {
                vm.bind(&f, &v).and_then(|b| vm.call(&b, &[cls.clone(), k.clone()]))
            } else {
                vm.call(&f, &[v.clone(), cls.clone(), k.clone()])
            };
            if let Err(e) = r {
                // 3.12 adds a note naming the attribute and the class.
                let note = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    v.ty().name(),
                    vm.repr_string(&k),
                    ctd.name()
                );
                if let Ok(Some(add)) = vm.get_attr_opt(&e.0, &vm.intern("add_note")) {
                    let _ = vm.call(&add, &[new_str(&note)]);
                }
                return Err(e);
            }
        }
    }
    Ok(cls)
}

/// Whether instances of the heap class `b` have a `__dict__` (and `__weakref__`) already.
fn base_has_dict_of(vm: &Vm, b: &Value) -> bool {
    let _ = vm;
    b.as_type().is_some_and(|t| t.has_flag(tflags::HEAPTYPE) && t.has_flag(tflags::HAS_DICT))
}

fn current_module_name(vm: &Vm) -> Option<Value> {
    let f = vm.current_frame.get();
    if f.is_null() {
        return None;
    }
    // SAFETY: the current frame is live.
    unsafe { (*f).globals.as_dict().and_then(|d| d.get_str(&vm.names.__name__)) }
}

/// Calls `super(cls).__init_subclass__(**kwargs)` after class creation.
pub fn call_init_subclass(vm: &Vm, cls: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let td = cls.as_type().expect("type");
    let mro = td.mro();
    for t in &mro[1..] {
        if let Some(f) = t.as_type().expect("type").dict().get_str(&vm.names.__init_subclass__) {
            let bound = crate::protocol::attr::descr_get(vm, &f, None, cls)?;
            let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
            let kw = if names.is_empty() { None } else { Some(new_tuple(names)) };
            vm.call_kw(&bound, &vals, kw.as_ref())?;
            return Ok(());
        }
    }
    Ok(())
}

fn type_call(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    vm.type_call_default(&args[0], &args[1..], kwnames)
}

fn type_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str(&format!("<class '{}'>", crate::protocol::repr::type_qualified_name(vm, &args[0]))))
}

fn type_mro_method(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let td = args[0].as_type().ok_or_else(|| vm.type_error("mro() needs a type"))?;
    Ok(crate::types::list::new_list(td.mro().to_vec()))
}

fn type_subclasses(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let td = args[0].as_type().ok_or_else(|| vm.type_error("__subclasses__() needs a type"))?;
    // SAFETY: the list holds live types.
    let subs: Vec<Value> = unsafe { (*td.subclasses.get()).iter().map(|p| Value::from_borrowed(p.cast())).collect() };
    Ok(crate::types::list::new_list(subs))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.bool_value(args[1].isinstance(&args[0])))
}

fn type_subclasscheck(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let sub = args[1].as_type().ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    Ok(vm.bool_value(sub.is_subtype(&args[0])))
}

fn type_prepare(_vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_dict())
}

fn type_init(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.none())
}

fn type_dir(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let td = args[0].as_type().ok_or_else(|| vm.type_error("needs a type"))?;
    let d = new_dict();
    let dd = d.as_dict().expect("dict");
    for t in td.mro() {
        for k in t.as_type().expect("type").dict().keys() {
            dd.set_item(vm, k, vm.none())?;
        }
    }
    Ok(crate::types::list::new_list(dd.keys()))
}

fn get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_type().expect("type").name_value())
}
fn set_name(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    if td.has_flag(tflags::IMMUTABLE) {
        return Err(vm.type_error(&format!("cannot set '__name__' attribute of immutable type '{}'", td.name())));
    }
    match n {
        Some(n) if n.as_str_data().is_some() => {
            if n.as_rust_str().is_some_and(|s| s.contains('\0')) {
                return Err(vm.value_error("type name must not contain null characters"));
            }
            // SAFETY: short write.
            unsafe { *td.name.get() = n };
            Ok(())
        }
        Some(n) => Err(vm.type_error(&format!("can only assign string to {}.__name__, not '{}'", td.name(), n.ty().name()))),
        None => Err(vm.type_error(&format!("cannot delete '__name__' attribute of immutable type '{}'", td.name()))),
    }
}
fn get_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_type().expect("type").qualname_value())
}
fn set_qualname(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    if td.has_flag(tflags::IMMUTABLE) {
        return Err(vm.type_error(&format!("cannot set '__qualname__' attribute of immutable type '{}'", td.name())));
    }
    match n {
        Some(n) if n.as_str_data().is_some() => {
            // SAFETY: short write.
            unsafe { *td.qualname.get() = n };
            Ok(())
        }
        Some(n) => Err(vm.type_error(&format!("can only assign string to {}.__qualname__, not '{}'", td.name(), n.ty().name()))),
        None => Err(vm.type_error(&format!("cannot delete '__qualname__' attribute of immutable type '{}'", td.name()))),
    }
}
fn get_mro(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*v.as_type().expect("type").mro.get()).clone() })
}
fn get_bases(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*v.as_type().expect("type").bases.get()).clone() })
}
/// `cls.__bases__ = (...)` (= `type_set_bases`): recomputes the MRO.
fn set_bases(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    let name = td.name().to_string();
    let Some(n) = n else {
        return Err(vm.type_error(&format!("cannot delete '__bases__' attribute of immutable type '{name}'")));
    };
    if td.has_flag(tflags::IMMUTABLE) {
        return Err(vm.type_error(&format!("cannot set '__bases__' attribute of immutable type '{name}'")));
    }
    let Some(items) = n.as_tuple().map(|t| t.to_vec()) else {
        return Err(vm.type_error(&format!("can only assign tuple to {name}.__bases__, not {}", n.ty().name())));
    };
    if items.is_empty() {
        return Err(vm.type_error(&format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    for b in &items {
        let Some(bt) = b.as_type() else {
            return Err(vm.type_error(&format!("{name}.__bases__ must be tuple of classes, not '{}'", b.ty().name())));
        };
        if bt.is_subtype(v) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        if bt.layout != td.layout && bt.layout != Layout::Object {
            return Err(vm.type_error(&format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                bt.name(),
                name
            )));
        }
    }
    let mro = c3_mro(vm, v, &items)?;
    let base = items.iter().find(|b| b.as_type().is_some_and(|t| t.layout == td.layout)).cloned().unwrap_or_else(|| items[0].clone());
    // SAFETY: replacing the type's cells; nothing borrows them across this call.
    let old = unsafe {
        (
            std::mem::replace(&mut *td.bases.get(), new_tuple(items)),
            std::mem::replace(&mut *td.mro.get(), new_tuple(mro)),
            std::mem::replace(&mut *td.base.get(), Some(base)),
        )
    };
    drop(old);
    td.modified(vm);
    Ok(())
}

fn get_base(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_type().expect("type").base().unwrap_or_else(|| vm.none()))
}
fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::types::iter::new_iter(&vm.types.mappingproxy, crate::types::iter::IterKind::View(v.as_type().expect("type").dict.clone())))
}
fn get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    let m = td.dict().get_str(&vm.names.__module__);
    if td.has_flag(tflags::HEAPTYPE) {
        return Ok(m.unwrap_or_else(|| vm.intern("builtins")));
    }
    // A built-in type: a `__module__` string in its namespace, else "builtins" (the entry may
    // be the descriptor its instances use, as for `function.__module__`).
    Ok(m.filter(|m| m.as_str_data().is_some()).unwrap_or_else(|| vm.intern("builtins")))
}
fn set_module(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    if td.has_flag(tflags::IMMUTABLE) {
        return Err(vm.type_error(&format!("cannot set '__module__' attribute of immutable type '{}'", td.name())));
    }
    match n {
        Some(n) => drop(td.dict().set_str(vm.names.__module__.clone(), n)),
        None => drop(td.dict().remove_str(&vm.names.__module__)),
    }
    Ok(())
}
fn get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    match td.dict().get_str(&vm.names.__doc__) {
        Some(d) => crate::protocol::attr::descr_get(vm, &d, None, v),
        None => Ok(vm.none()),
    }
}
fn get_abstractmethods(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    td.dict().get_str(&vm.names.__abstractmethods__).ok_or_else(|| vm.no_attribute(v, &vm.names.__abstractmethods__))
}

/// `cls.__annotations__` (= `type_get_annotations`): the class's own entry, created empty on
/// first use; built-in types have none.
fn get_annotations(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    if !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.no_attribute(v, &vm.intern("__annotations__")));
    }
    let key = vm.intern("__annotations__");
    match td.dict().get_str(&key) {
        Some(a) => crate::protocol::attr::descr_get(vm, &a, None, v),
        None => {
            let a = new_dict();
            drop(td.dict().set_str(key, a.clone()));
            td.modified(vm);
            Ok(a)
        }
    }
}
fn set_annotations(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    if td.has_flag(tflags::IMMUTABLE) || !td.has_flag(tflags::HEAPTYPE) {
        let what = if n.is_some() { "set" } else { "delete" };
        return Err(vm.type_error(&format!("cannot {what} '__annotations__' attribute of immutable type '{}'", td.name())));
    }
    let key = vm.intern("__annotations__");
    match n {
        Some(n) => drop(td.dict().set_str(key, n)),
        None => {
            if td.dict().remove_str(&key).is_none() {
                return Err(vm.new_error(&vm.types.exc.attribute_error, "__annotations__"));
            }
        }
    }
    td.modified(vm);
    Ok(())
}
/// `cls.__type_params__`: the class's own entry, else `()`.
fn get_type_params(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    if v.is(&vm.types.type_) {
        return Ok(vm.types.empty_tuple.clone());
    }
    Ok(td.dict().get_str(&vm.intern("__type_params__")).unwrap_or_else(|| vm.types.empty_tuple.clone()))
}
fn set_type_params(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let td = v.as_type().expect("type");
    let Some(n) = n else {
        return Err(vm.type_error(&format!("cannot delete '__type_params__' attribute of immutable type '{}'", td.name())));
    };
    if td.has_flag(tflags::IMMUTABLE) || !td.has_flag(tflags::HEAPTYPE) {
        return Err(vm.type_error(&format!("cannot set '__type_params__' attribute of immutable type '{}'", td.name())));
    }
    if n.as_tuple().is_none() {
        return Err(vm.type_error(&format!("__type_params__ must be set to a tuple, not {}", n.ty().name())));
    }
    drop(td.dict().set_str(vm.intern("__type_params__"), n));
    td.modified(vm);
    Ok(())
}
/// `__flags__` with CPython's bit values (`Py_TPFLAGS_*`).
fn get_flags(vm: &Vm, v: &Value) -> PyResult<Value> {
    let td = v.as_type().expect("type");
    let mut f: u64 = (1 << 12) | (1 << 18) | (1 << 19); // READY, HAVE_VERSION_TAG, VALID_VERSION_TAG
    if td.has_flag(tflags::HEAPTYPE) {
        f |= 1 << 9;
    } else {
        f |= 1 << 8; // IMMUTABLETYPE
    }
    if td.has_flag(tflags::BASETYPE) {
        f |= 1 << 10;
    }
    if td.layout != Layout::Int || td.has_flag(tflags::HEAPTYPE) {
        f |= 1 << 14; // HAVE_GC
    }
    if td.has_flag(tflags::SEQUENCE) {
        f |= 1 << 5;
    }
    if td.has_flag(tflags::MAPPING) {
        f |= 1 << 6;
    }
    if td.dict().get_str(&vm.names.__abstractmethods__).is_some() {
        f |= 1 << 20;
    }
    let t = &vm.types;
    for (base, bit) in [(&t.int, 24), (&t.list, 25), (&t.tuple, 26), (&t.bytes, 27), (&t.str, 28), (&t.dict, 29), (&t.base_exception, 30), (&t.type_, 31)] {
        if td.is_subtype(base) {
            f |= 1 << bit;
        }
    }
    Ok(crate::types::int::new_int(f as i64))
}

pub fn init_type_type(vm: &Vm) {
    let t = &vm.types.type_;
    add_method(vm, t, "__new__", type_new, MethodKind::Static);
    add_method(vm, t, "__init__", type_init, MethodKind::Instance);
    add_method(vm, t, "__call__", type_call, MethodKind::Instance);
    add_method(vm, t, "__repr__", type_repr, MethodKind::Instance);
    add_method(vm, t, "mro", type_mro_method, MethodKind::Instance);
    add_method(vm, t, "__subclasses__", type_subclasses, MethodKind::Instance);
    add_method(vm, t, "__instancecheck__", type_instancecheck, MethodKind::Instance);
    add_method(vm, t, "__subclasscheck__", type_subclasscheck, MethodKind::Instance);
    add_method(vm, t, "__prepare__", type_prepare, MethodKind::Class);
    add_method(vm, t, "__dir__", type_dir, MethodKind::Instance);
    add_getset(vm, t, "__name__", get_name, Some(set_name));
    add_getset(vm, t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, t, "__mro__", get_mro, None);
    add_getset(vm, t, "__bases__", get_bases, Some(set_bases));
    add_getset(vm, t, "__base__", get_base, None);
    add_getset(vm, t, "__dict__", get_dict, None);
    add_getset(vm, t, "__module__", get_module, Some(set_module));
    add_getset(vm, t, "__doc__", get_doc, None);
    add_getset(vm, t, "__abstractmethods__", get_abstractmethods, None);
    add_getset(vm, t, "__annotations__", get_annotations, Some(set_annotations));
    add_getset(vm, t, "__type_params__", get_type_params, Some(set_type_params));
    add_getset(vm, t, "__text_signature__", |vm, _| Ok(vm.none()), None);
    add_getset(vm, t, "__flags__", get_flags, None);
    add_getset(vm, t, "__basicsize__", |_, v| {
        let td = v.as_type().expect("type");
        Ok(crate::types::int::new_int(if td.ext_offset != 0 { 16 + td.ext_offset as i64 } else { 16 }))
    }, None);
    add_getset(vm, t, "__itemsize__", |_, v| {
        let td = v.as_type().expect("type");
        Ok(crate::types::int::new_int(match td.layout {
            Layout::Int | Layout::Bool => 4,
            Layout::Tuple | Layout::Bytes => 8,
            _ => 0,
        }))
    }, None);
    add_getset(vm, t, "__dictoffset__", |_, v| {
        let td = v.as_type().expect("type");
        Ok(crate::types::int::new_int(if td.has_flag(tflags::HAS_DICT) { -1 } else { 0 }))
    }, None);
    add_getset(vm, t, "__weakrefoffset__", |_, v| {
        let td = v.as_type().expect("type");
        Ok(crate::types::int::new_int(if td.has_flag(tflags::HEAPTYPE) { 8 } else { 0 }))
    }, None);
    add_method(vm, t, "__getattribute__", object_getattribute, MethodKind::Instance);
    add_method(vm, t, "__setattr__", object_setattr, MethodKind::Instance);
    add_method(vm, t, "__delattr__", object_delattr, MethodKind::Instance);
    add_method(vm, t, "__sizeof__", object_sizeof, MethodKind::Instance);
}
