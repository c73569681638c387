//! Object layouts: which Rust payload a type's instances carry, and how they are freed.
//!
//! Every built-in type names one [`Layout`]; user classes inherit their base's layout and, when
//! their instances carry a `__dict__` or `__slots__`, are laid out as `Obj<Sub<T>>`
//! (`TypeData::ext_offset != 0`). [`release`] frees an object whose count reached zero, with
//! CPython's trashcan discipline: nested frees past a small depth are queued and drained by the
//! outermost call, so freeing deep structures never recurses deeply in Rust.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::{gc, Obj, ObjHeader, Sub, Value};
use crate::types;

/// A Rust type that is the payload of some Python objects.
pub trait PyPayload: Sized + 'static {
    const LAYOUT: Layout;
}

macro_rules! layouts {
    ($($variant:ident => $ty:ty,)*) => {
        /// The payload kind of a type's instances.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Layout { $($variant,)* }

        $(impl PyPayload for $ty { const LAYOUT: Layout = Layout::$variant; })*

        impl Layout {
            /// Whether instances are containers the cycle collector knows (allocated with a
            /// GC head, see `gc.rs`). Atoms cannot be part of a cycle. Instances of user
            /// classes (`Sub` layouts) are always containers.
            pub const fn is_gc(self) -> bool {
                !matches!(
                    self,
                    Layout::Object
                        | Layout::Int
                        | Layout::Bool
                        | Layout::Float
                        | Layout::Complex
                        | Layout::Str
                        | Layout::Bytes
                        | Layout::ByteArray
                        | Layout::Range
                        | Layout::Code
                        | Layout::Singleton
                        | Layout::TextIO
                )
            }

            /// Offset of the instance extension in `Obj<Sub<payload>>`.
            pub fn ext_offset(self) -> usize {
                match self { $(Layout::$variant => super::ext_offset::<$ty>(),)* }
            }
        }

        /// Frees the object at `ptr`, whose payload has layout `layout`.
        ///
        /// # Safety
        /// The object's count is zero and nothing references it.
        unsafe fn free(ptr: NonNull<ObjHeader>, layout: Layout, sub: bool) {
            // SAFETY: every object was allocated by the pool as an `Obj<T>` (atoms),
            // `GcBox<Obj<T>>` (containers) or `GcBox<Obj<Sub<T>>>` (user-class instances) of
            // the payload its type's layout names (see `alloc`/`alloc_sub`).
            unsafe {
                match (layout, sub) {
                    $(
                        (Layout::$variant, false) => {
                            if Layout::$variant.is_gc() {
                                super::gc::free_box::<$ty>(ptr)
                            } else {
                                super::pool::free(ptr.cast::<Obj<$ty>>())
                            }
                        }
                        (Layout::$variant, true) => super::gc::free_box::<Sub<$ty>>(ptr),
                    )*
                }
            }
        }
    };
}

layouts! {
    Object => (),
    Type => types::typeobj::TypeData,
    Int => types::int::BigIntData,
    Bool => types::int::BoolData,
    Float => types::float::FloatData,
    Complex => types::float::ComplexData,
    Str => types::str::StrData,
    Bytes => types::bytes::BytesData,
    ByteArray => types::bytes::ByteArrayData,
    List => types::list::ListData,
    Tuple => types::tuple::TupleData,
    Dict => types::dict::DictData,
    Set => types::set::SetData,
    Range => types::range::RangeData,
    Slice => types::range::SliceData,
    Function => types::function::FunctionData,
    Builtin => types::function::BuiltinData,
    Method => types::function::MethodData,
    Code => types::code::CodeData,
    Module => types::module::ModuleData,
    Cell => types::function::CellData,
    Generator => types::generator::GeneratorData,
    Awaitable => types::coroutine::AwaitableData,
    MemoryView => types::memoryview::MemoryViewData,
    Frame => crate::frame::object::FrameObjectData,
    Traceback => types::exception::TracebackData,
    Exception => types::exception::ExceptionData,
    Property => types::descr::PropertyData,
    StaticMethod => types::descr::StaticMethodData,
    ClassMethod => types::descr::ClassMethodData,
    Super => types::descr::SuperData,
    MethodDescr => types::descr::MethodDescrData,
    GetSetDescr => types::descr::GetSetData,
    MemberDescr => types::descr::MemberDescrData,
    Iter => types::iter::IterData,
    WeakRef => types::weakref::WeakRefData,
    Singleton => types::Singleton,
    TextIO => crate::modules::io::TextIOData,
}

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<NonNull<ObjHeader>>> = const { RefCell::new(Vec::new()) };
}

