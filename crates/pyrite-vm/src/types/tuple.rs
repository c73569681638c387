//! `tuple`: an immutable array of values.

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct TupleData {
    /// Immutable to Python; `UnsafeCell` only so that an iterator may refill a result tuple
    /// nobody else holds (see [`refill_unshared`]).
    items: std::cell::UnsafeCell<Box<[Value]>>,
}

impl TupleData {
    pub fn new(items: Vec<Value>) -> TupleData {
        TupleData { items: std::cell::UnsafeCell::new(items.into_boxed_slice()) }
    }

    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: the items change only in `refill_unshared`, on a tuple with no other holder,
        // while no slice of it is borrowed.
        unsafe { &*self.items.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }
}

/// The result tuple an iterator (`zip`, `enumerate`) handed out last time, refilled with
/// `items` if the iterator holds the only reference (CPython's result-tuple reuse); else a new
/// tuple, which `cache` then keeps. Returns the tuple for the caller and the replaced items,
/// to drop after.
pub fn refill_unshared(cache: &std::cell::UnsafeCell<Option<Value>>, items: Vec<Value>) -> (Value, Vec<Value>) {
    // SAFETY: a short access to the iterator's cache cell; nothing here runs Python code.
    let cached = unsafe { (*cache.get()).as_ref() };
    if let Some(t) = cached {
        if t.refcount() == 1 && t.is_exact(&builtin_types().tuple) {
            // SAFETY: exact tuples have the tuple layout.
            let td = unsafe { t.downcast_unchecked::<TupleData>() };
            if td.len() == items.len() {
                // SAFETY: only the iterator holds the tuple, so no slice of it is borrowed and
                // nobody can see it change.
                let old = std::mem::replace(unsafe { &mut *td.items.get() }, items.into_boxed_slice());
                // The collector may have untracked the tuple while it held atoms only.
                crate::object::gc::ensure_tracked(t);
                return (t.clone(), old.into_vec());
            }
        }
    }
    let t = new_tuple(items);
    // SAFETY: as above; the previous tuple is dropped after the cell is written.
    let prev = unsafe { (*cache.get()).replace(t.clone()) };
    drop(prev);
    (t, Vec::new())
}

/// A new tuple (the empty tuple is shared).
pub fn new_tuple(items: Vec<Value>) -> Value {
    let t = builtin_types();
    if items.is_empty() {
        return t.empty_tuple.clone();
    }
    alloc(&t.tuple, TupleData::new(items))
}

/// A new tuple from a slice.
pub fn tuple_from_slice(items: &[Value]) -> Value {
    new_tuple(items.to_vec())
}

impl Value {
    /// The items of a tuple (or tuple subclass instance).
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        self.downcast::<TupleData>().map(|t| t.as_slice())
    }
}

pub use crate::types::seqmethods::init_tuple as init;
