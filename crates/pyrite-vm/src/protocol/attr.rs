//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors, instance dicts, type
//! attribute lookup, `__getattr__`/`__getattribute__`/`__setattr__` overrides, and the method
//! form of `LOAD_ATTR` that avoids making a bound method.

use crate::object::Value;
use crate::types::descr::{
    ClassMethodData, GetSetData, MemberDescrData, MethodDescrData, MethodKind, PropertyData, StaticMethodData,
};
use crate::types::function::{new_builtin, new_method, BuiltinData, FunctionData};
use crate::types::typeobj::tflags;
use crate::vm::{PyResult, Vm};

/// Whether a descriptor found on a type is a data descriptor (takes precedence over the
/// instance dict).
pub fn is_data_descr(vm: &Vm, d: &Value) -> bool {
    if d.downcast::<PropertyData>().is_some() || d.downcast::<GetSetData>().is_some() || d.downcast::<MemberDescrData>().is_some() {
        return true;
    }
    if d.downcast::<FunctionData>().is_some() || d.is_small_int() || d.as_str_data().is_some() {
        return false;
    }
    let t = d.ty();
    t.has_flag(tflags::HEAPTYPE) && (t.lookup(&vm.names.__set__).is_some() || t.lookup(&vm.names.__delete__).is_some())
}

/// A `types.GenericAlias` forwards attributes it does not have to its origin
/// (`list[int].__bases__` is `list.__bases__`).
#[cold]
fn alias_forward(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    if !obj.ty().is_subtype(&vm.types.generic_alias) {
        return Ok(None);
    }
    match crate::types::alias::alias_parts(obj) {
        Some((origin, _)) => vm.get_attr_opt(&origin, name),
        None => Ok(None),
    }
}

/// The `__dict__` cell of a (non-subclassed) `staticmethod` or `classmethod` object.
#[inline]
fn wrapper_dict_cell(obj: &Value) -> Option<&std::cell::UnsafeCell<Option<Value>>> {
    if let Some(s) = obj.downcast::<StaticMethodData>() {
        return Some(&s.dict);
    }
    obj.downcast::<ClassMethodData>().map(|c| &c.dict)
}

/// The message for assigning to a native attribute without a setter (read-only struct
/// members are member descriptors, which say "readonly attribute").
#[cold]
fn not_writable_message(g: &GetSetData) -> String {
    let owner = g.objclass.ty_name_of_type();
    format!("attribute '{}' of '{}' objects is not writable", g.name, owner)
}

/// Whether `d` (a data descriptor) is an instance of a class that defines `__set__` or
/// `__delete__` but no `__get__`: reads then see the instance dict first.
#[inline]
fn is_getless_heap_descr(vm: &Vm, d: &Value) -> bool {
    d.ty().has_flag(tflags::HEAPTYPE) && is_getless_heap_descr_slow(vm, d)
}

#[cold]
fn is_getless_heap_descr_slow(vm: &Vm, d: &Value) -> bool {
    let t = d.ty();
    d.downcast::<PropertyData>().is_none()
        && d.downcast::<GetSetData>().is_none()
        && d.downcast::<MemberDescrData>().is_none()
        && t.lookup(&vm.names.__get__).is_none()
}

