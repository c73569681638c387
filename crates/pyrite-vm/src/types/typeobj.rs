//! `type`: type objects, attribute lookup along the MRO, C3 linearisation, class creation.
//!
//! A type's namespace is a real `dict` (`__dict__` shows it read-only). Lookups along the MRO go
//! through a small global cache keyed by the type's version tag and the name's identity
//! (CPython's type attribute cache); any write to a type's namespace bumps its version.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;

use crate::object::{Layout, Obj, Value};
use crate::types::dict::DictData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::vm::{PyResult, Vm};

/// Constructor of a built-in type's instances: `(vm, type, args, kwnames) -> instance`.
pub type NewFn = fn(&Vm, &Value, &[Value], Option<&Value>) -> PyResult<Value>;

/// Type flags.
pub mod tflags {
    /// Created by a class statement or `type(...)` (= `Py_TPFLAGS_HEAPTYPE`).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be subclassed (= `Py_TPFLAGS_BASETYPE`).
    pub const BASETYPE: u32 = 1 << 1;
    /// Some class in the MRO defines `__del__`.
    pub const HAS_DEL: u32 = 1 << 2;
    /// Some class in the MRO defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 3;
    /// `__getattribute__` is overridden in Python.
    pub const CUSTOM_GETATTRIBUTE: u32 = 1 << 4;
    /// `__setattr__` or `__delattr__` is overridden in Python.
    pub const CUSTOM_SETATTR: u32 = 1 << 5;
    /// Subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 6;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 7;
    /// The class is abstract-free and immutable (built-in types refuse attribute assignment).
    pub const IMMUTABLE: u32 = 1 << 8;
    /// Some class in the MRO overrides `__eq__` or `__hash__` in Python.
    pub const CUSTOM_EQ: u32 = 1 << 9;
    /// A sequence for `match` (= `Py_TPFLAGS_SEQUENCE`), inherited from the base.
    pub const SEQUENCE: u32 = 1 << 10;
    /// A mapping for `match` (= `Py_TPFLAGS_MAPPING`), inherited from the base.
    pub const MAPPING: u32 = 1 << 11;
    /// A class pattern's single positional sub-pattern matches the subject itself
    /// (`case int(x)`; = `_Py_TPFLAGS_MATCH_SELF`), inherited from the base.
    pub const MATCH_SELF: u32 = 1 << 12;
    /// Instances accept weak references (= a non-zero `tp_weaklistoffset`).
    pub const WEAKREFABLE: u32 = 1 << 13;
    /// The flags a class inherits from its base for pattern matching.
    pub const PATMA: u32 = SEQUENCE | MAPPING | MATCH_SELF;
}

/// The payload of a type object.
pub struct TypeData {
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    /// Payload kind of instances.
    pub layout: Layout,
    /// Offset of `InstanceExt` in instances, 0 when instances have none.
    pub ext_offset: usize,
    /// `__base__` (None only for `object`).
    pub base: UnsafeCell<Option<Value>>,
    /// `__bases__`, a tuple.
    pub bases: UnsafeCell<Value>,
    /// `__mro__`, a tuple.
    pub mro: UnsafeCell<Value>,
    /// The namespace, a dict.
    pub dict: Value,
    pub flags: Cell<u32>,
    /// Version tag for attribute caches; changes whenever the namespace of this type or of
    /// one of its bases changes.
    pub version: Cell<u32>,
    /// Names of `__slots__` stored in `InstanceExt::slots`, in order.
    pub slot_names: UnsafeCell<Vec<Value>>,
    /// Constructor for built-in layouts (inherited by subclasses).
    pub native_new: Cell<Option<NewFn>>,
    /// Weak list of direct subclasses (raw pointers; removed when a subclass dies).
    pub subclasses: UnsafeCell<Vec<NonNull<Obj<TypeData>>>>,
    /// The name messages use instead of `__name__` (see `tp_name`).
    pub tp_name_override: Option<String>,
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
    /// The type attribute cache (= CPython's `type_cache`): (version, name) -> lookup result.
    static TYPE_CACHE: std::cell::UnsafeCell<Vec<CacheEntry>> = std::cell::UnsafeCell::new(
        (0..CACHE_SIZE).map(|_| CacheEntry { version: 0, name: 0, value: None }).collect()
    );
}

const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    version: u32,
    name: usize,
    value: Option<Value>,
}

