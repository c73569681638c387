//! The cycle collector (= CPython's `gcmodule.c`): reference counting frees most objects at
//! once; this finds groups of objects that only refer to each other and frees them.
//!
//! **Which objects.** Instances of container types (lists, dicts, functions, classes,
//! user-class instances, ...; see [`Layout::is_gc`]) are allocated with a [`GcHead`] just
//! before their [`ObjHeader`]: two words linking the object into one of the collector's
//! lists. A container is *tracked* while it is in a list. Atoms (ints, strs, floats, ...)
//! have no head: they cannot be part of a cycle.
//!
//! **Generations.** New containers go into generation 0. Allocating containers counts up
//! generation 0's count; past its threshold a collection is *scheduled*, and runs at the next
//! safe point of the eval loop (`RESUME`, a backward jump: see [`pending`]) — never in the
//! middle of a native operation. Objects surviving a collection move to the next generation;
//! older generations are collected when enough younger collections have happened.
//!
//! **Finding garbage.** For the generation being collected (= `young`):
//! 1. every object's `gc_refs` is set to its reference count;
//! 2. every reference *from* a young object *to* a young object is subtracted (through
//!    [`super::traverse::traverse`]): what remains counts references from outside — the frame
//!    stack, native variables, older objects. Such objects are roots;
//! 3. everything reachable from a root is reachable; the rest is unreachable garbage.
//!
//! Nothing is ever freed that a running frame or native code holds: their references are
//! outside the young set, so they keep `gc_refs > 0`.
//!
//! **Freeing garbage** follows PEP 442: weak references to the garbage are cleared and their
//! callbacks called; finalizers (`__del__`, closing generators) run once, while the cycle is
//! still intact; objects resurrected by them are found again and survive; the rest have their
//! references cleared (= `tp_clear`), which breaks the cycles so that reference counting
//! frees them.
//!
//! **The head's words.** `next` links the list (null = untracked). `prev` holds the previous
//! pointer with three flag bits (heads are 8-aligned): [`FINALIZED`] (`__del__` already ran,
//! PEP 442), [`HAS_WEAKREFS`], [`COLLECTING`] (in the set being collected). While a
//! collection computes reachability, `prev` holds `gc_refs << 3` instead of the pointer; the
//! lists are relinked before any Python code runs.

use std::cell::Cell;
use std::ptr::{self, NonNull};

use super::{Layout, Obj, ObjHeader, Value};

/// The collector's two words before a container's [`ObjHeader`] (= `PyGC_Head`).
#[repr(C)]
pub struct GcHead {
    next: Cell<*const GcHead>,
    prev: Cell<usize>,
}

/// How a container is allocated: its head, then the object.
#[repr(C)]
pub struct GcBox<T> {
    pub head: GcHead,
    pub obj: T,
}

/// Bytes between a container's head and its object header.
pub const HEAD_SIZE: usize = size_of::<GcHead>();

/// The object's finalizer ran (it never runs twice, PEP 442).
const FINALIZED: usize = 1;
/// Weak references to the object exist (see `types::weakref`).
pub const HAS_WEAKREFS: usize = 2;
/// The object is in the set a collection is working on.
const COLLECTING: usize = 4;
const FLAG_BITS: usize = 7;
const REFS_SHIFT: u32 = 3;

impl GcHead {
    pub const fn new() -> GcHead {
        GcHead { next: Cell::new(ptr::null()), prev: Cell::new(0) }
    }

    #[inline(always)]
    fn prev_ptr(&self) -> *const GcHead {
        (self.prev.get() & !FLAG_BITS) as *const GcHead
    }

    #[inline(always)]
    fn set_prev_ptr(&self, p: *const GcHead) {
        self.prev.set(p as usize | (self.prev.get() & FLAG_BITS));
    }

    #[inline(always)]
    fn flags(&self) -> usize {
        self.prev.get() & FLAG_BITS
    }

    #[inline(always)]
    fn set_flag(&self, f: usize, on: bool) {
        let p = self.prev.get();
        self.prev.set(if on { p | f } else { p & !f });
    }

    #[inline(always)]
    fn gc_refs(&self) -> usize {
        self.prev.get() >> REFS_SHIFT
    }

    /// Makes a sentinel an empty circular list.
    fn init_list(&self) {
        self.next.set(self);
        self.prev.set(self as *const GcHead as usize);
    }

    fn is_empty_list(&self) -> bool {
        ptr::eq(self.next.get(), self)
    }
}

