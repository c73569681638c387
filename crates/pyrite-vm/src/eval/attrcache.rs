//! Attribute caches of `LOAD_ATTR` and `STORE_ATTR` (CPython 3.12's `LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_ATTR_WITH_HINT`, `LOAD_ATTR_METHOD_*`, `LOAD_ATTR_MODULE`, `LOAD_ATTR_CLASS`,
//! `LOAD_ATTR_SLOT`, `STORE_ATTR_WITH_HINT`, `STORE_ATTR_SLOT`).
//!
//! Each attribute instruction owns one [`AttrCache`] (its first inline-cache unit holds the
//! index, as for `LOAD_GLOBAL`). The first executions take the generic path and then record
//! what they found: the owner's type version, what kind of attribute it was and where it lives.
//! Later executions check the guard (the type's version tag, which changes whenever the type or
//! a base changes its namespace, or a module dict's keys version) and go straight to the value.
//! A guard that fails falls back to the generic path and re-specialises after a back-off, so a
//! site whose types keep changing stops paying for the analysis.
//!
//! Cached descriptors are borrowed pointers, as in CPython: a type's dict holds them, and any
//! change to that dict gives the type (and its subclasses) a new version, so a pointer is only
//! read while the version that vouches for it is current.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::{ObjHeader, Value};
use crate::protocol::attr::is_data_descr;
use crate::types::descr::{ClassMethodData, GetSetData, MemberDescrData, MethodDescrData, MethodKind, PropertyData, StaticMethodData};
use crate::types::function::FunctionData;
use crate::types::typeobj::tflags;
use crate::vm::Vm;

/// What an attribute site found last time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum AttrKind {
    Empty,
    /// Load: the instance dict (slot `hint` last time), else the plain class value `descr`
    /// (null: none, the attribute is missing).
    DictOrClass,
    /// Load in method form: the function or method descriptor `descr` on the type; the
    /// instance dict (if the type has dicts) must not shadow it.
    Method,
    /// Load: a module attribute at dict slot `hint` while the dict's keys version is `dict_version`.
    Module,
    /// Load on a class object (exact metatype `type`): `descr` as stored, or the function of a
    /// static/class method (`how`).
    TypeAttr,
    /// Load: a native getter (`descr` is the getset descriptor).
    GetSet,
    /// Load or store: a `__slots__` member at index `hint`.
    Slot,
    /// Store into the instance dict (slot `hint` last time).
    StoreDict,
}

/// How a [`AttrKind::TypeAttr`] entry produces its value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum TypeAttrHow {
    /// The stored value itself (plain values, functions, method descriptors).
    AsIs,
    /// A `staticmethod`'s function.
    StaticFunc,
    /// A `classmethod`'s function, bound to the class (method form only: `[func, cls]`).
    ClassFunc,
}

/// One type a site has seen: its version and what was found for it.
#[derive(Default)]
struct Way {
    /// The type version this way is valid for (0: unused; real versions start at 1).
    type_version: Cell<u32>,
    /// Whether instances have an instance dict to consult.
    has_dict: Cell<bool>,
    /// Dict slot hint or slot index.
    hint: Cell<u32>,
    descr: Cell<Option<NonNull<ObjHeader>>>,
}

/// Ways per site: subclasses sharing a method (`self.x` in a base-class method) make sites
/// polymorphic; up to this many receiver types are served from the cache.
const WAYS: usize = 4;

pub struct AttrCache {
    kind: Cell<AttrKind>,
    /// Whether the entry was made for the method form of `LOAD_ATTR`.
    method_form: Cell<bool>,
    how: Cell<TypeAttrHow>,
    /// Executions left before the site is analysed again.
    cooldown: Cell<u16>,
    /// The next back-off after a failure.
    backoff: Cell<u16>,
    /// The way the next new type replaces when all are in use.
    next_way: Cell<u8>,
    /// Module dict keys version (`Module`) or the class's own version (`TypeAttr`).
    dict_version: Cell<u64>,
    ways: [Way; WAYS],
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            kind: Cell::new(AttrKind::Empty),
            method_form: Cell::new(false),
            how: Cell::new(TypeAttrHow::AsIs),
            cooldown: Cell::new(0),
            backoff: Cell::new(1),
            next_way: Cell::new(0),
            dict_version: Cell::new(0),
            ways: Default::default(),
        }
    }
}

