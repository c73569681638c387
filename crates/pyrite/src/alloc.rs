//! The process's memory allocator.
//!
//! Python programs make and drop small objects at a high rate; mimalloc's size-class free
//! lists serve those faster than the C library's malloc (the VM also keeps its own pool of
//! recently freed object blocks and a float free list). Large blocks (big lists' item arrays,
//! set and dict tables, long strings) go to the C library; the largest of those it maps on
//! their own and gives back to the system when they are freed (after a short stay in a small
//! cache), so peak memory stays close to what is in use (peak memory is part of Pyrite's
//! yardstick).
//!
//! The `system-allocator` feature uses the C library for everything (for valgrind).

#[cfg(not(feature = "system-allocator"))]
mod hybrid {
    use libmimalloc_sys as mi;
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::UnsafeCell;
    use std::ffi::c_void;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// Blocks at least this large come from the C library.
    const LARGE: usize = 64 * 1024;

    /// The C library maps blocks at least this large on their own (and unmaps them when they
    /// are freed); smaller large blocks come from its heap, which reuses freed memory.
    const MMAP_THRESHOLD: usize = 1 << 20;

    pub struct Hybrid;

    /// A large block from the cache of recently freed ones, else from the C library.
    #[inline]
    unsafe fn large_alloc(layout: Layout) -> *mut u8 {
        // SAFETY: forwarded from the caller.
        unsafe { LARGE_CACHE.take(layout).unwrap_or_else(|| System.alloc(layout)) }
    }

    unsafe extern "C" {
        /// The C library's size of a block it made (at least the size asked for).
        fn malloc_usable_size(ptr: *mut c_void) -> usize;
        #[link_name = "free"]
        fn libc_free(ptr: *mut c_void);
    }

    /// Mapped blocks freed recently, kept for the next allocation of about their size. Each
    /// block of `MMAP_THRESHOLD` or more is mapped on its own (see `tune_mimalloc`), and its
    /// pages are faulted in again when a new one is mapped: programs that build and drop big
    /// strings, lists and sets in a loop would pay that on every round. The cache holds a few
    /// blocks of at most half of `LARGE_CACHE_BYTES`, at most that in all, so peak memory
    /// grows by little (the same bargain as mimalloc's delayed purge for small blocks).
    struct LargeCache {
        /// Held while the slots are read or changed; another thread finding it held simply
        /// bypasses the cache.
        busy: AtomicBool,
        /// (address, usable size) of cached blocks, oldest first; 0 for an empty slot.
        slots: UnsafeCell<[(usize, usize); LARGE_CACHE_SLOTS]>,
    }

    // SAFETY: `slots` is only touched while `busy` is held.
    unsafe impl Sync for LargeCache {}

    const LARGE_CACHE_SLOTS: usize = 6;
    const LARGE_CACHE_BYTES: usize = 4 << 20;

    static LARGE_CACHE: LargeCache = LargeCache { busy: AtomicBool::new(false), slots: UnsafeCell::new([(0, 0); LARGE_CACHE_SLOTS]) };

    impl LargeCache {
        fn with<R>(&self, f: impl FnOnce(&mut [(usize, usize); LARGE_CACHE_SLOTS]) -> Option<R>) -> Option<R> {
            if self.busy.swap(true, Ordering::Acquire) {
                return None;
            }
            // SAFETY: `busy` is ours until released below.
            let r = f(unsafe { &mut *self.slots.get() });
            self.busy.store(false, Ordering::Release);
            r
        }

        /// The smallest cached block that holds `layout` without wasting more than half of it.
        fn take(&self, layout: Layout) -> Option<*mut u8> {
            if layout.align() > 16 {
                return None;
            }
            let size = layout.size();
            self.with(|slots| {
                let mut best: Option<usize> = None;
                for (i, &(p, usable)) in slots.iter().enumerate() {
                    if p != 0 && usable >= size && usable - size <= usable / 2 && best.is_none_or(|b| usable < slots[b].1) {
                        best = Some(i);
                    }
                }
                let i = best?;
                let p = slots[i].0;
                slots[i] = (0, 0);
                Some(p as *mut u8)
            })
        }