/// The head of the container at `obj`.
///
/// # Safety
/// `obj` is a live container (its type's `is_gc()`), so a head precedes it.
#[inline(always)]
pub unsafe fn head_of(obj: NonNull<ObjHeader>) -> &'static GcHead {
    // SAFETY: containers are allocated as `GcBox<Obj<_>>` with the object at HEAD_SIZE.
    unsafe { &*((obj.as_ptr() as *const u8).sub(HEAD_SIZE) as *const GcHead) }
}

#[inline(always)]
fn obj_of(h: *const GcHead) -> NonNull<ObjHeader> {
    // SAFETY: non-sentinel heads are followed by their object.
    unsafe { NonNull::new_unchecked((h as *mut u8).add(HEAD_SIZE) as *mut ObjHeader) }
}

/// The container head of `v`, or None for atoms and small ints.
#[inline]
pub fn head(v: &Value) -> Option<&'static GcHead> {
    let p = v.heap_ptr()?;
    // SAFETY: checked that the type's instances are containers.
    if v.ty().is_gc() { Some(unsafe { head_of(p) }) } else { None }
}

const NUM_GENERATIONS: usize = 3;

struct GcState {
    /// Sentinels of the generation lists, of the permanent generation (`gc.freeze`) and of the
    /// interpreter's own start-up objects (see [`settle_startup`]).
    lists: [GcHead; NUM_GENERATIONS + 2],
    counts: [Cell<usize>; NUM_GENERATIONS],
    thresholds: [Cell<usize>; NUM_GENERATIONS],
    /// Generation 0's count at which a collection is scheduled (usize::MAX when disabled).
    trigger: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// A collection is scheduled for the next safe point.
    pending: Cell<bool>,
    debug: Cell<u32>,
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// Per generation: collections, collected, uncollectable.
    stats: [[Cell<usize>; 3]; NUM_GENERATIONS],
}

const PERMANENT: usize = NUM_GENERATIONS;
/// The containers made while the interpreter started (types, built-in modules and their
/// dicts): they live as long as the interpreter, so collections do not walk them. Python code
/// still sees them as the oldest generation (`gc.get_objects`, `gc.get_referrers`).
const STARTUP: usize = NUM_GENERATIONS + 1;

impl GcState {
    const fn new() -> GcState {
        GcState {
            lists: [GcHead::new(), GcHead::new(), GcHead::new(), GcHead::new(), GcHead::new()],
            counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
            thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
            trigger: Cell::new(700),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            pending: Cell::new(false),
            debug: Cell::new(0),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            stats: [
                [Cell::new(0), Cell::new(0), Cell::new(0)],
                [Cell::new(0), Cell::new(0), Cell::new(0)],
                [Cell::new(0), Cell::new(0), Cell::new(0)],
            ],
        }
    }

    fn list(&self, i: usize) -> &GcHead {
        let l = &self.lists[i];
        if l.next.get().is_null() {
            l.init_list();
        }
        l
    }

    fn update_trigger(&self) {
        let t = self.thresholds[0].get();
        let on = self.enabled.get() && !self.collecting.get() && t != 0;
        self.trigger.set(if on { t } else { usize::MAX });
    }
}

thread_local! {
    static GC: GcState = const { GcState::new() };
}

#[inline(always)]
fn with<R>(f: impl FnOnce(&GcState) -> R) -> R {
    GC.with(f)
}

// ---- list primitives -------------------------------------------------------------------

fn list_append(list: &GcHead, node: &GcHead) {
    // SAFETY: `list` is an initialised sentinel; its last node is live.
    let last = unsafe { &*list.prev_ptr() };
    node.next.set(list);
    node.set_prev_ptr(last);
    last.next.set(node);
    list.set_prev_ptr(node);
}

fn list_unlink(node: &GcHead) {
    // SAFETY: a tracked node's neighbours are live heads or sentinels.
    unsafe {
        let prev = &*node.prev_ptr();
        let next = &*node.next.get();
        prev.next.set(next);
        next.set_prev_ptr(prev);
    }
    node.next.set(ptr::null());
    node.prev.set(node.flags());
}

/// Moves every node of `from` to the end of `to`.
fn list_merge(from: &GcHead, to: &GcHead) {
    if from.is_empty_list() {
        return;
    }
    // SAFETY: both are initialised sentinels of well-formed lists.
    unsafe {
        let first = &*from.next.get();
        let last = &*from.prev_ptr();
        let to_last = &*to.prev_ptr();
        to_last.next.set(first);
        first.set_prev_ptr(to_last);
        last.next.set(to);
        to.set_prev_ptr(last);
    }
    from.init_list();
}