/// `descr.__get__(obj, owner)` for a descriptor found on a type; non-descriptors come back as
/// they are.
pub fn descr_get(vm: &Vm, d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    if d.downcast::<FunctionData>().is_some() {
        return Ok(match obj {
            Some(o) => new_method(d.clone(), o.clone()),
            None => d.clone(),
        });
    }
    if let Some(m) = d.downcast::<MethodDescrData>() {
        return Ok(match (m.kind, obj) {
            (MethodKind::Instance, Some(o)) => {
                let bt = if vm.types.wrapper_descriptor.as_type().is_some_and(|w| std::ptr::eq(d.ty(), w)) {
                    &vm.types.method_wrapper
                } else {
                    &vm.types.builtin_function
                };
                crate::object::alloc(bt, BuiltinData { name: m.name, func: m.func, self_: Some(o.clone()), module: None, owner: None })
            }
            (MethodKind::Class, _) => {
                let cls = obj.map(|o| o.type_value()).unwrap_or_else(|| owner.clone());
                crate::object::alloc(&vm.types.builtin_function, BuiltinData { name: m.name, func: m.func, self_: Some(cls), module: None, owner: None })
            }
            _ => d.clone(),
        });
    }
    if let Some(g) = d.downcast::<GetSetData>() {
        return match obj {
            Some(o) => (g.get)(vm, o),
            None => Ok(d.clone()),
        };
    }
    if let Some(m) = d.downcast::<MemberDescrData>() {
        return match obj {
            Some(o) if m.native.is_some() => (m.native.expect("native").0)(vm, o),
            Some(o) => {
                let v = o.ext().and_then(|e| {
                    // SAFETY: short read of the slot array.
                    unsafe { (&*e.slots.get()).get(m.index).cloned().flatten() }
                });
                v.ok_or_else(|| vm.no_attribute(o, &m.name))
            }
            None => Ok(d.clone()),
        };
    }
    if let Some(p) = d.downcast::<PropertyData>() {
        let Some(o) = obj else { return Ok(d.clone()) };
        return match PropertyData::get(&p.fget) {
            Some(f) => vm.call(&f, &[o.clone()]),
            None => {
                let name = PropertyData::get(&p.name).and_then(|n| n.as_rust_str().map(String::from));
                Err(vm.new_error(
                    &vm.types.exc.attribute_error,
                    &match name {
                        Some(n) => format!("property '{}' of '{}' object has no getter", n, o.ty().name()),
                        None => format!("property of '{}' object has no getter", o.ty().name()),
                    },
                ))
            }
        };
    }
    if let Some(s) = d.downcast::<StaticMethodData>() {
        return Ok(s.func());
    }
    if let Some(c) = d.downcast::<ClassMethodData>() {
        let cls = obj.map(|o| o.type_value()).unwrap_or_else(|| owner.clone());
        return Ok(new_method(c.func(), cls));
    }
    if d.is_small_int() || d.as_str_data().is_some() || d.as_type().is_some() {
        return Ok(d.clone());
    }
    let t = d.ty();
    if t.has_flag(tflags::HEAPTYPE) {
        if let Some(get) = t.lookup(&vm.names.__get__) {
            let o = obj.cloned().unwrap_or_else(|| vm.none());
            return vm.call(&get, &[d.clone(), o, owner.clone()]);
        }
    }
    Ok(d.clone())
}

