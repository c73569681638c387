//! Object memory: a small pool of recently freed blocks in front of the global allocator
//! (a little of what CPython's pymalloc does).
//!
//! Objects are small and die young; a freed object's block goes onto a last-in-first-out list
//! of its size class and the next object of that class takes it. That skips the allocator on
//! the commonest path, and it reuses addresses the way CPython does: in
//! `str(A()) == str(A())` the second object lands where the first one was, so the two default
//! reprs print the same address, as they do under CPython.
//!
//! Blocks of up to [`MAX_POOLED`] bytes are sized up to their 16-byte class, so any block of a
//! class serves any object of that class. Each class keeps at most [`PER_CLASS`] blocks; the
//! rest go back to the allocator. Built with the `plain-alloc` feature, every block goes
//! straight to the allocator, so that valgrind sees each one.

use std::alloc::Layout;
use std::cell::Cell;
use std::ptr::NonNull;

/// Largest block size served from the pool.
const MAX_POOLED: usize = 256;
/// Size-class granularity (and the alignment of pooled blocks).
const GRAIN: usize = 16;
const CLASSES: usize = MAX_POOLED / GRAIN;
/// Free blocks kept per class.
const PER_CLASS: u32 = 64;

/// One class's free list: blocks linked through their first word.
#[derive(Clone, Copy)]
struct FreeList {
    head: *mut u8,
    len: u32,
}

thread_local! {
    // A const-initialised thread-local without a destructor: each access is one TLS load.
    static POOL: Cell<[FreeList; CLASSES]> = const { Cell::new([FreeList { head: std::ptr::null_mut(), len: 0 }; CLASSES]) };
}

/// The layout blocks for a `T` are allocated with, and its class (None: not pooled).
#[inline(always)]
const fn block_layout<T>() -> (Layout, Option<usize>) {
    let size = size_of::<T>();
    let align = align_of::<T>();
    if cfg!(feature = "plain-alloc") || size == 0 || size > MAX_POOLED || align > GRAIN {
        return (Layout::new::<T>(), None);
    }
    let class_size = size.div_ceil(GRAIN) * GRAIN;
    // SAFETY: GRAIN is a power of two and class_size a non-zero multiple of it.
    (unsafe { Layout::from_size_align_unchecked(class_size, GRAIN) }, Some(class_size / GRAIN - 1))
}

/// Moves `value` into a block of its own; free it with [`free`].
#[inline(always)]
pub fn alloc<T>(value: T) -> NonNull<T> {
    let (layout, class) = const { block_layout::<T>() };
    let p = match class.and_then(take) {
        Some(p) => p,
        None => {
            // SAFETY: `layout` has a non-zero size (zero-sized payloads are never allocated:
            // every object has a header).
            let p = unsafe { std::alloc::alloc(layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            p
        }
    };
    let p = p as *mut T;
    // SAFETY: `p` is a fresh block that fits and aligns a `T`.
    unsafe {
        p.write(value);
        NonNull::new_unchecked(p)
    }
}

/// Drops the `T` at `p` and releases its block.
///
/// # Safety
/// `p` came from [`alloc`] with the same `T` and is not used again.
#[inline(always)]
pub unsafe fn free<T>(p: NonNull<T>) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::drop_in_place(p.as_ptr()) };
    let (layout, class) = const { block_layout::<T>() };
    let raw = p.as_ptr() as *mut u8;
    if let Some(c) = class {
        if give(c, raw) {
            return;
        }
    }
    // SAFETY: the block was allocated with this layout.
    unsafe { std::alloc::dealloc(raw, layout) };
}

#[inline(always)]
fn take(class: usize) -> Option<*mut u8> {
    POOL.with(|pool| {
        let lists = pool.as_ptr() as *mut FreeList;
        // SAFETY: the pool is this thread's array of free lists, `class` is below its length,
        // and nothing else touches it while this runs (no callbacks).
        let l = unsafe { &mut *lists.add(class) };
        if l.head.is_null() {
            return None;
        }
        let p = l.head;
        // SAFETY: a listed block holds the next link in its first word.
        l.head = unsafe { *(p as *mut *mut u8) };
        l.len -= 1;
        Some(p)
    })
}

#[inline(always)]
fn give(class: usize, p: *mut u8) -> bool {
    POOL.try_with(|pool| {
        let lists = pool.as_ptr() as *mut FreeList;
        // SAFETY: as in `take`.
        let l = unsafe { &mut *lists.add(class) };
        if l.len >= PER_CLASS {
            return false;
        }
        // SAFETY: the dead block is at least a word long and word-aligned.
        unsafe { *(p as *mut *mut u8) = l.head };
        l.head = p;
        l.len += 1;
        true
    })
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(feature = "plain-alloc"))]
    fn a_freed_block_is_reused_last_in_first_out() {
        let a = alloc([1u64; 5]);
        let b = alloc([2u64; 5]);
        // SAFETY: both came from `alloc` and are freed once.
        unsafe {
            free(a);
            free(b);
        }
        // Same class (48 bytes): the last freed comes back first.
        let c = alloc([3u64; 6]);
        assert_eq!(c.as_ptr() as usize, b.as_ptr() as usize);
        // SAFETY: as above.
        unsafe {
            assert_eq!(*c.as_ptr(), [3u64; 6]);
            free(c);
        }
    }

    #[test]
    fn large_blocks_bypass_the_pool() {
        let big = alloc([7u8; 1000]);
        // SAFETY: from `alloc`, freed once.
        unsafe { free(big) };
    }
}