/// Calls `f` on each node of `list` and its object (borrowed, no count taken). The next node
/// is read before `f` runs, so `f` may unlink the node it is given; `f` must not run Python
/// code or free objects.
fn walk(list: &GcHead, mut f: impl FnMut(&GcHead, &Value)) {
    let mut h = list.next.get();
    while !ptr::eq(h, list) {
        // SAFETY: the nodes of a well-formed list are live heads followed by their objects.
        let hd = unsafe { &*h };
        let next = hd.next.get();
        // SAFETY: as above; the ManuallyDrop borrows the list's object without counting.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(obj_of(h)) });
        f(hd, &v);
        h = next;
    }
}

fn list_len(list: &GcHead) -> usize {
    let mut n = 0;
    walk(list, |_, _| n += 1);
    n
}

// ---- tracking -----------------------------------------------------------------------------

/// Starts tracking a new container (= `_PyObject_GC_TRACK`).
///
/// # Safety
/// `obj` is a live, untracked container.
#[inline(always)]
pub unsafe fn track(obj: NonNull<ObjHeader>) {
    // SAFETY: forwarded.
    let h = unsafe { head_of(obj) };
    with(|g| list_append(g.list(0), h));
}

/// Stops tracking a container if it is tracked.
///
/// # Safety
/// `obj` is a live container.
#[inline(always)]
pub unsafe fn untrack(obj: NonNull<ObjHeader>) {
    // SAFETY: forwarded.
    let h = unsafe { head_of(obj) };
    if !h.next.get().is_null() {
        list_unlink(h);
    }
}

/// Whether the container is tracked.
///
/// # Safety
/// `obj` is a live container.
#[inline(always)]
pub unsafe fn is_tracked_raw(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: forwarded.
    !unsafe { head_of(obj) }.next.get().is_null()
}

/// `gc.is_tracked(v)`.
pub fn is_tracked(v: &Value) -> bool {
    head(v).is_some_and(|h| !h.next.get().is_null())
}

/// Tracks `v` if it is an untracked container (a dict that received a container).
pub fn ensure_tracked(v: &Value) {
    if let Some(h) = head(v) {
        if h.next.get().is_null() && v.refcount() < super::IMMORTAL {
            with(|g| list_append(g.list(0), h));
        }
    }
}

/// Whether `v` could be part of a cycle (= `_PyObject_GC_MAY_BE_TRACKED`): a container, and
/// for an exact tuple, a tracked one.
#[inline]
pub fn may_be_tracked(v: &Value) -> bool {
    let Some(p) = v.heap_ptr() else { return false };
    let ty = v.ty();
    if !ty.is_gc() {
        return false;
    }
    // SAFETY: `v` is a live container.
    if ty.layout == Layout::Tuple && ty.ext_offset == 0 { unsafe { is_tracked_raw(p) } } else { true }
}

/// Called when a container is freed: uncounts it (= `PyObject_GC_Del`).
#[inline(always)]
pub fn count_deallocation() {
    with(|g| {
        let c = g.counts[0].get();
        if c > 0 {
            g.counts[0].set(c - 1);
        }
    });
}

/// Whether the container's finalizer already ran.
///
/// # Safety
/// `obj` is a live container.
pub unsafe fn is_finalized_raw(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: forwarded.
    unsafe { head_of(obj) }.flags() & FINALIZED != 0
}

/// Marks the container's finalizer as run.
///
/// # Safety
/// `obj` is a live container.
pub unsafe fn set_finalized_raw(obj: NonNull<ObjHeader>) {
    // SAFETY: forwarded.
    unsafe { head_of(obj) }.set_flag(FINALIZED, true);
}

/// `gc.is_finalized(v)`.
pub fn is_finalized(v: &Value) -> bool {
    head(v).is_some_and(|h| h.flags() & FINALIZED != 0)
}

/// Whether the container has weak references (flag kept by `types::weakref`).
///
/// # Safety
/// `obj` is a live container.
#[inline(always)]
pub unsafe fn has_weakrefs_raw(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: forwarded.
    unsafe { head_of(obj) }.flags() & HAS_WEAKREFS != 0
}

/// Sets or clears the weak-references flag.
///
/// # Safety
/// `obj` is a live container.
pub unsafe fn set_has_weakrefs_raw(obj: NonNull<ObjHeader>, on: bool) {
    // SAFETY: forwarded.
    unsafe { head_of(obj) }.set_flag(HAS_WEAKREFS, on);
}

// ---- settings (the gc module) ----------------------------------------------------------

