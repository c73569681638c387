//! The process's memory allocator.
//!
//! Python programs make and drop small objects at a high rate; mimalloc's size-class free
//! lists serve those faster than the C library's malloc (the VM also keeps its own pool of
//! recently freed object blocks and a float free list). Large blocks (big lists' item arrays,
//! set and dict tables, long strings) go to the C library, which maps them on their own and
//! gives them back to the system as soon as they are freed, so peak memory stays close to what
//! is in use (peak memory is part of Pyrite's yardstick).
//!
//! The `system-allocator` feature uses the C library for everything (for valgrind).

#[cfg(not(feature = "system-allocator"))]
mod hybrid {
    use libmimalloc_sys as mi;
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::ffi::c_void;

    /// Blocks at least this large come from the C library.
    const LARGE: usize = 64 * 1024;

    pub struct Hybrid;

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
            unsafe { if large(layout.size()) { System.alloc(layout) } else { mi_alloc(layout) } }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: forwarded from the caller.
            unsafe {
                if large(layout.size()) {
                    System.alloc_zeroed(layout)
                } else {
                    mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: forwarded from the caller; the size picks the allocator that made it.
            unsafe { if large(layout.size()) { System.dealloc(ptr, layout) } else { mi::mi_free(ptr as *mut c_void) } }
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
    /// for 10 ms, and glibc maps large
    /// blocks on their own. This must happen
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
        // glibc's M_MMAP_THRESHOLD: a fixed threshold, so that every large block is mapped on
        // its own and unmapped when freed (glibc would otherwise raise the threshold after the
        // first free and serve later large blocks from its heap, which it keeps).
        const M_MMAP_THRESHOLD: i32 = -3;
        // SAFETY: plain option setters, called before anything allocates.
        unsafe {
            mi::mi_option_set(ARENA_EAGER_COMMIT, 0);
            // Pages freed for 10 ms go back to the system.
            mi::mi_option_set(PURGE_DELAY, 10);
            mallopt(M_MMAP_THRESHOLD, LARGE as i32);
        }
    }
}
