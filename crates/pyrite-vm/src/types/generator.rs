//! Generators. A generator owns its interpreter frame (owner `Generator`) inside the
//! generator object, which never moves: resuming links the frame on top of the resumer's,
//! suspending unlinks it; nothing is copied per `next()`. Each generator keeps the exception
//! it was handling while suspended and swaps it in on resume.

use std::cell::{Cell, UnsafeCell};

use crate::frame::{Frame, Owner, HEADER_WORDS};
use crate::object::{alloc, Value};
use crate::types::builtin_types;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Completed,
}

/// What a generator-like object is: made by a generator function, an `async def`, or an
/// `async def` that yields. All three run their frame the same way.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use (`"coroutine already executing"`).
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GeneratorData {
    pub kind: GenKind,
    /// An async generator's `athrow`/`aclose` is running (`ag_running_async`).
    pub running_async: Cell<bool>,
    /// An async generator that finished or was closed by `aclose()` (`ag_closed`).
    pub ag_closed: Cell<bool>,
    /// The frame's words; the frame is at the start.
    mem: UnsafeCell<Box<[usize]>>,
    pub state: Cell<GenState>,
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    pub code: Value,
    /// The handled exception saved while suspended.
    pub exc_state: UnsafeCell<Option<Value>>,
    /// The frame that last resumed this generator (for a finished generator's `f_back`).
    pub last_resumer: UnsafeCell<Option<Value>>,
}

impl GeneratorData {
    /// The generator's frame (valid while not completed).
    pub fn frame(&self) -> *mut Frame {
        // SAFETY: the box is never reallocated; we only take its address.
        unsafe { (*self.mem.get()).as_mut_ptr() as *mut Frame }
    }

    pub fn swap_exc_state(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write.
        unsafe { std::mem::replace(&mut *self.exc_state.get(), v) }
    }

    /// Clears the frame once the generator finished.
    pub fn finish(&self) {
        if self.state.get() != GenState::Completed {
            self.state.set(GenState::Completed);
            let f = self.frame();
            // SAFETY: the frame is initialised and no longer runs.
            unsafe {
                if crate::frame::object::detach_frame_object(f) {
                    // The frame object took the frame's contents.
                    return;
                }
                Frame::clear(f);
            }
        }
    }
}

impl Drop for GeneratorData {
    fn drop(&mut self) {
        if self.state.get() != GenState::Completed {
            self.state.set(GenState::Completed);
            let f = self.frame();
            // SAFETY: an unfinished generator's frame is initialised.
            unsafe {
                if !crate::frame::object::detach_frame_object(f) {
                    Frame::clear(f);
                }
            }
        }
    }
}

/// Moves the running frame `frame` into a new generator object (= `RETURN_GENERATOR`).
///
/// # Safety
/// `frame` is live; after this call its words belong to the generator and the caller must
/// free the original memory without clearing it.
pub unsafe fn new_generator_from_frame(frame: *mut Frame) -> Value {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let size = HEADER_WORDS + (*frame).size as usize;
        let mut mem = vec![0usize; size].into_boxed_slice();
        let words = HEADER_WORDS + (*frame).stacktop as usize;
        std::ptr::copy_nonoverlapping(frame as *const usize, mem.as_mut_ptr(), words);
        let nf = mem.as_mut_ptr() as *mut Frame;
        (*nf).owner = Owner::Generator;
        (*nf).previous = std::ptr::null_mut();
        (*nf).is_entry = false;
        let code = (*nf).code.clone();
        let (name, qualname) = match &(*nf).func {
            Some(f) => {
                let fd = f.downcast::<crate::types::function::FunctionData>().expect("function");
                (fd.name(), fd.qualname())
            }
            None => {
                let cd = code.as_code().expect("code");
                (cd.name.clone(), cd.qualname.clone())
            }
        };
        let flags = code.as_code().map(|c| c.source.flags).unwrap_or(0);
        let (kind, ty) = if flags & pyrite_bytecode::code::flags::COROUTINE != 0 {
            (GenKind::Coroutine, &builtin_types().coroutine)
        } else if flags & pyrite_bytecode::code::flags::ASYNC_GENERATOR != 0 {
            (GenKind::AsyncGenerator, &builtin_types().async_generator)
        } else {
            (GenKind::Generator, &builtin_types().generator)
        };
        let genobj = alloc(
            ty,
            GeneratorData {
                kind,
                running_async: Cell::new(false),
                ag_closed: Cell::new(false),
                mem: UnsafeCell::new(mem),
                state: Cell::new(GenState::Created),
                name: UnsafeCell::new(name),
                qualname: UnsafeCell::new(qualname),
                code,
                exc_state: UnsafeCell::new(None),
                last_resumer: UnsafeCell::new(None),
            },
        );
        // The frame object, if any, now reads the generator's copy.
        if let Some(fo) = &(*nf).frame_obj {
            if let Some(d) = fo.downcast::<crate::frame::object::FrameObjectData>() {
                d.frame.set(nf);
            }
        }
        genobj
    }
}

impl Value {
    /// A plain generator (not a coroutine or async generator).
    #[inline]
    pub fn as_generator(&self) -> Option<&GeneratorData> {
        self.downcast::<GeneratorData>().filter(|g| g.kind == GenKind::Generator)
    }

    /// A generator, coroutine or async generator.
    #[inline]
    pub fn as_gen_any(&self) -> Option<&GeneratorData> {
        self.downcast::<GeneratorData>()
    }

    /// A coroutine made by `async def`.
    #[inline]
    pub fn as_coroutine(&self) -> Option<&GeneratorData> {
        self.downcast::<GeneratorData>().filter(|g| g.kind == GenKind::Coroutine)
    }
}

pub use crate::types::genmethods::init;
