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

/// The result tuple an iterator (`zip`, `enumerate`) handed out last time, if the iterator
/// holds the only reference and it has `len` items: the iterator may then refill it with
/// [`replace_unshared`] instead of making a new one (CPython's result-tuple reuse).
pub fn unshared_result(cache: &std::cell::UnsafeCell<Option<Value>>, len: usize) -> Option<Value> {
    // SAFETY: a short read of the iterator's cache cell; nothing here runs Python code.
    let t = unsafe { (*cache.get()).as_ref() }?;
    // SAFETY: exact tuples have the tuple layout.
    if t.refcount() == 1 && t.is_exact(&builtin_types().tuple) && unsafe { t.downcast_unchecked::<TupleData>() }.len() == len {
        // The collector may have untracked the tuple while it held atoms only.
        crate::object::gc::ensure_tracked(t);
        return Some(t.clone());
    }
    None
}

/// Puts `v` at index `i` of a tuple from [`unshared_result`]; returns the old item (to drop
/// after).
pub fn replace_unshared(t: &Value, i: usize, v: Value) -> Value {
    // SAFETY: the caller got `t` from `unshared_result`: besides the iterator only the caller
    // holds it, nobody borrows its items, and nobody can see the change.
    unsafe { std::mem::replace(&mut (*t.downcast_unchecked::<TupleData>().items.get())[i], v) }
}

/// Remembers `t` as an iterator's result tuple (see [`unshared_result`]).
pub fn keep_result(cache: &std::cell::UnsafeCell<Option<Value>>, t: &Value) {
    // SAFETY: a short write of the cache cell; the previous tuple is dropped after it.
    let prev = unsafe { (*cache.get()).replace(t.clone()) };
    drop(prev);
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