/// What a cached load produced.
pub enum Loaded {
    /// The attribute value.
    Value(Value),
    /// The method form's pair `[callable, self]`.
    Method(Value, Value),
}

impl Way {
    /// The cached descriptor as a new reference.
    ///
    /// # Safety
    /// The way's guard was just checked (the type dict still holds the object).
    #[inline(always)]
    unsafe fn descr_value(&self) -> Option<Value> {
        // SAFETY: the caller checked the guard; the type's dict keeps the object alive.
        self.descr.get().map(|p| unsafe { Value::from_borrowed(p) })
    }
}

impl AttrCache {
    /// The way serving type version `v`.
    #[inline(always)]
    fn way(&self, v: u32) -> Option<&Way> {
        self.ways.iter().find(|w| w.type_version.get() == v)
    }

    /// Counts one failed or unspecialisable execution: the site waits before trying again,
    /// longer each time (CPython's adaptive back-off).
    #[cold]
    fn back_off(&self) {
        let b = self.backoff.get();
        self.cooldown.set(b);
        self.backoff.set(b.saturating_mul(2).min(1024));
        self.kind.set(AttrKind::Empty);
        for w in &self.ways {
            w.type_version.set(0);
        }
    }

    /// Whether the generic path should analyse the site after this execution: a filled entry
    /// whose guard failed counts down its miss budget, an empty one its back-off.
    #[inline(always)]
    pub fn wants_specialising(&self) -> bool {
        let c = self.cooldown.get();
        if c == 0 {
            return true;
        }
        self.cooldown.set(c - 1);
        false
    }
}

/// The instance dict of an object whose type has `InstanceExt` dicts.
#[inline(always)]
fn ext_dict(obj: &Value) -> Option<&Value> {
    let e = obj.ext()?;
    // SAFETY: a short read of the dict cell; nothing here runs Python code.
    unsafe { (*e.dict.get()).as_ref() }
}

/// Whether instance dict `d` may hold attribute `name` (false: certainly not).
#[inline(always)]
fn may_hold(d: &crate::types::dict::DictData, name: &Value) -> bool {
    match name.as_str_data() {
        Some(s) => d.may_hold_str(s),
        None => true,
    }
}

/// The cached form of `LOAD_ATTR`: `None` when the guard fails (take the generic path).
#[inline(always)]
pub fn load(c: &AttrCache, owner: &Value, name: &Value, method_form: bool) -> Option<Loaded> {
    let kind = c.kind.get();
    if kind == AttrKind::Empty || c.method_form.get() != method_form {
        return None;
    }
    let w = c.way(owner.ty().version.get())?;
    match kind {
        AttrKind::DictOrClass => {
            if w.has_dict.get() {
                if let Some(d) = ext_dict(owner).and_then(|d| d.as_dict()) {
                    if let Some(v) = d.value_if_key_at(w.hint.get() as usize, name) {
                        return Some(Loaded::Value(v));
                    }
                    if let Some(i) = if may_hold(d, name) { d.str_slot(name) } else { None } {
                        w.hint.set(i as u32);
                        return d.value_at(i).map(Loaded::Value);
                    }
                }
            }
            // SAFETY: the type version was checked.
            unsafe { w.descr_value() }.map(Loaded::Value)
        }
        AttrKind::Method => {
            if w.has_dict.get() {
                if let Some(d) = ext_dict(owner).and_then(|d| d.as_dict()) {
                    if !d.is_empty() && may_hold(d, name) && d.str_slot(name).is_some() {
                        return None;
                    }
                }
            }
            // SAFETY: the type version was checked.
            unsafe { w.descr_value() }.map(|m| Loaded::Method(m, owner.clone()))
        }
        AttrKind::Module => {
            let d = owner.as_module()?.dict.as_dict()?;
            if d.version() != c.dict_version.get() {
                return None;
            }
            d.value_at(w.hint.get() as usize).map(Loaded::Value)
        }
        AttrKind::TypeAttr => {
            // The way's version is the metatype's (`type` itself); the class's own version
            // vouches for the value.
            let td = owner.as_type()?;
            if td.version.get() as u64 != c.dict_version.get() {
                return None;
            }
            // SAFETY: the class's version was checked.
            let v = unsafe { w.descr_value() }?;
            Some(match c.how.get() {
                TypeAttrHow::AsIs => Loaded::Value(v),
                TypeAttrHow::StaticFunc => Loaded::Value(v.downcast::<StaticMethodData>()?.func()),
                TypeAttrHow::ClassFunc => Loaded::Method(v.downcast::<ClassMethodData>()?.func(), owner.clone()),
            })
        }
        AttrKind::Slot => {
            let e = owner.ext()?;
            // SAFETY: a short read of the slot array.
            let v = unsafe { (&*e.slots.get()).get(w.hint.get() as usize).cloned().flatten() }?;
            Some(Loaded::Value(v))
        }
        AttrKind::GetSet | AttrKind::StoreDict | AttrKind::Empty => None,
    }
}