/// Empties the type attribute cache (after bulk changes to type namespaces at start-up).
pub fn clear_type_cache() {
    let old: Vec<CacheEntry> = TYPE_CACHE.with(|c| {
        // SAFETY: short borrow; old entries are dropped after it ends.
        let c = unsafe { &mut *c.get() };
        c.iter_mut().map(|e| std::mem::replace(e, CacheEntry { version: 0, name: 0, value: None })).collect()
    });
    drop(old);
}

/// A fresh version tag.
pub fn next_version() -> u32 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

impl TypeData {
    /// `__name__` as a Rust string.
    pub fn name(&self) -> &str {
        // SAFETY: the name is only replaced by `__name__` assignment, never while borrowed
        // across Python code.
        unsafe { (*self.name.get()).downcast::<StrData>().map(|s| s.as_str_lossy()).unwrap_or("?") }
    }

    /// The name CPython's messages use (`tp_name`): built-in types defined outside
    /// `builtins` are module-qualified (`types.SimpleNamespace`).
    pub fn tp_name(&self) -> String {
        if let Some(n) = &self.tp_name_override {
            return n.clone();
        }
        if !self.has_flag(tflags::HEAPTYPE) {
            if let Some(m) = self.dict().get_str_raw_name("__module__") {
                if m != "builtins" {
                    return format!("{m}.{}", self.name());
                }
            }
        }
        self.name().to_string()
    }

    pub fn name_value(&self) -> Value {
        // SAFETY: see `name`.
        unsafe { (*self.name.get()).clone() }
    }