        /// Keeps `ptr` (a C library block); false when it does not fit in the cache. The
        /// oldest blocks make room for it.
        fn put(&self, ptr: *mut u8) -> bool {
            // SAFETY: `ptr` is a live block of the C library.
            let usable = unsafe { malloc_usable_size(ptr as *mut c_void) };
            if usable > LARGE_CACHE_BYTES / 2 || usable < MMAP_THRESHOLD {
                return false;
            }
            self.with(|slots| {
                // Compact the used slots to the front (oldest first), then free the oldest
                // until the new block fits.
                let mut n = 0;
                for i in 0..LARGE_CACHE_SLOTS {
                    if slots[i].0 != 0 {
                        slots[n] = slots[i];
                        n += 1;
                    }
                }
                slots[n..].fill((0, 0));
                let mut total: usize = slots[..n].iter().map(|s| s.1).sum();
                while n > 0 && (n == LARGE_CACHE_SLOTS || total + usable > LARGE_CACHE_BYTES) {
                    let (p, u) = slots[0];
                    // SAFETY: a cached block is a live C library block owned by the cache.
                    unsafe { libc_free(p as *mut c_void) };
                    total -= u;
                    slots.rotate_left(1);
                    slots[LARGE_CACHE_SLOTS - 1] = (0, 0);
                    n -= 1;
                }
                slots[n] = (ptr as usize, usable);
                Some(())
            })
            .is_some()
        }
    }

    #[inline(always)]
    fn large(size: usize) -> bool {
        size >= LARGE
    }

    /// Whether mimalloc's plain `mi_malloc` (its fast path) gives the alignment: every block is
    /// word-aligned, and blocks of a multiple of 16 bytes are 16-aligned.
    #[inline(always)]
    fn plain(size: usize, align: usize) -> bool {
        align <= 8 || (align <= 16 && size % 16 == 0)
    }

    #[inline(always)]
    unsafe fn mi_alloc(layout: Layout) -> *mut u8 {
        // SAFETY: plain C allocation calls.
        unsafe {
            if plain(layout.size(), layout.align()) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    // SAFETY: each block is freed by the allocator that made it: the choice depends only on
    // the block's size, which `dealloc` and `realloc` receive unchanged from the caller.
    unsafe impl GlobalAlloc for Hybrid {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: forwarded from the caller.
            unsafe { if large(layout.size()) { large_alloc(layout) } else { mi_alloc(layout) } }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: forwarded from the caller.
            unsafe {
                if large(layout.size()) {
                    match LARGE_CACHE.take(layout) {
                        Some(p) => {
                            std::ptr::write_bytes(p, 0, layout.size());
                            p
                        }
                        None => System.alloc_zeroed(layout),
                    }
                } else {
                    mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: forwarded from the caller; the size picks the allocator that made it.
            unsafe {
                if large(layout.size()) {
                    if !LARGE_CACHE.put(ptr) {
                        System.dealloc(ptr, layout)
                    }
                } else {
                    mi::mi_free(ptr as *mut c_void)
                }
            }
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: forwarded from the caller; a block that changes sides is copied.
            unsafe {
                match (large(layout.size()), large(new_size)) {
                    (false, false) => {
                        if plain(new_size, layout.align()) {
                            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
                        } else {
                            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
                        }
                    }
                    (true, true) => System.realloc(ptr, layout, new_size),
                    _ => {
                        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                        let p = self.alloc(new_layout);
                        if !p.is_null() {
                            std::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                            self.dealloc(ptr, layout);
                        }
                        p
                    }
                }
            }
        }
    }

    #[global_allocator]
    static GLOBAL: Hybrid = Hybrid;

    /// mimalloc commits arena memory as it is used rather than up front and returns pages unused
    /// for 10 ms, and glibc maps the largest blocks on their own. This must happen
    /// before the first allocation, which the Rust runtime makes before `main`, so it is a
    /// process constructor.
    #[cfg(target_os = "linux")]
    #[used]
    #[unsafe(link_section = ".init_array")]
    static TUNE_MIMALLOC: extern "C" fn() = tune_mimalloc;

    unsafe extern "C" {
        /// The C library's `mallopt`.
        fn mallopt(param: i32, value: i32) -> i32;
    }

    extern "C" fn tune_mimalloc() {
        use libmimalloc_sys as mi;
        // Positions in mimalloc's `mi_option_e` (the crate names only some of them).
        const ARENA_EAGER_COMMIT: mi::mi_option_t = 4;
        const PURGE_DELAY: mi::mi_option_t = 15;
        // glibc's M_MMAP_THRESHOLD: a fixed threshold, so that every block of 1 MiB or more is
        // mapped on its own and unmapped when freed (glibc would otherwise raise the threshold
        // after the first free and serve later blocks of any size from its heap, which it
        // keeps).
        const M_MMAP_THRESHOLD: i32 = -3;
        // SAFETY: plain option setters, called before anything allocates.
        unsafe {
            mi::mi_option_set(ARENA_EAGER_COMMIT, 0);
            // Pages freed for 10 ms go back to the system.
            mi::mi_option_set(PURGE_DELAY, 10);
            mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD as i32);
        }
    }
}