/// The getset descriptor of a [`AttrKind::GetSet`] entry whose guard holds: the caller calls
/// its getter (which may fail, so it is not part of [`load`]).
#[inline(always)]
pub fn getset(c: &AttrCache, owner: &Value, method_form: bool) -> Option<Value> {
    if c.kind.get() != AttrKind::GetSet || c.method_form.get() != method_form {
        return None;
    }
    let w = c.way(owner.ty().version.get())?;
    // SAFETY: the type version was checked.
    unsafe { w.descr_value() }
}

/// Whether `d`, found on a type, is returned as it is by attribute access (no `__get__`).
fn is_plain_class_value(vm: &Vm, d: &Value) -> bool {
    if d.is_small_int() || d.as_str_data().is_some() || d.as_type().is_some() {
        return true;
    }
    if d.downcast::<FunctionData>().is_some()
        || d.downcast::<MethodDescrData>().is_some()
        || d.downcast::<GetSetData>().is_some()
        || d.downcast::<MemberDescrData>().is_some()
        || d.downcast::<PropertyData>().is_some()
        || d.downcast::<StaticMethodData>().is_some()
        || d.downcast::<ClassMethodData>().is_some()
    {
        return false;
    }
    let t = d.ty();
    !t.has_flag(tflags::HEAPTYPE) || (t.lookup(&vm.names.__get__).is_none() && !is_data_descr(vm, d))
}

/// Whether instances of `owner`'s type keep attributes only in an `InstanceExt` dict (or have
/// no dict at all): modules, functions and method wrappers keep theirs elsewhere.
fn dict_is_ext_or_none(owner: &Value) -> bool {
    owner.ext().is_some()
        || (owner.as_module().is_none()
            && owner.downcast::<FunctionData>().is_none()
            && owner.downcast::<StaticMethodData>().is_none()
            && owner.downcast::<ClassMethodData>().is_none())
}

/// What one analysis found for one receiver type.
struct Found<'a> {
    kind: AttrKind,
    has_dict: bool,
    hint: u32,
    descr: Option<&'a Value>,
}

/// Records `f` for type version `version`: a way of its own when the site already has
/// entries of the same kind (a polymorphic site), else the entry starts over.
fn set_entry(c: &AttrCache, method_form: bool, version: u32, f: Found<'_>) {
    let same = c.kind.get() == f.kind && c.method_form.get() == method_form && matches!(f.kind, AttrKind::DictOrClass | AttrKind::Method | AttrKind::Slot | AttrKind::StoreDict | AttrKind::GetSet);
    let w = if same {
        match c.ways.iter().find(|w| w.type_version.get() == 0 || w.type_version.get() == version) {
            Some(w) => w,
            None => {
                let i = c.next_way.get() as usize % WAYS;
                c.next_way.set((i + 1) as u8);
                &c.ways[i]
            }
        }
    } else {
        for w in &c.ways[1..] {
            w.type_version.set(0);
        }
        &c.ways[0]
    };
    c.kind.set(f.kind);
    c.method_form.set(method_form);
    w.type_version.set(version);
    w.has_dict.set(f.has_dict);
    w.hint.set(f.hint);
    w.descr.set(f.descr.and_then(|d| d.heap_ptr()));
    c.cooldown.set(MISS_BUDGET);
}