    pub fn qualname_value(&self) -> Value {
        // SAFETY: see `name`.
        unsafe { (*self.qualname.get()).clone() }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// Whether instances are containers known to the cycle collector (with a GC head).
    #[inline(always)]
    pub fn is_gc(&self) -> bool {
        self.ext_offset != 0 || self.layout.is_gc()
    }

    pub fn has_finalizer(&self) -> bool {
        self.has_flag(tflags::HAS_DEL)
    }

    /// `__mro__` as a slice of types.
    pub fn mro(&self) -> &[Value] {
        // SAFETY: the mro tuple is replaced only by `__bases__` assignment; callers do not hold
        // this slice across Python code.
        unsafe { (*self.mro.get()).downcast_unchecked::<TupleData>().as_slice() }
    }

    pub fn bases(&self) -> &[Value] {
        // SAFETY: as for `mro`.
        unsafe { (*self.bases.get()).downcast_unchecked::<TupleData>().as_slice() }
    }

    pub fn base(&self) -> Option<Value> {
        // SAFETY: as for `mro`.
        unsafe { (*self.base.get()).clone() }
    }

    pub fn dict(&self) -> &DictData {
        // SAFETY: a type's dict is always a dict.
        unsafe { self.dict.downcast_unchecked::<DictData>() }
    }

    /// Looks `name` (an interned str) up along the MRO without invoking descriptors
    /// (= `_PyType_Lookup`). Never runs Python code: type dicts are keyed by strings.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        // Only interned (immortal) names are cached: their address identifies them for good.
        if name.refcount() < crate::object::IMMORTAL / 2 {
            return self.lookup_uncached(name);
        }
        let version = self.version.get();
        let idx = ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name.raw() >> 4)) & (CACHE_SIZE - 1);
        let hit = TYPE_CACHE.with(|c| {
            // SAFETY: short borrow; cloning a value runs no Python code.
            let c = unsafe { &*c.get() };
            let e = &c[idx];
            if e.version == version && e.name == name.raw() { Some(e.value.clone()) } else { None }
        });
        if let Some(v) = hit {
            return v;
        }
        let v = self.lookup_uncached(name);
        let old = TYPE_CACHE.with(|c| {
            // SAFETY: short borrow; the old value is dropped after the borrow ends.
            let c = unsafe { &mut *c.get() };
            std::mem::replace(&mut c[idx], CacheEntry { version, name: name.raw(), value: v.clone() })
        });
        drop(old);
        v
    }

    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for t in self.mro() {
            // SAFETY: every MRO entry is a type.
            let td = unsafe { t.downcast_unchecked::<TypeData>() };
            if let Some(v) = td.dict().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Like `lookup`, with a str from Rust.
    pub fn lookup_str(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.lookup(&vm.intern(name))
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subtype(&self, other: &Value) -> bool {
        self.mro().iter().any(|t| t.is(other))
    }

    /// Marks this type and all subclasses as changed (invalidates attribute caches) and
    /// recomputes the flags derived from the namespace.
    pub fn modified(&self, vm: &Vm) {
        self.modified_with(vm, true);
    }

    /// `modified`, recomputing the flags only when `flags_may_change` (a dunder name was
    /// set: plain class attributes such as counters leave them as they are).
    pub fn modified_with(&self, vm: &Vm, flags_may_change: bool) {
        self.version.set(next_version());
        if flags_may_change {
            self.recompute_flags(vm);
        }
        // SAFETY: the subclass list holds live types (entries are removed when they die).
        let subs: Vec<Value> = unsafe {
            (*self.subclasses.get()).iter().map(|p| Value::from_borrowed(p.cast())).collect()
        };
        for s in subs {
            if let Some(td) = s.downcast::<TypeData>() {
                td.modified_with(vm, flags_may_change);
            }
        }
    }

    /// Recomputes `HAS_DEL`, `HAS_GETATTR`, `CUSTOM_*` from the MRO.
    pub fn recompute_flags(&self, vm: &Vm) {
        let mut f = self.flags.get()
            & !(tflags::HAS_DEL | tflags::HAS_GETATTR | tflags::CUSTOM_GETATTRIBUTE
                | tflags::CUSTOM_SETATTR | tflags::CUSTOM_EQ);
        let n = &vm.names;
        let is_python = |v: &Option<Value>| v.as_ref().is_some_and(|v| !crate::types::descr::is_native_slot(v));
        if self.has_flag(tflags::HEAPTYPE) {
            if self.lookup(&n.__del__).is_some() {
                f |= tflags::HAS_DEL;
            }
            if self.lookup(&n.__getattr__).is_some() {
                f |= tflags::HAS_GETATTR;
            }
            if is_python(&self.lookup(&n.__getattribute__)) {
                f |= tflags::CUSTOM_GETATTRIBUTE;
            }
            if is_python(&self.lookup(&n.__setattr__)) || is_python(&self.lookup(&n.__delattr__)) {
                f |= tflags::CUSTOM_SETATTR;
            }
            if is_python(&self.lookup(&n.__eq__)) || is_python(&self.lookup(&n.__hash__)) {
                f |= tflags::CUSTOM_EQ;
            }
        }
        self.flags.set(f);
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // Unregister from the bases' subclass lists.
        let me = self as *const TypeData as usize - std::mem::offset_of!(Obj<TypeData>, data);
        for b in self.bases() {
            if let Some(bd) = b.downcast::<TypeData>() {
                // SAFETY: no borrow of the list is live (we run no Python code here).
                unsafe { (*bd.subclasses.get()).retain(|p| p.as_ptr() as usize != me) };
            }
        }
    }
}

/// Computes the C3 linearisation of a class with `bases` (= `mro_internal`).
pub fn c3_mro(vm: &Vm, this: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(&format!("duplicate base class {}", b.ty_name_of_type())));
        }
    }
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        let td = b.downcast::<TypeData>().ok_or_else(|| vm.type_error("bases must be types"))?;
        seqs.push(td.mro().to_vec());
    }
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                // CPython lists the remaining heads in the order of the bases.
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].ty_name_of_type();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(vm.type_error(&format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

impl Value {
    /// For a type object, its `TypeData`.
    pub fn as_type(&self) -> Option<&TypeData> {
        self.downcast::<TypeData>()
    }

    /// For a type object, its `__name__` (else the type's name of the value).
    pub fn ty_name_of_type(&self) -> String {
        match self.as_type() {
            Some(t) => t.name().to_string(),
            None => self.ty().name().to_string(),
        }
    }

    /// This type object's pointer (the value must be a type).
    pub fn type_ptr_of_type(&self) -> NonNull<Obj<TypeData>> {
        // SAFETY: heap values are non-null pointers; callers pass type objects.
        unsafe { NonNull::new_unchecked(self.raw() as *mut Obj<TypeData>) }
    }

    /// Whether this value is an instance of `ty` (by MRO, ignoring `__instancecheck__`).
    #[inline]
    pub fn isinstance(&self, ty: &Value) -> bool {
        if self.is_exact(ty) {
            return true;
        }
        self.ty().is_subtype(ty)
    }
}
