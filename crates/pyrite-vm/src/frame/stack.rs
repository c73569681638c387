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