/// Guard failures a filled entry tolerates before the site is analysed again (CPython's
/// cooldown of 52).
const MISS_BUDGET: u16 = 52;

/// The slot of `name` in the instance dict of `owner`, as a first hint.
fn dict_hint(owner: &Value, name: &Value) -> u32 {
    ext_dict(owner).and_then(|d| d.as_dict()).and_then(|d| d.str_slot(name)).unwrap_or(0) as u32
}

/// Analyses a `LOAD_ATTR` site after a generic execution and fills its cache (or backs off).
#[cold]
#[inline(never)]
pub fn specialize_load(vm: &Vm, c: &AttrCache, owner: &Value, name: &Value, method_form: bool) {
    if !try_specialize_load(vm, c, owner, name, method_form) {
        c.back_off();
    }
}

fn try_specialize_load(vm: &Vm, c: &AttrCache, owner: &Value, name: &Value, method_form: bool) -> bool {
    let ty = owner.ty();
    let version = ty.version.get();
    if owner.is_small_int() || ty.flags.get() & tflags::CUSTOM_GETATTRIBUTE != 0 {
        return false;
    }
    // A name that is not interned cannot be compared by identity.
    if name.refcount() < crate::object::IMMORTAL / 2 {
        return false;
    }
    if let Some(m) = owner.as_module() {
        if !owner.is_exact(&vm.types.module) {
            return false;
        }
        let Some(d) = m.dict.as_dict() else { return false };
        let Some(i) = d.find_str_slot(name) else { return false };
        set_entry(c, method_form, version, Found { kind: AttrKind::Module, has_dict: false, hint: i as u32, descr: None });
        c.dict_version.set(d.version());
        return true;
    }
    if let Some(td) = owner.as_type() {
        // Only classes whose metatype is `type` itself: its attributes never change, so the
        // metatype's version guards that none of them shadows the class attribute.
        if !owner.is_exact(&vm.types.type_) || ty.lookup(name).is_some() {
            return false;
        }
        let Some(a) = td.lookup(name) else { return false };
        let how = if a.is_exact(&vm.types.staticmethod) {
            TypeAttrHow::StaticFunc
        } else if a.is_exact(&vm.types.classmethod) {
            if !method_form {
                return false;
            }
            TypeAttrHow::ClassFunc
        } else if a.downcast::<FunctionData>().is_some()
            || a.downcast::<MethodDescrData>().is_some_and(|m| m.kind != MethodKind::Class)
            || is_plain_class_value(vm, &a)
        {
            TypeAttrHow::AsIs
        } else {
            return false;
        };
        set_entry(c, method_form, version, Found { kind: AttrKind::TypeAttr, has_dict: false, hint: 0, descr: Some(&a) });
        c.how.set(how);
        c.dict_version.set(td.version.get() as u64);
        return true;
    }
    if owner.downcast::<crate::types::descr::SuperData>().is_some() || !dict_is_ext_or_none(owner) {
        return false;
    }
    let has_dict = owner.ext().is_some() && ty.has_flag(tflags::HAS_DICT);
    let descr = ty.lookup(name);
    let found = match &descr {
        None => {
            if !has_dict {
                return false;
            }
            Found { kind: AttrKind::DictOrClass, has_dict, hint: dict_hint(owner, name), descr: None }
        }
        Some(d) => {
            let is_method = d.downcast::<FunctionData>().is_some()
                || d.downcast::<MethodDescrData>().is_some_and(|m| m.kind == MethodKind::Instance);
            if is_method && method_form {
                Found { kind: AttrKind::Method, has_dict, hint: 0, descr: Some(d) }
            } else if let Some(m) = d.downcast::<MemberDescrData>() {
                if !(m.native.is_none() && d.is_exact(&vm.types.member_descriptor) && owner.ext().is_some()) {
                    return false;
                }
                Found { kind: AttrKind::Slot, has_dict, hint: m.index as u32, descr: None }
            } else if d.is_exact(&vm.types.getset_descriptor) && ty.flags.get() & tflags::HAS_GETATTR == 0 {
                // (With `__getattr__`, a getter's AttributeError must fall back to it: left to
                // the generic path.)
                Found { kind: AttrKind::GetSet, has_dict, hint: 0, descr: Some(d) }
            } else if is_plain_class_value(vm, d) {
                Found { kind: AttrKind::DictOrClass, has_dict, hint: dict_hint(owner, name), descr: Some(d) }
            } else {
                return false;
            }
        }
    };
    set_entry(c, method_form, version, found);
    true
}

