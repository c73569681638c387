//! The frame stack (= CPython's data stack): contiguous chunks of words that never move.
//! Pushing a frame bumps a pointer; popping moves it back. A frame that does not fit in the
//! current chunk starts the next chunk (allocated once and kept for reuse).

use std::cell::{Cell, UnsafeCell};

use super::{Frame, HEADER_WORDS};

/// Words per chunk (256 KiB): a chunk holds hundreds of ordinary frames.
const CHUNK_WORDS: usize = 32 * 1024;

struct Chunk {
    mem: Box<[usize]>,
    /// Words in use (kept up to date only for chunks other than the current one).
    top: usize,
}

/// The frame stack. The current chunk's bounds and top are cached as pointers, so pushing a
/// frame is a bump and a compare, and popping one a compare and a store.
pub struct FrameStack {
    chunks: UnsafeCell<Vec<Chunk>>,
    current: Cell<usize>,
    /// Start, next free word and end of the current chunk.
    base: Cell<*mut usize>,
    top: Cell<*mut usize>,
    limit: Cell<*mut usize>,
}

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack::new()
    }
}

impl FrameStack {
    pub fn new() -> FrameStack {
        let mut mem = vec![0usize; CHUNK_WORDS].into_boxed_slice();
        let base = mem.as_mut_ptr();
        // SAFETY: one past the end of the chunk.
        let limit = unsafe { base.add(CHUNK_WORDS) };
        FrameStack {
            chunks: UnsafeCell::new(vec![Chunk { mem, top: 0 }]),
            current: Cell::new(0),
            base: Cell::new(base),
            top: Cell::new(base),
            limit: Cell::new(limit),
        }
    }

    /// Reserves room for a frame of `slots` localsplus+stack slots; the caller initialises it
    /// with [`Frame::init`].
    #[inline(always)]
    pub fn alloc(&self, slots: usize) -> *mut Frame {
        let words = HEADER_WORDS + slots;
        let top = self.top.get();
        if words <= (self.limit.get() as usize - top as usize) / 8 {
            // SAFETY: `top + words` stays within the current chunk.
            self.top.set(unsafe { top.add(words) });
            return top as *mut Frame;
        }
        self.alloc_slow(words)
    }

    #[cold]
    fn alloc_slow(&self, words: usize) -> *mut Frame {
        // SAFETY: no other borrow of the chunk list is live (the frame stack is only touched
        // by push/pop, which do not call out).
        let chunks = unsafe { &mut *self.chunks.get() };
        let cur = self.current.get();
        chunks[cur].top = (self.top.get() as usize - self.base.get() as usize) / 8;
        let next = cur + 1;
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
        let base = c.mem.as_mut_ptr();
        self.base.set(base);
        // SAFETY: within or one past the end of the new chunk.
        unsafe {
            self.top.set(base.add(words));
            self.limit.set(base.add(c.mem.len()));
        }
        base as *mut Frame
    }

    /// Releases the most recently allocated frame, which is `frame`.
    #[inline(always)]
    pub fn free(&self, frame: *mut Frame) {
        let f = frame as *mut usize;
        if f >= self.base.get() && f < self.limit.get() {
            self.top.set(f);
            return;
        }
        self.free_slow(frame);
    }

    /// `free` of the first frame of a chunk: the previous chunk becomes current.
    #[cold]
    fn free_slow(&self, frame: *mut Frame) {
        // SAFETY: as in `alloc_slow`.
        let chunks = unsafe { &mut *self.chunks.get() };
        loop {
            let cur = self.current.get();
            let c = &mut chunks[cur];
            let base = c.mem.as_mut_ptr();
            let f = frame as usize;
            if f >= base as usize && f < base as usize + c.mem.len() * 8 {
                c.top = (f - base as usize) / 8;
                self.base.set(base);
                // SAFETY: within or one past the end of the chunk.
                unsafe {
                    self.top.set(base.add(c.top));
                    self.limit.set(base.add(c.mem.len()));
                }
                return;
            }
            c.top = 0;
            if cur == 0 {
                return;
            }
            self.current.set(cur - 1);
            let prev = &mut chunks[cur - 1];
            let pbase = prev.mem.as_mut_ptr();
            self.base.set(pbase);
            // SAFETY: within or one past the end of the previous chunk.
            unsafe {
                self.top.set(pbase.add(prev.top));
                self.limit.set(pbase.add(prev.mem.len()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_stack_up_and_spill_into_new_chunks() {
        let s = FrameStack::new();
        // Enough frames to fill several chunks; each must lie in memory of its own.
        let slots = 1000;
        let frames: Vec<*mut Frame> = (0..200).map(|_| s.alloc(slots)).collect();
        for (i, f) in frames.iter().enumerate() {
            let words = HEADER_WORDS + slots;
            // SAFETY: each frame owns `words` words; write all of them.
            unsafe { std::slice::from_raw_parts_mut(*f as *mut usize, words).fill(i) };
        }
        for (i, f) in frames.iter().enumerate() {
            // SAFETY: as above; nothing else wrote there.
            assert!(unsafe { std::slice::from_raw_parts(*f as *const usize, HEADER_WORDS + slots) }.iter().all(|&w| w == i));
        }
        for f in frames.iter().rev() {
            s.free(*f);
        }
        // Popping everything makes the first chunk's memory current again.
        assert_eq!(s.alloc(slots), frames[0]);
    }

    #[test]
    fn a_frame_larger_than_a_chunk_gets_its_own() {
        let s = FrameStack::new();
        let small = s.alloc(10);
        let big = s.alloc(CHUNK_WORDS * 2);
        // SAFETY: the big frame owns all these words.
        unsafe { std::slice::from_raw_parts_mut(big as *mut usize, HEADER_WORDS + CHUNK_WORDS * 2).fill(7) };
        s.free(big);
        s.free(small);
        assert_eq!(s.alloc(10), small);
    }
}
