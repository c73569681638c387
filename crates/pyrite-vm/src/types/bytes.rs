//! `bytes` and `bytearray`.

use std::cell::UnsafeCell;

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct BytesData(pub Box<[u8]>);

/// A bytearray's bytes and the number of live buffer exports (memoryviews) of them; while
/// any export is live the bytearray cannot change size.
pub struct ByteArrayData(pub UnsafeCell<Vec<u8>>, pub std::cell::Cell<usize>);

impl ByteArrayData {
    pub fn new(b: Vec<u8>) -> Self {
        ByteArrayData(UnsafeCell::new(b), std::cell::Cell::new(0))
    }

    /// Runs `f` on the bytes, refusing (with BufferError, and no change) a change of size
    /// while buffers are exported.
    #[inline]
    pub fn mutate<R>(&self, vm: &crate::vm::Vm, f: impl FnOnce(&mut Vec<u8>) -> R) -> crate::vm::PyResult<R> {
        if self.1.get() == 0 {
            return Ok(self.with_mut(f));
        }
        let mut copy = self.to_vec();
        let r = f(&mut copy);
        // SAFETY: short access; no Python code runs here.
        let cur = unsafe { &mut *self.0.get() };
        if copy.len() != cur.len() {
            self.check_resize(vm)?;
        }
        *cur = copy;
        Ok(r)
    }

    /// Refuses a change of size while buffers are exported.
    #[inline]
    pub fn check_resize(&self, vm: &crate::vm::Vm) -> crate::vm::PyResult<()> {
        if self.1.get() != 0 {
            return Err(vm.new_error(&vm.types.exc.buffer_error, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }

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
    alloc(&builtin_types().bytearray, ByteArrayData::new(b))
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