/// The cached form of `STORE_ATTR`: `Err(value)` hands the value back when the guard fails.
#[inline(always)]
pub fn store(c: &AttrCache, owner: &Value, name: &Value, value: Value) -> Result<(), Value> {
    let kind = c.kind.get();
    if kind == AttrKind::Empty {
        return Err(value);
    }
    let Some(w) = c.way(owner.ty().version.get()) else { return Err(value) };
    let Some(e) = owner.ext() else { return Err(value) };
    match kind {
        AttrKind::StoreDict => {
            // SAFETY: a short access to the dict cell, which holds a dict or nothing.
            let d = unsafe {
                let cell = &mut *e.dict.get();
                if cell.is_none() {
                    *cell = Some(crate::types::dict::new_dict());
                }
                cell.as_ref().and_then(|d| d.as_dict()).map(|d| d as *const crate::types::dict::DictData)
            };
            let Some(d) = d else { return Err(value) };
            // SAFETY: the instance holds its dict; `set_str_hinted` runs no Python code, so the
            // dict stays in place while it runs. The old value is dropped after.
            let (old, slot) = unsafe { (*d).set_str_hinted(w.hint.get() as usize, name, value) };
            w.hint.set(slot as u32);
            drop(old);
            Ok(())
        }
        AttrKind::Slot => {
            // SAFETY: a short write to the slot array; the old value is dropped after it.
            let old = match unsafe { (&mut *e.slots.get()).get_mut(w.hint.get() as usize) } {
                Some(s) => s.replace(value),
                None => return Err(value),
            };
            drop(old);
            Ok(())
        }
        _ => Err(value),
    }
}

/// Analyses a `STORE_ATTR` site after a generic execution and fills its cache (or backs off).
#[cold]
#[inline(never)]
pub fn specialize_store(vm: &Vm, c: &AttrCache, owner: &Value, name: &Value) {
    if !try_specialize_store(vm, c, owner, name) {
        c.back_off();
    }
}

fn try_specialize_store(vm: &Vm, c: &AttrCache, owner: &Value, name: &Value) -> bool {
    let ty = owner.ty();
    if owner.is_small_int() || owner.ext().is_none() || ty.flags.get() & tflags::CUSTOM_SETATTR != 0 {
        return false;
    }
    if name.refcount() < crate::object::IMMORTAL / 2 {
        return false;
    }
    let version = ty.version.get();
    let found = match ty.lookup(name) {
        None if ty.has_flag(tflags::HAS_DICT) => Found { kind: AttrKind::StoreDict, has_dict: true, hint: dict_hint(owner, name), descr: None },
        None => return false,
        Some(d) => {
            if let Some(m) = d.downcast::<MemberDescrData>() {
                if !(m.native.is_none() && d.is_exact(&vm.types.member_descriptor)) {
                    return false;
                }
                Found { kind: AttrKind::Slot, has_dict: false, hint: m.index as u32, descr: None }
            } else if ty.has_flag(tflags::HAS_DICT) && is_plain_class_value(vm, &d) {
                Found { kind: AttrKind::StoreDict, has_dict: true, hint: dict_hint(owner, name), descr: None }
            } else {
                return false;
            }
        }
    };
    set_entry(c, false, version, found);
    true
}
