//! The object model's foundation: the object header, the one-word [`Value`], reference
//! counting and deallocation.
//!
//! Every heap object starts with an [`ObjHeader`] (reference count, type), CPython's
//! `PyObject` layout, followed by a payload: `Obj<T>` is `#[repr(C)] { header, data: T }`.
//! A [`Value`] is one machine word: either a pointer to such a header, or an inline small int
//! (low bit set). Cloning a `Value` increments the count, dropping it decrements; at zero the
//! object is freed through its type's [`Layout`], iteratively (CPython's trashcan), so freeing a
//! million-deep nested list does not recurse in Rust.
//!
//! Instances of user classes that derive from a built-in type are laid out as
//! `Obj<Sub<T>>`: the built-in payload first (so the object can be used wherever `Obj<T>` is
//! expected) and then an [`InstanceExt`] with the instance `__dict__` and `__slots__` values.
//!
//! This module and `frame/` are where unsafe code lives; each block states its invariant.

use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::types::typeobj::TypeData;

pub mod gc;
pub mod layout;
pub mod pool;
pub mod traverse;
pub use layout::{Layout, PyPayload};

/// The header every heap object starts with (= CPython's `PyObject`).
#[repr(C)]
pub struct ObjHeader {
    /// Strong references to this object (= `ob_refcnt`). Immortal objects start at [`IMMORTAL`].
    pub refcnt: Cell<usize>,
    /// The object's type (= `ob_type`), a strong reference (types are never freed while an
    /// instance points at them). `Cell` because `__class__` assignment changes it.
    pub ty: Cell<NonNull<Obj<TypeData>>>,
}

/// Reference count of immortal objects: high enough never to reach zero.
pub const IMMORTAL: usize = 1 << 60;

/// A heap object with payload `T`.
#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// The payload of an instance of a user class deriving from a built-in type `T`.
#[repr(C)]
pub struct Sub<T> {
    pub base: T,
    pub ext: InstanceExt,
}

/// Per-instance state of user-class instances: `__dict__` and `__slots__` storage.
#[derive(Default)]
pub struct InstanceExt {
    pub dict: UnsafeCell<Option<Value>>,
    pub slots: UnsafeCell<Box<[Option<Value>]>>,
}

/// One Python value in one machine word.
///
/// Bit 0 set: an inline small int (`value >> 1`, 63 bits). Bit 0 clear: a non-null pointer to an
/// [`ObjHeader`], owning one strong reference.
#[repr(transparent)]
pub struct Value {
    bits: NonNull<ObjHeader>,
    _not_send: PhantomData<*const ()>,
}