pub fn enabled() -> bool {
    with(|g| g.enabled.get())
}

pub fn set_enabled(on: bool) {
    with(|g| {
        g.enabled.set(on);
        g.update_trigger();
    });
}

pub fn thresholds() -> [usize; 3] {
    with(|g| [g.thresholds[0].get(), g.thresholds[1].get(), g.thresholds[2].get()])
}

pub fn set_thresholds(t: &[usize]) {
    with(|g| {
        for (i, &x) in t.iter().enumerate().take(NUM_GENERATIONS) {
            g.thresholds[i].set(x);
        }
        g.update_trigger();
    });
}

pub fn counts() -> [usize; 3] {
    with(|g| [g.counts[0].get(), g.counts[1].get(), g.counts[2].get()])
}

pub fn debug_flags() -> u32 {
    with(|g| g.debug.get())
}

pub fn set_debug_flags(f: u32) {
    with(|g| g.debug.set(f));
}

/// Per generation: (collections, collected, uncollectable).
pub fn stats() -> [[usize; 3]; 3] {
    with(|g| std::array::from_fn(|i| std::array::from_fn(|j| g.stats[i][j].get())))
}

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;

/// Every tracked object of generation `generation` (all generations when None), oldest first.
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    let mut out = Vec::new();
    with(|g| {
        let range = match generation {
            Some(i) => i..i + 1,
            None => 0..NUM_GENERATIONS,
        };
        for i in range.clone() {
            walk(g.list(i), |_, v| out.push(Value::clone(v)));
        }
        if range.contains(&(NUM_GENERATIONS - 1)) {
            walk(g.list(STARTUP), |_, v| out.push(Value::clone(v)));
        }
    });
    out
}

/// Ends start-up: every container made so far moves to the start-up list, which collections
/// skip, and the allocation counts start from zero. A program's first collections then walk
/// only the program's own objects.
pub fn settle_startup() {
    with(|g| {
        empty_generations_into(g, STARTUP);
        g.pending.set(false);
    });
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    with(|g| empty_generations_into(g, PERMANENT));
}

/// Moves the objects of all generations to list `target` (one the collector does not walk)
/// and starts the allocation counts from zero.
fn empty_generations_into(g: &GcState, target: usize) {
    let to = g.list(target);
    for i in 0..NUM_GENERATIONS {
        list_merge(g.list(i), to);
        g.counts[i].set(0);
    }
}

/// `gc.unfreeze()`: moves the permanent generation back into the oldest.
pub fn unfreeze() {
    with(|g| list_merge(g.list(PERMANENT), g.list(NUM_GENERATIONS - 1)));
}

pub fn freeze_count() -> usize {
    with(|g| list_len(g.list(PERMANENT)))
}

// ---- collection -----------------------------------------------------------------------------

/// Whether an automatic collection is due (checked by the eval loop at safe points).
#[inline(always)]
pub fn pending() -> bool {
    with(|g| g.pending.get())
}

/// What a collection hands back to the layer that runs Python code.
pub struct Collected {
    pub generation: usize,
    /// Unreachable objects found (= what `gc.collect()` returns).
    pub collected: usize,
    pub uncollectable: usize,
}

/// Hooks into the VM: calls that run Python code during a collection.
pub trait Host {
    /// `gc.callbacks` (phase "start"/"stop").
    fn callbacks(&self, phase: &str, info: &Collected);
    /// Clears weak references to `obj` (garbage): callbacks of the weakrefs that are not
    /// themselves garbage are returned to be called.
    fn clear_weakrefs(&self, obj: &Value, is_garbage: &dyn Fn(&Value) -> bool, callbacks: &mut Vec<Value>);
    /// Calls a weakref's callback.
    fn call_weakref_callback(&self, wr: &Value);
    /// Runs `obj`'s finalizer (`__del__`, or closing a generator).
    fn finalize(&self, obj: &Value);
    /// Whether `obj`'s type has a finalizer.
    fn has_finalizer(&self, obj: &Value) -> bool;
    /// Appends `obj` to `gc.garbage` (DEBUG_SAVEALL).
    fn save_garbage(&self, obj: &Value);
    /// Prints a DEBUG_* line.
    fn debug_line(&self, text: &str);
}

