//! The frame stack (= CPython's data stack): contiguous chunks of words that never move.
//! Pushing a frame bumps a pointer; popping moves it back. A frame that does not fit in the
//! current chunk starts the next chunk (allocated once and kept for reuse).

use std::cell::{Cell, UnsafeCell};

use super::{Frame, HEADER_WORDS};

/// Words per chunk (256 KiB): a chunk holds hundreds of ordinary frames.
const CHUNK_WORDS: usize = 32 * 1024;

struct Chunk {
    mem: Box<[usize]>,
    /// Words in use.
    top: usize,
}

pub struct FrameStack {
    chunks: UnsafeCell<Vec<Chunk>>,
    current: Cell<usize>,
}

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack::new()
    }
}

impl FrameStack {
    pub fn new() -> FrameStack {
        FrameStack {
            chunks: UnsafeCell::new(vec![Chunk { mem: vec![0usize; CHUNK_WORDS].into_boxed_slice(), top: 0 }]),
            current: Cell::new(0),
        }
    }

    /// Reserves room for a frame of `slots` localsplus+stack slots; the caller initialises it
    /// with [`Frame::init`].
    #[inline]
    pub fn alloc(&self, slots: usize) -> *mut Frame {
        let words = HEADER_WORDS + slots;
        // SAFETY: no other borrow of the chunk list is live (the frame stack is only touched
        // by push/pop, which do not call out).
        let chunks = unsafe { &mut *self.chunks.get() };
        let cur = self.current.get();
        let c = &mut chunks[cur];
        if c.top + words <= c.mem.len() {
            // SAFETY: `top + words` is within the chunk.
            let p = unsafe { c.mem.as_mut_ptr().add(c.top) };
            c.top += words;
            return p as *mut Frame;
        }
        self.alloc_slow(words)
    }

    #[cold]
    fn alloc_slow(&self, words: usize) -> *mut Frame {
        // SAFETY: as in `alloc`.
        let chunks = unsafe { &mut *self.chunks.get() };
        let next = self.current.get() + 1;
        if next == chunks.len() || chunks[next].mem.len() < words {
            let size = words.max(CHUNK_WORDS);
            let chunk = Chunk { mem: vec![0usize; size].into_boxed_slice(), top: 0 };
            if next == chunks.len() {
                chunks.push(chunk);
            } else {
                chunks[next] = chunk;
            }
        }
        self.current.set(next);
        let c = &mut chunks[next];
        c.top = words;
        c.mem.as_mut_ptr() as *mut Frame
    }

    /// Releases the most recently allocated frame, which is `frame`.
    #[inline]
    pub fn free(&self, frame: *mut Frame) {
        // SAFETY: as in `alloc`.
        let chunks = unsafe { &mut *self.chunks.get() };
        loop {
            let cur = self.current.get();
            let c = &mut chunks[cur];
            let base = c.mem.as_ptr() as usize;
            let f = frame as usize;
            if f >= base && f < base + c.mem.len() * 8 {
                c.top = (f - base) / 8;
                return;
            }
            c.top = 0;
            if cur == 0 {
                return;
            }
            self.current.set(cur - 1);
        }
    }
}