impl Vm {
    /// `getattr(obj, name)`.
    #[inline]
    pub fn get_attr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr(obj, name)` by Rust name.
    pub fn get_attr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        self.get_attr(obj, &self.intern(name))
    }

    /// The `AttributeError` for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> crate::vm::PyErr {
        let n = name.as_rust_str().unwrap_or("?");
        let msg = if let Some(t) = obj.as_type() {
            format!("type object '{}' has no attribute '{}'", t.name(), n)
        } else if let Some(m) = obj.as_module() {
            match m.dict.as_dict().and_then(|d| d.get_str(&self.names.__name__)) {
                Some(mn) if mn.as_str_data().is_some() => {
                    format!("module '{}' has no attribute '{}'", mn.as_rust_str().unwrap_or("?"), n)
                }
                _ => format!("module has no attribute '{n}'"),
            }
        } else {
            format!("'{}' object has no attribute '{}'", obj.ty().tp_name(), n)
        };
        self.attribute_error(&msg, obj, name)
    }

    /// `getattr(obj, name)`, or None when the attribute does not exist (other errors raise).
    pub fn get_attr_opt(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let ty = obj.ty();
        let flags = ty.flags.get();
        if flags & (tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR) == 0 {
            return self.generic_getattr(obj, name);
        }
        let r = if flags & tflags::CUSTOM_GETATTRIBUTE != 0 {
            let ga = ty.lookup(&self.names.__getattribute__).expect("overridden __getattribute__");
            match self.call(&ga, &[obj.clone(), name.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.0.isinstance(&self.types.exc.attribute_error) => {
                    if flags & tflags::HAS_GETATTR == 0 {
                        return Err(e);
                    }
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        } else {
            match self.generic_getattr(obj, name) {
                // An AttributeError from a descriptor (a property getter, say) falls back to
                // `__getattr__` too.
                Err(e) if e.0.isinstance(&self.types.exc.attribute_error) => Ok(None),
                r => r,
            }
        }?;
        if r.is_some() {
            return Ok(r);
        }
        if flags & tflags::HAS_GETATTR != 0 {
            let ga = ty.lookup(&self.names.__getattr__).expect("__getattr__");
            return match self.call(&ga, &[obj.clone(), name.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.0.isinstance(&self.types.exc.attribute_error) => Err(e),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    /// `object.__getattribute__` (and `type.__getattribute__`, module attribute lookup).
    pub fn generic_getattr(&self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if obj.as_type().is_some() {
            return self.type_getattr(obj, name);
        }
        if obj.downcast::<crate::types::descr::SuperData>().is_some() {
            return crate::types::descrmethods::super_getattr(self, obj, name);
        }
        let ty = obj.ty();
        let descr = ty.lookup(name);
        if let Some(d) = &descr {
            if is_data_descr(self, d) && !is_getless_heap_descr(self, d) {
                return descr_get(self, d, Some(obj), &obj.type_value()).map(Some);
            }
        }
        if let Some(v) = self.instance_dict_get(obj, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return descr_get(self, &d, Some(obj), &obj.type_value()).map(Some);
        }
        if obj.ty().layout == crate::object::Layout::Iter {
            if let Some(v) = alias_forward(self, obj, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(m) = obj.as_module() {
            // Module-level __getattr__ (PEP 562).
            if let Some(ga) = m.dict.as_dict().and_then(|d| d.get_str(&self.names.__getattr__)) {
                return match self.call(&ga, &[name.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.0.isinstance(&self.types.exc.attribute_error) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        Ok(None)
    }

    /// The value of `name` in `obj.__dict__`, if the object has a dict.
    #[inline]
    pub fn instance_dict_get(&self, obj: &Value, name: &Value) -> Option<Value> {
        if let Some(e) = obj.ext() {
            // SAFETY: a short borrow of the dict slot: `get_str` runs no Python code, so the
            // slot cannot change while it is read.
            let d = unsafe { (*e.dict.get()).as_ref() };
            // (A module subclass with __slots__ keeps its attributes in the module dict.)
            if d.is_some() || obj.as_module().is_none() {
                return d.and_then(|d| d.as_dict().and_then(|dd| dd.get_str(name)));
            }
        }
        if let Some(m) = obj.as_module() {
            return m.dict.as_dict().and_then(|d| d.get_str(name));
        }
        if let Some(f) = obj.downcast::<FunctionData>() {
            // SAFETY: short read.
            let d = unsafe { (*f.dict.get()).clone() };
            return d.and_then(|d| d.as_dict().and_then(|dd| dd.get_str(name)));
        }
        if let Some(cell) = wrapper_dict_cell(obj) {
            // SAFETY: short read.
            let d = unsafe { (*cell.get()).clone() };
            return d.and_then(|d| d.as_dict().and_then(|dd| dd.get_str(name)));
        }
        None
    }

    /// `obj.__dict__`, created on first use; None for objects without one.
    pub fn instance_dict(&self, obj: &Value) -> Option<Value> {
        if let Some(m) = obj.as_module() {
            return Some(m.dict.clone());
        }
        if let Some(e) = obj.ext() {
            if !obj.ty().has_flag(tflags::HAS_DICT) {
                return None;
            }
            // SAFETY: short access to the dict cell.
            unsafe {
                if (*e.dict.get()).is_none() {
                    *e.dict.get() = Some(crate::types::dict::new_dict());
                }
                return (*e.dict.get()).clone();
            }
        }
        if let Some(m) = obj.as_module() {
            return Some(m.dict.clone());
        }
        let cell = match obj.downcast::<FunctionData>() {
            Some(f) => Some(&f.dict),
            None => wrapper_dict_cell(obj),
        };
        if let Some(cell) = cell {
            // SAFETY: short access to the dict cell.
            unsafe {
                if (*cell.get()).is_none() {
                    *cell.get() = Some(crate::types::dict::new_dict());
                }
                return (*cell.get()).clone();
            }
        }
        None
    }

    /// Attribute lookup on a type object (= `type_getattro`).
    fn type_getattr(&self, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
        let meta = cls.ty();
        let meta_attr = meta.lookup(name);
        if let Some(ma) = &meta_attr {
            if is_data_descr(self, ma) {
                return descr_get(self, ma, Some(cls), &cls.type_value()).map(Some);
            }
        }
        let td = cls.as_type().expect("type");
        if let Some(a) = td.lookup(name) {
            // Descriptors on the class are bound to no instance.
            if a.downcast::<MethodDescrData>().is_some_and(|m| m.kind == MethodKind::Class) {
                return descr_get(self, &a, None, cls).map(Some);
            }
            if a.downcast::<FunctionData>().is_some() || a.downcast::<MethodDescrData>().is_some() {
                return Ok(Some(a));
            }
            return descr_get(self, &a, None, cls).map(Some);
        }
        if let Some(ma) = meta_attr {
            return descr_get(self, &ma, Some(cls), &cls.type_value()).map(Some);
        }
        Ok(None)
    }

    /// `LOAD_ATTR` with the method flag: `(function, Some(self))` when the attribute is a plain
    /// method found on the type (no bound method is made), else `(attr, None)`.
    #[inline]
    pub fn load_method(&self, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
        let ty = obj.ty();
        if ty.flags.get() & (tflags::CUSTOM_GETATTRIBUTE | tflags::HAS_GETATTR) == 0 && obj.as_type().is_none() {
            if let Some(d) = ty.lookup(name) {
                let is_method = d.downcast::<FunctionData>().is_some()
                    || d.downcast::<MethodDescrData>().is_some_and(|m| m.kind == MethodKind::Instance);
                if is_method {
                    if let Some(v) = self.instance_dict_get(obj, name) {
                        return Ok((v, None));
                    }
                    return Ok((d, Some(obj.clone())));
                }
            }
        }
        Ok((self.get_attr(obj, name)?, None))
    }

    /// `setattr(obj, name, value)`, or `delattr` when `value` is None.
    pub fn set_attr(&self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        let ty = obj.ty();
        if ty.has_flag(tflags::CUSTOM_SETATTR) {
            if obj.is_exact(&self.types.weakref_proxy) || obj.is_exact(&self.types.weakref_callable_proxy) {
                return crate::types::weakref::proxy_set_attr(self, obj, name, value);
            }
            let (hook, args) = match &value {
                Some(v) => (&self.names.__setattr__, vec![obj.clone(), name.clone(), v.clone()]),
                None => (&self.names.__delattr__, vec![obj.clone(), name.clone()]),
            };
            if let Some(f) = ty.lookup(hook) {
                if !crate::types::descr::is_native_slot(&f) {
                    self.call(&f, &args)?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn generic_setattr(&self, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
        if let Some(td) = obj.as_type() {
            return self.type_setattr(obj, td, name, value);
        }
        let ty = obj.ty();
        if let Some(d) = ty.lookup(name) {
            if let Some(p) = d.downcast::<PropertyData>() {
                let f = if value.is_some() { PropertyData::get(&p.fset) } else { PropertyData::get(&p.fdel) };
                return match f {
                    Some(f) => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call(&f, &args).map(|_| ())
                    }
                    None => {
                        let pname = PropertyData::get(&p.name).and_then(|n| n.as_rust_str().map(String::from));
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        Err(self.new_error(
                            &self.types.exc.attribute_error,
                            &match pname {
                                Some(n) => format!("property '{}' of '{}' object has no {}", n, ty.name(), what),
                                None => format!("property of '{}' object has no {}", ty.name(), what),
                            },
                        ))
                    }
                };
            }
            if let Some(g) = d.downcast::<GetSetData>() {
                return match g.set {
                    Some(s) => s(self, obj, value),
                    None => Err(self.new_error(&self.types.exc.attribute_error, &not_writable_message(g))),
                };
            }
            if let Some(m) = d.downcast::<MemberDescrData>() {
                if let Some((_, set)) = m.native {
                    return match set {
                        Some(s) => s(self, obj, value),
                        None => Err(self.new_error(&self.types.exc.attribute_error, "readonly attribute")),
                    };
                }
                if let Some(e) = obj.ext() {
                    let was = value.is_some();
                    // SAFETY: short write to the slot array; the old value drops after.
                    let old = unsafe { (&mut *e.slots.get()).get_mut(m.index).map(|s| std::mem::replace(s, value)) };
                    if !was && old.flatten().is_none() {
                        return Err(self.no_attribute(obj, name));
                    }
                    return Ok(());
                }
            }
            if is_data_descr(self, &d) {
                let dt = d.ty();
                let (hook, args) = match &value {
                    Some(v) => (dt.lookup(&self.names.__set__), vec![d.clone(), obj.clone(), v.clone()]),
                    None => (dt.lookup(&self.names.__delete__), vec![d.clone(), obj.clone()]),
                };
                return match hook {
                    Some(h) => self.call(&h, &args).map(|_| ()),
                    None => Err(self.new_error(
                        &self.types.exc.attribute_error,
                        if value.is_some() { "__set__" } else { "__delete__" },
                    )),
                };
            }
        }
        match self.instance_dict(obj) {
            Some(d) => {
                let dd = d.as_dict().expect("dict");
                match value {
                    Some(v) => {
                        let old = dd.set_str(self.intern_value(name), v);
                        drop(old);
                        Ok(())
                    }
                    None => match dd.remove_str(name) {
                        Some(_) => Ok(()),
                        None => Err(self.no_attribute(obj, name)),
                    },
                }
            }
            None => {
                let n = name.as_rust_str().unwrap_or("?");
                if ty.lookup(name).is_some() {
                    Err(self.new_error(
                        &self.types.exc.attribute_error,
                        &format!("'{}' object attribute '{}' is read-only", ty.name(), n),
                    ))
                } else {
                    Err(self.attribute_error(
                        &format!("'{}' object has no attribute '{}'", ty.name(), n),
                        obj,
                        name,
                    ))
                }
            }
        }
    }

    fn type_setattr(&self, cls: &Value, td: &crate::types::typeobj::TypeData, name: &Value, value: Option<Value>) -> PyResult<()> {
        let meta = cls.ty();
        if td.has_flag(tflags::IMMUTABLE) {
            return Err(self.type_error(&format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_rust_str().unwrap_or("?"),
                td.name()
            )));
        }
        if let Some(d) = meta.lookup(name) {
            if is_data_descr(self, &d) {
                if let Some(g) = d.downcast::<GetSetData>() {
                    return match g.set {
                        Some(s) => s(self, cls, value),
                        None => Err(self.new_error(&self.types.exc.attribute_error, &not_writable_message(g))),
                    };
                }
                if let Some((_, set)) = d.downcast::<MemberDescrData>().and_then(|m| m.native) {
                    return match set {
                        Some(s) => s(self, cls, value),
                        None => Err(self.new_error(&self.types.exc.attribute_error, "readonly attribute")),
                    };
                }
            }
        }
        match value {
            Some(v) => {
                drop(td.dict().set_str(self.intern_value(name), v));
            }
            None => {
                if td.dict().remove_str(name).is_none() {
                    return Err(self.no_attribute(cls, name));
                }
            }
        }
        // Only dunder names can change the flags derived from the namespace.
        let dunder = name.as_rust_str().is_some_and(|n| n.starts_with("__"));
        td.modified_with(self, dunder);
        Ok(())
    }

    /// Creates a native function value (helper for module setup).
    pub fn native_function(&self, name: &'static str, f: crate::types::function::NativeFn) -> Value {
        new_builtin(name, f, None)
    }
}