/// Runs the automatic collection a threshold scheduled (= `_Py_RunGC`).
pub fn run_scheduled(host: &dyn Host) {
    let generation = with(|g| {
        g.pending.set(false);
        if g.collecting.get() || !g.enabled.get() {
            return None;
        }
        // The oldest generation whose count exceeds its threshold.
        for i in (0..NUM_GENERATIONS).rev() {
            if g.counts[i].get() > g.thresholds[i].get() {
                // Full collections only when enough long-lived objects accumulated
                // (CPython's `long_lived_pending > long_lived_total / 4`).
                if i == NUM_GENERATIONS - 1 && g.long_lived_pending.get() < g.long_lived_total.get() / 4 {
                    continue;
                }
                return Some(i);
            }
        }
        None
    });
    if let Some(generation) = generation {
        collect(host, generation);
    }
}

/// Collects generation `generation` and the younger ones; returns the number of unreachable
/// objects found. A collection already running makes this return 0.
pub fn collect(host: &dyn Host, generation: usize) -> usize {
    if with(|g| g.collecting.get()) {
        return 0;
    }
    with(|g| {
        g.collecting.set(true);
        g.update_trigger();
    });
    let start = Collected { generation, collected: 0, uncollectable: 0 };
    host.callbacks("start", &start);
    let stats = debug_flags() & DEBUG_STATS != 0;
    let t0 = std::time::Instant::now();
    if stats {
        let sizes = with(|g| (0..NUM_GENERATIONS).map(|i| list_len(g.list(i)).to_string()).collect::<Vec<_>>().join(" "));
        host.debug_line(&format!("gc: collecting generation {generation}..."));
        host.debug_line(&format!("gc: objects in each generation: {sizes}"));
        host.debug_line(&format!("gc: objects in permanent generation: {}", freeze_count()));
    }
    let n = collect_main(host, generation);
    if stats {
        host.debug_line(&format!("gc: done, {n} unreachable, 0 uncollectable, {:.4}s elapsed", t0.elapsed().as_secs_f64()));
    }
    let done = Collected { generation, collected: n, uncollectable: 0 };
    with(|g| {
        g.stats[generation][0].set(g.stats[generation][0].get() + 1);
        g.stats[generation][1].set(g.stats[generation][1].get() + n);
    });
    host.callbacks("stop", &done);
    with(|g| {
        g.collecting.set(false);
        g.pending.set(false);
        g.update_trigger();
    });
    n
}

fn collect_main(host: &dyn Host, generation: usize) -> usize {
    let (young, old) = with(|g| {
        if generation + 1 < NUM_GENERATIONS {
            g.counts[generation + 1].set(g.counts[generation + 1].get() + 1);
        }
        for i in 0..=generation {
            g.counts[i].set(0);
        }
        let young: *const GcHead = g.list(generation);
        for i in 0..generation {
            list_merge(g.list(i), g.list(generation));
        }
        let old: *const GcHead = if generation + 1 < NUM_GENERATIONS { g.list(generation + 1) } else { young };
        (young, old)
    });
    // SAFETY: the sentinels live in the thread-local state for the thread's life.
    let (young, old) = unsafe { (&*young, &*old) };
    let unreachable = GcHead::new();
    unreachable.init_list();
    // SAFETY: no Python code runs while reachability is computed.
    unsafe { deduce_unreachable(young, &unreachable) };
    untrack_tuples(young);
    if !ptr::eq(young, old) {
        if generation == NUM_GENERATIONS - 2 {
            with(|g| g.long_lived_pending.set(g.long_lived_pending.get() + list_len(young)));
        }
        list_merge(young, old);
    } else {
        // Dicts are untracked only in full collections (CPython: avoids quadratic work).
        untrack_dicts(young);
        with(|g| {
            g.long_lived_pending.set(0);
            g.long_lived_total.set(list_len(young));
        });
    }
    if unreachable.is_empty_list() {
        return 0;
    }
    let debug = debug_flags();
    if debug & DEBUG_COLLECTABLE != 0 {
        for_each(&unreachable, |v| host.debug_line(&format!("gc: collectable <{} {:#x}>", v.ty().name(), v.raw())));
    }
    handle_weakrefs(host, &unreachable);
    finalize_garbage(host, &unreachable);
    // Finalizers may have resurrected objects: find what is still unreachable.
    let still = GcHead::new();
    still.init_list();
    // SAFETY: as above; finalizers have returned.
    unsafe { deduce_unreachable(&unreachable, &still) };
    clear_collecting(&unreachable);
    list_merge(&unreachable, old);
    let n = count_garbage(&still);
    delete_garbage(host, &still, old, debug & DEBUG_SAVEALL != 0);
    n
}

