//! `bytes` and `bytearray`.

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct BytesData(pub Box<[u8]>);

pub struct ByteArrayData(pub UnsafeCell<Vec<u8>>);

impl ByteArrayData {
    pub fn to_vec(&self) -> Vec<u8> {
        // SAFETY: short read.
        unsafe { (*self.0.get()).clone() }
    }

    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        // SAFETY: callers run no Python code inside `f`.
        unsafe { f(&mut *self.0.get()) }
    }
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc(&builtin_types().bytes, BytesData(b.into_boxed_slice()))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    alloc(&builtin_types().bytearray, ByteArrayData(UnsafeCell::new(b)))
}

impl Value {
    /// The bytes of a bytes or bytearray object, copied.
    pub fn as_bytes_vec(&self) -> Option<Vec<u8>> {
        if let Some(b) = self.downcast::<BytesData>() {
            return Some(b.0.to_vec());
        }
        if let Some(m) = self.downcast::<crate::types::memoryview::MemoryViewData>() {
            return Some(m.to_bytes());
        }
        self.downcast::<ByteArrayData>().map(|b| b.to_vec())
    }
}

pub use crate::types::bytesmethods::init;