const _: () = assert!(size_of::<Value>() == 8);
const _: () = assert!(size_of::<Option<Value>>() == 8);

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// An inline int; the caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        let bits = ((i << 1) | 1) as usize;
        // SAFETY: bit 0 is set, so `bits` is never zero.
        Value { bits: unsafe { NonNull::new_unchecked(bits as *mut ObjHeader) }, _not_send: PhantomData }
    }

    /// Whether this is an inline small int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.bits.as_ptr() as usize & 1 != 0
    }

    /// The inline int, if this is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() { Some((self.bits.as_ptr() as usize as i64) >> 1) } else { None }
    }

    /// The inline int; the caller checked [`Value::is_small_int`].
    #[inline(always)]
    pub fn small_int_unchecked(&self) -> i64 {
        (self.bits.as_ptr() as usize as i64) >> 1
    }

    /// The header pointer of a heap value, `None` for small ints.
    #[inline(always)]
    pub fn heap_ptr(&self) -> Option<NonNull<ObjHeader>> {
        if self.is_small_int() { None } else { Some(self.bits) }
    }

    /// Raw bits, for identity (`is`, `id()`).
    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.bits.as_ptr() as usize
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.bits == other.bits
    }

    /// Takes ownership of one strong reference held in `ptr`.
    ///
    /// # Safety
    /// `ptr` points to a live object and the caller transfers one strong reference.
    #[inline(always)]
    pub unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> Value {
        Value { bits: ptr, _not_send: PhantomData }
    }

    /// A new strong reference to the object at `ptr`.
    ///
    /// # Safety
    /// `ptr` points to a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed(ptr: NonNull<ObjHeader>) -> Value {
        // SAFETY: the caller guarantees liveness.
        let h = unsafe { ptr.as_ref() };
        h.refcnt.set(h.refcnt.get() + 1);
        Value { bits: ptr, _not_send: PhantomData }
    }

    /// Gives up ownership without decrementing.
    #[inline(always)]
    pub fn into_raw(self) -> NonNull<ObjHeader> {
        let p = self.bits;
        std::mem::forget(self);
        p
    }

    /// The object's type.
    #[inline(always)]
    pub fn type_ptr(&self) -> NonNull<Obj<TypeData>> {
        if self.is_small_int() {
            crate::types::builtin_types().int.type_ptr_of_type()
        } else {
            // SAFETY: a heap Value points to a live header.
            unsafe { self.bits.as_ref().ty.get() }
        }
    }

    /// The object's type as a borrowed `TypeData`.
    #[inline(always)]
    pub fn ty(&self) -> &TypeData {
        // SAFETY: types outlive their instances (each instance holds a reference to its type).
        unsafe { &self.type_ptr().as_ref().data }
    }

    /// The object's type as a new `Value`.
    pub fn type_value(&self) -> Value {
        // SAFETY: the type pointer is live.
        unsafe { Value::from_borrowed(self.type_ptr().cast()) }
    }

    /// The header of a heap object.
    #[inline(always)]
    fn header(&self) -> Option<&ObjHeader> {
        // SAFETY: a heap Value points to a live header.
        if self.is_small_int() { None } else { Some(unsafe { self.bits.as_ref() }) }
    }

    /// Current reference count (small ints report 1).
    pub fn refcount(&self) -> usize {
        self.header().map_or(1, |h| h.refcnt.get())
    }

    /// Downcasts to a payload type if the object's layout is `T`'s (subclass instances
    /// included).
    #[inline(always)]
    pub fn downcast<T: PyPayload>(&self) -> Option<&T> {
        if self.is_small_int() {
            return None;
        }
        if self.ty().layout == T::LAYOUT {
            // SAFETY: objects whose type has layout `T::LAYOUT` are `Obj<T>` or `Obj<Sub<T>>`,
            // and both start with `T` right after the header (repr(C)).
            Some(unsafe { &(*(self.bits.as_ptr() as *const Obj<T>)).data })
        } else {
            None
        }
    }

    /// Downcasts without checking.
    ///
    /// # Safety
    /// The object's layout is `T::LAYOUT`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: PyPayload>(&self) -> &T {
        // SAFETY: guaranteed by the caller.
        unsafe { &(*(self.bits.as_ptr() as *const Obj<T>)).data }
    }

    /// Whether the object's type is exactly `ty` (no subclass).
    #[inline(always)]
    pub fn is_exact(&self, ty: &Value) -> bool {
        self.type_ptr().as_ptr() as usize == ty.raw()
    }

    /// `is_exact` for a type `ty` other than `int` (the hot paths' lists, tuples, floats and
    /// strs): an inline int is simply not one, with no look-up of the int type.
    #[inline(always)]
    pub fn is_exact_heap(&self, ty: &Value) -> bool {
        // SAFETY: a heap Value points to a live header.
        !self.is_small_int() && unsafe { self.bits.as_ref() }.ty.get().as_ptr() as usize == ty.raw()
    }

    /// The instance extension (dict and slots) of user-class instances.
    pub fn ext(&self) -> Option<&InstanceExt> {
        let off = self.ty().ext_offset;
        if off == 0 || self.is_small_int() {
            return None;
        }
        // SAFETY: `ext_offset` is non-zero only for types whose instances are `Obj<Sub<T>>`,
        // and it is the offset of the `ext` field in that layout.
        Some(unsafe { &*((self.bits.as_ptr() as *const u8).add(off) as *const InstanceExt) })
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Value { bits: self.bits, _not_send: PhantomData }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(h) = self.header() {
            let n = h.refcnt.get() - 1;
            h.refcnt.set(n);
            if n == 0 {
                // SAFETY: the count reached zero: nobody else references the object.
                unsafe { layout::release(self.bits) };
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "{i}")
        } else {
            write!(f, "<{} object at {:#x}>", self.ty().name(), self.raw())
        }
    }
}

/// Allocates a new object of type `ty` with payload `data` (refcount 1). Containers are
/// tracked by the cycle collector from the start, except dicts (tracked once they hold a
/// container, as in CPython).
#[inline]
pub fn alloc<T: PyPayload>(ty: &Value, data: T) -> Value {
    alloc_with(ty, data, T::LAYOUT != Layout::Dict)
}

/// Allocates, tracking a container when `track`.
#[inline]
fn alloc_with<T: PyPayload>(ty: &Value, data: T, track: bool) -> Value {
    let ty_ptr = ty.clone().into_raw().cast::<Obj<TypeData>>();
    let obj = Obj { header: ObjHeader { refcnt: Cell::new(1), ty: Cell::new(ty_ptr) }, data };
    if T::LAYOUT.is_gc() {
        // SAFETY: the collector's box holds the object; we hand over its one reference.
        unsafe { Value::from_raw(gc::alloc_box(obj, track)) }
    } else {
        // SAFETY: we hand over the fresh object's one reference.
        unsafe { Value::from_raw(pool::alloc(obj).cast()) }
    }
}

/// Allocates an immortal object (never freed, never tracked).
pub fn alloc_immortal<T: PyPayload>(ty: &Value, data: T) -> Value {
    let v = alloc_with(ty, data, false);
    if let Some(h) = v.header() {
        h.refcnt.set(IMMORTAL);
    }
    v
}

/// Allocates an instance of a user class deriving from a built-in with payload `T`.
pub fn alloc_sub<T: PyPayload>(ty: &Value, base: T, nslots: usize) -> Value {
    let ty_ptr = ty.clone().into_raw().cast::<Obj<TypeData>>();
    let ext = InstanceExt {
        dict: UnsafeCell::new(None),
        slots: UnsafeCell::new(vec![None; nslots].into_boxed_slice()),
    };
    let p = gc::alloc_box(Obj { header: ObjHeader { refcnt: Cell::new(1), ty: Cell::new(ty_ptr) }, data: Sub { base, ext } }, true);
    // SAFETY: a fresh container; we hand over its one reference.
    unsafe { Value::from_raw(p) }
}

/// Byte offset of `ext` in `Obj<Sub<T>>`.
pub const fn ext_offset<T>() -> usize {
    std::mem::offset_of!(Obj<Sub<T>>, data.ext)
}

/// Unit tests that make a `Vm` hold this lock: the built-in types table is process-wide
/// (one interpreter thread), so such tests must not run at the same time.
#[cfg(test)]
pub(crate) fn test_vm_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}