/// The number of garbage objects `gc.collect()` reports. The `__dict__` of a garbage
/// instance, referenced by nothing else, is not counted: CPython 3.12 keeps such attributes
/// inline in the instance, with no dict object to count.
fn count_garbage(list: &GcHead) -> usize {
    let mut n = 0;
    walk(list, |_, v| {
        n += 1;
        if let Some(ext) = v.ext() {
            // SAFETY: short read of the instance's dict slot.
            if let Some(d) = unsafe { &*ext.dict.get() } {
                if d.refcount() == 1 && collecting_head(d).is_some() {
                    n -= 1;
                }
            }
        }
    });
    n
}

/// Calls `f` with a new reference to each object of `list`, in order, while no code changes
/// the list (the values are collected first).
fn for_each(list: &GcHead, mut f: impl FnMut(&Value)) {
    let mut vals = Vec::new();
    walk(list, |_, v| vals.push(Value::clone(v)));
    for v in &vals {
        f(v);
    }
}

fn clear_collecting(list: &GcHead) {
    walk(list, |h, _| h.set_flag(COLLECTING, false));
}


/// The head of `v` if it is a container in the set being collected.
#[inline]
fn collecting_head(v: &Value) -> Option<&'static GcHead> {
    head(v).filter(|h| h.flags() & COLLECTING != 0)
}

/// Splits `base` into what is reachable from outside (left in `base`) and the rest (moved to
/// `unreachable`, flagged COLLECTING).
///
/// # Safety
/// No Python code runs and no object is freed during the call.
unsafe fn deduce_unreachable(base: &GcHead, unreachable: &GcHead) {
    // 1. gc_refs = reference count (`prev` stops being a link until relinking).
    walk(base, |hd, v| {
        hd.prev.set((v.refcount() << REFS_SHIFT) | (hd.flags() & (FINALIZED | HAS_WEAKREFS)) | COLLECTING);
    });
    // 2. Subtract references between members of the set.
    walk(base, |_, v| {
        super::traverse::traverse(v, &mut |r| {
            if let Some(rh) = collecting_head(r) {
                debug_assert!(rh.gc_refs() > 0, "traverse reported a reference not held");
                if rh.gc_refs() > 0 {
                    rh.prev.set(rh.prev.get() - (1 << REFS_SHIFT));
                }
            }
        });
    });
    // SAFETY: still no Python code runs.
    unsafe { move_unreachable(base, unreachable) };
    // Drop the membership tags from the unreachable list's links.
    let mut h = unreachable.next.get();
    while !ptr::eq(h, unreachable) {
        // SAFETY: walking the (tagged) unreachable list.
        let hd = unsafe { &*h };
        let next = untag(hd.next.get());
        hd.next.set(next);
        h = next;
    }
}

/// Tag in the low bit of `next`: the node is (for now) in the unreachable list.
const UNREACHABLE_TAG: usize = 1;

fn untag(p: *const GcHead) -> *const GcHead {
    (p as usize & !UNREACHABLE_TAG) as *const GcHead
}

fn tag(p: *const GcHead) -> *const GcHead {
    (p as usize | UNREACHABLE_TAG) as *const GcHead
}

/// Walks `young` once (= CPython's `move_unreachable`): an object whose `gc_refs` is positive
/// is reachable: it stays, loses COLLECTING, and everything it refers to becomes reachable
/// too (referents not reached yet get `gc_refs = 1`; referents already moved to
/// `unreachable` come back to the end of `young`, to be walked again). An object reached
/// with `gc_refs == 0` moves to `unreachable` for now. The resulting order of `young` is
/// CPython's, which decides what `untrack_tuples` sees first.
///
/// While this runs, `young` is linked through `next` only (`prev` holds `gc_refs`), except
/// that the sentinel's `prev` is the list's current tail; `unreachable` is doubly linked and
/// its `next` links carry [`UNREACHABLE_TAG`].
///
/// # Safety
/// No Python code runs and no object is freed during the call.
unsafe fn move_unreachable(young: &GcHead, unreachable: &GcHead) {
    let visit_reachable = |r: &Value| {
        let Some(rh) = collecting_head(r) else { return };
        let next = rh.next.get();
        if next as usize & UNREACHABLE_TAG != 0 {
            // Reachable after all: unlink it from `unreachable` and append it to `young`.
            // SAFETY: neighbours in the unreachable list are live heads or the sentinel.
            unsafe {
                let prev = &*rh.prev_ptr();
                let next = &*untag(next);
                prev.next.set(rh.next.get());
                next.set_prev_ptr(prev);
                let last = &*young.prev_ptr();
                last.next.set(rh);
                rh.next.set(young);
                young.set_prev_ptr(rh);
            }
            rh.prev.set((1 << REFS_SHIFT) | rh.flags());
        } else if rh.gc_refs() == 0 {
            rh.prev.set((1 << REFS_SHIFT) | rh.flags());
        }
    };
    let mut prev: *const GcHead = young;
    // SAFETY (loop): nodes are live heads; the walk follows `next` as relinked above.
    let mut h = young.next.get();
    while !ptr::eq(h, young) {
        let hd = unsafe { &*h };
        if hd.gc_refs() > 0 {
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(obj_of(h)) });
            super::traverse::traverse(&v, &mut |r| visit_reachable(r));
            hd.prev.set(prev as usize | (hd.flags() & !COLLECTING));
            prev = h;
        } else {
            unsafe {
                (*prev).next.set(hd.next.get());
                let last = unreachable.prev_ptr();
                (*last).next.set(tag(h));
                hd.prev.set(last as usize | hd.flags());
                hd.next.set(tag(unreachable));
                unreachable.set_prev_ptr(h);
            }
        }
        h = unsafe { (*prev).next.get() };
    }
    young.set_prev_ptr(prev);
    unreachable.next.set(untag(unreachable.next.get()));
}