/// Nesting of frees before further ones are queued (CPython's `Py_TRASHCAN` limit is 50).
const TRASHCAN_DEPTH: u32 = 50;

/// Called when an object's count reaches zero: runs `__del__` where the type has one, then
/// frees the object, iteratively.
///
/// # Safety
/// `ptr`'s count just reached zero.
#[inline(never)]
pub unsafe fn release(ptr: NonNull<ObjHeader>) {
    // Exact floats go straight back to the free list: no finalizer, no references, no
    // trashcan bookkeeping.
    // SAFETY: the object is still allocated.
    let ty = unsafe { ptr.as_ref() }.ty.get().as_ptr() as usize;
    if ty == FLOAT_TYPE.load(std::sync::atomic::Ordering::Relaxed) && float_freelist_push(ptr) {
        return;
    }
    // SAFETY: forwarded from the caller.
    unsafe { release_general(ptr) }
}

/// The address of the `float` type, once it exists (0 before: the first objects die while the
/// table of built-in types is still being filled).
static FLOAT_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Records the `float` type for [`release`]'s free-list test.
pub fn set_float_type(float: &Value) {
    FLOAT_TYPE.store(float.raw(), std::sync::atomic::Ordering::Relaxed);
}

/// [`release`] for everything but the free-listed floats.
///
/// # Safety
/// As for [`release`].
#[inline(never)]
unsafe fn release_general(ptr: NonNull<ObjHeader>) {
    let depth = DEPTH.with(|d| d.get());
    // (`try_with`: thread-locals with destructors may already be gone when other
    // thread-locals' values are freed at thread exit; then objects are freed at once.)
    if depth >= TRASHCAN_DEPTH && PENDING.try_with(|p| p.borrow_mut().push(ptr)).is_ok() {
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: forwarded from the caller.
    unsafe { release_one(ptr) };
    if depth == 0 {
        loop {
            let next = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten();
            match next {
                // SAFETY: queued objects had reached zero and were not freed yet.
                Some(p) => unsafe { release_one(p) },
                None => break,
            }
        }
    }
    DEPTH.with(|d| d.set(depth));
}

/// # Safety
/// `ptr`'s count is zero.
unsafe fn release_one(ptr: NonNull<ObjHeader>) {
    // SAFETY: the object is still allocated; its type outlives it.
    let header = unsafe { ptr.as_ref() };
    let ty_ptr = header.ty.get();
    // SAFETY: the type is live while its instance is.
    let ty = unsafe { &ty_ptr.as_ref().data };
    let layout = ty.layout;
    let sub = ty.ext_offset != 0;
    let is_gc = ty.is_gc();
    // SAFETY (gc calls below): the object is a live container when `is_gc`.
    let was_tracked = is_gc && unsafe { gc::is_tracked_raw(ptr) };
    if was_tracked {
        unsafe { gc::untrack(ptr) };
    }
    // A finalizer runs once in an object's life (PEP 442), even if it resurrects the object.
    if ty.has_finalizer() && !(is_gc && unsafe { gc::is_finalized_raw(ptr) }) {
        if is_gc {
            unsafe { gc::set_finalized_raw(ptr) };
            if was_tracked {
                unsafe { gc::track(ptr) };
            }
        }
        header.refcnt.set(1);
        // SAFETY: we hold the one reference we just made.
        let obj = unsafe { Value::from_raw(ptr) };
        crate::vm::call_finalizer(&obj);
        let keep = obj.refcount() > 1;
        let p = obj.into_raw();
        // SAFETY: `p` is the object; we drop our temporary reference by hand.
        let h = unsafe { p.as_ref() };
        h.refcnt.set(h.refcnt.get() - 1);
        if keep {
            return; // resurrected by __del__ (and tracked again)
        }
        if was_tracked {
            unsafe { gc::untrack(ptr) };
        }
    }
    if is_gc && unsafe { gc::has_weakrefs_raw(ptr) } {
        // Weak references die after the finalizer ran (their callbacks see None).
        crate::types::weakref::clear_on_death(ptr);
    }
    if layout == Layout::WeakRef {
        // SAFETY: the weakref is being freed; it leaves its referent's list.
        unsafe { crate::types::weakref::unlink_dying(ptr) };
    }
    // SAFETY: count is zero; the layout matches the allocation.
    unsafe { free(ptr, layout, sub) };
    // Each instance holds a strong reference to its type.
    // SAFETY: that reference was taken at allocation.
    drop(unsafe { Value::from_raw(ty_ptr.cast()) });
}

/// Freed float objects kept for reuse (CPython keeps a float free list too): a float result
/// in arithmetic then costs no allocator call. The list is threaded through the freed objects
/// (the next pointer where the payload was); a listed float keeps its type reference.
const FLOAT_FREELIST_MAX: usize = 256;

thread_local! {
    // Plain `Cell`s with const initialisers: no destructor, so access is a single TLS load.
    static FLOAT_FREE_HEAD: Cell<*mut Obj<types::float::FloatData>> = const { Cell::new(std::ptr::null_mut()) };
    static FLOAT_FREE_LEN: Cell<usize> = const { Cell::new(0) };
}

#[inline(always)]
fn float_freelist_push(ptr: NonNull<ObjHeader>) -> bool {
    let n = FLOAT_FREE_LEN.with(|n| n.get());
    if n >= FLOAT_FREELIST_MAX {
        return false;
    }
    let obj = ptr.as_ptr() as *mut Obj<types::float::FloatData>;
    let head = FLOAT_FREE_HEAD.with(|h| h.get());
    // SAFETY: the float is dead and exactly an `Obj<FloatData>`; its payload (an f64) now
    // holds the link to the next free float.
    unsafe { (*obj).data.0 = f64::from_bits(head as u64) };
    FLOAT_FREE_HEAD.with(|h| h.set(obj));
    FLOAT_FREE_LEN.with(|l| l.set(n + 1));
    true
}

/// Allocates a float, reusing a freed one when available.
#[inline]
pub fn alloc_float(ty: &Value, f: f64) -> Value {
    let head = FLOAT_FREE_HEAD.with(|h| h.get());
    let reused = if head.is_null() { None } else { NonNull::new(head) };
    match reused {
        Some(p) => {
            // SAFETY: `p` is a freed exact float on the list (its type reference kept); we
            // unlink it and write the new value and count.
            unsafe {
                FLOAT_FREE_HEAD.with(|h| h.set(f64::to_bits((*p.as_ptr()).data.0) as usize as *mut _));
                FLOAT_FREE_LEN.with(|l| l.set(l.get() - 1));
                if !std::ptr::eq((*p.as_ptr()).header.ty.get().as_ptr() as *const u8, ty.raw() as *const u8) {
                    // (Only `float` itself is listed, but stay correct for any caller.)
                    let old = (*p.as_ptr()).header.ty.replace(ty.clone().into_raw().cast());
                    drop(Value::from_raw(old.cast()));
                }
                (*p.as_ptr()).header.refcnt.set(1);
                (*p.as_ptr()).data.0 = f;
                Value::from_raw(p.cast())
            }
        }
        None => super::alloc(ty, types::float::FloatData(f)),
    }
}