/// Untracks tuples whose items cannot be in a cycle (= `untrack_tuples`).
fn untrack_tuples(list: &GcHead) {
    walk(list, |h, v| {
        if v.ty().layout == Layout::Tuple && v.ty().ext_offset == 0 && !v.as_tuple().unwrap_or(&[]).iter().any(may_be_tracked) {
            list_unlink(h);
        }
    });
}

/// Untracks exact dicts holding no containers (= `untrack_dicts`).
fn untrack_dicts(list: &GcHead) {
    walk(list, |h, v| {
        let atoms_only = |d: &crate::types::dict::DictData| !d.any_entry(|k, x| may_be_tracked(k) || may_be_tracked(x));
        if v.ty().layout == Layout::Dict && v.ty().ext_offset == 0 && v.as_dict().is_some_and(atoms_only) {
            list_unlink(h);
        }
    });
}

/// Clears weak references to the garbage, then calls the callbacks of weakrefs that are
/// not garbage themselves (= `handle_weakrefs`).
fn handle_weakrefs(host: &dyn Host, unreachable: &GcHead) {
    let mut callbacks = Vec::new();
    let is_garbage = |v: &Value| collecting_head(v).is_some();
    // Clearing weak references runs no Python code and frees nothing; callbacks run after.
    walk(unreachable, |h, v| {
        if h.flags() & HAS_WEAKREFS != 0 || v.ty().layout == Layout::WeakRef {
            host.clear_weakrefs(v, &is_garbage, &mut callbacks);
        }
    });
    for wr in &callbacks {
        host.call_weakref_callback(wr);
    }
}

/// Runs each garbage object's finalizer once (= `finalize_garbage`).
fn finalize_garbage(host: &dyn Host, unreachable: &GcHead) {
    // Objects are moved to `seen` before their finalizer runs: a finalizer may free others.
    let seen = GcHead::new();
    seen.init_list();
    while !unreachable.is_empty_list() {
        let h = unreachable.next.get();
        // SAFETY: the first node is a live object's head.
        let hd = unsafe { &*h };
        list_unlink(hd);
        list_append(&seen, hd);
        // SAFETY: live object.
        let v = unsafe { Value::from_borrowed(obj_of(h)) };
        if hd.flags() & FINALIZED == 0 && host.has_finalizer(&v) {
            hd.set_flag(FINALIZED, true);
            host.finalize(&v);
        }
        drop(v);
    }
    list_merge(&seen, unreachable);
}

/// Breaks the garbage's references (= `delete_garbage`); objects still alive afterwards go to
/// `old`.
fn delete_garbage(host: &dyn Host, garbage: &GcHead, old: &GcHead, save_all: bool) {
    while !garbage.is_empty_list() {
        let h = garbage.next.get();
        // SAFETY: live object.
        let v = unsafe { Value::from_borrowed(obj_of(h)) };
        if save_all {
            host.save_garbage(&v);
        } else {
            super::traverse::clear(&v);
        }
        if ptr::eq(garbage.next.get(), h) {
            // Still here: alive (held by gc.garbage, or not freed by clearing).
            // SAFETY: `h` is the live first node.
            let hd = unsafe { &*h };
            list_unlink(hd);
            hd.set_flag(COLLECTING, false);
            list_append(old, hd);
        }
        drop(v);
    }
}

/// Allocates a container with a fresh head, counted towards the next collection, and
/// tracked when `track` (one access to the collector's state for both).
#[inline]
pub fn alloc_box<T>(obj: Obj<T>, track: bool) -> NonNull<ObjHeader> {
    const { assert!(std::mem::offset_of!(GcBox<Obj<T>>, obj) == HEAD_SIZE) };
    let b = super::pool::alloc(GcBox { head: GcHead::new(), obj }).as_ptr();
    with(|g| {
        let c = g.counts[0].get() + 1;
        g.counts[0].set(c);
        if c > g.trigger.get() {
            g.pending.set(true);
        }
        if track {
            // SAFETY: the fresh box is live.
            list_append(g.list(0), unsafe { &(*b).head });
        }
    });
    // SAFETY: the box is non-null; the object starts HEAD_SIZE bytes in.
    unsafe { NonNull::new_unchecked(ptr::addr_of_mut!((*b).obj) as *mut ObjHeader) }
}

/// Frees a container allocated by [`alloc_box`] as `GcBox<Obj<T>>`.
///
/// # Safety
/// `obj` was allocated that way with payload `T`, is untracked and unreferenced.
pub unsafe fn free_box<T>(obj: NonNull<ObjHeader>) {
    count_deallocation();
    // SAFETY: guaranteed by the caller.
    unsafe { super::pool::free(NonNull::new_unchecked((obj.as_ptr() as *mut u8).sub(HEAD_SIZE) as *mut GcBox<Obj<T>>)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{dict, list, str::new_str, tuple::new_tuple};

    /// A host that runs no Python code: enough for collections of plain containers.
    struct Quiet;

    impl Host for Quiet {
        fn callbacks(&self, _: &str, _: &Collected) {}
        fn clear_weakrefs(&self, _: &Value, _: &dyn Fn(&Value) -> bool, _: &mut Vec<Value>) {}
        fn call_weakref_callback(&self, _: &Value) {}
        fn finalize(&self, _: &Value) {}
        fn has_finalizer(&self, _: &Value) -> bool {
            false
        }
        fn save_garbage(&self, _: &Value) {}
        fn debug_line(&self, _: &str) {}
    }

    fn vm() -> (std::sync::MutexGuard<'static, ()>, Box<crate::Vm>) {
        let lock = crate::object::test_vm_lock();
        let vm = crate::Vm::new(vec![]);
        set_enabled(false);
        collect(&Quiet, 2);
        (lock, vm)
    }

    #[test]
    fn cycles_are_collected_and_live_objects_kept() {
        let (_lock, vm) = vm();
        let keep = list::new_list(vec![new_str("kept")]);
        // a <-> b, dropped; `keep` is held by this function (a root outside the heap).
        let a = list::new_list(vec![]);
        let b = list::new_list(vec![a.clone(), keep.clone()]);
        a.downcast::<list::ListData>().unwrap().with_mut(|v| v.push(b.clone()));
        drop((a, b));
        assert_eq!(collect(&Quiet, 2), 2);
        assert_eq!(keep.refcount(), 1, "the garbage released its reference to `keep`");
        assert!(is_tracked(&keep));
        assert_eq!(collect(&Quiet, 2), 0);
        std::mem::forget(vm);
    }

    #[test]
    fn dicts_are_tracked_once_they_hold_a_container() {
        let (_lock, vm) = vm();
        let d = dict::new_dict();
        let dd = d.as_dict().unwrap();
        dd.set_str(new_str("n"), Value::small_int(1));
        assert!(!is_tracked(&d));
        dd.set_str(new_str("l"), list::new_list(vec![]));
        assert!(is_tracked(&d));
        std::mem::forget(vm);
    }

    #[test]
    fn tuples_of_atoms_are_untracked_by_a_collection() {
        let (_lock, vm) = vm();
        let t = new_tuple(vec![Value::small_int(1), new_str("x")]);
        let holder = new_tuple(vec![list::new_list(vec![])]);
        assert!(is_tracked(&t) && is_tracked(&holder));
        collect(&Quiet, 2);
        assert!(!is_tracked(&t));
        assert!(is_tracked(&holder));
        std::mem::forget(vm);
    }

    #[test]
    fn freeing_unlinks_from_the_generation_list() {
        let (_lock, vm) = vm();
        let before = objects(None).len();
        let items: Vec<Value> = (0..100).map(|_| list::new_list(vec![])).collect();
        assert_eq!(objects(None).len(), before + 100);
        drop(items);
        assert_eq!(objects(None).len(), before);
        assert_eq!(collect(&Quiet, 0), 0);
        std::mem::forget(vm);
    }
}
