//! Listing the references an object owns (= `tp_traverse`), for the cycle collector that
//! issue #5 adds: the collector finds roots by subtracting internal references from counts, so
//! every strong reference an object holds must be reported here, exactly once.

use super::{Layout, Value};
use crate::frame::Frame;
use crate::types;

/// Calls `visit` on every value `v` holds a strong reference to (its type included).
pub fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if v.is_small_int() {
        return;
    }
    // Only heap types are reported (as CPython's `subtype_traverse`); static types are
    // immortal.
    let tp = v.type_ptr();
    // SAFETY: the type is live while its instance is.
    if unsafe { tp.as_ref() }.data.has_flag(crate::types::typeobj::tflags::HEAPTYPE) {
        let ty = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(tp.cast()) });
        visit(&ty);
    }
    if let Some(ext) = v.ext() {
        // SAFETY: short reads of the instance extension; `visit` does not mutate objects.
        unsafe {
            if let Some(d) = &*ext.dict.get() {
                visit(d);
            }
            for s in (*ext.slots.get()).iter().flatten() {
                visit(s);
            }
        }
    }
    let opt = |o: &Option<Value>, visit: &mut dyn FnMut(&Value)| {
        if let Some(x) = o {
            visit(x);
        }
    };
    // SAFETY (whole match): each arm reads the payload of the layout it matched, through
    // short borrows of cells that `visit` does not touch.
    unsafe {
        match v.ty().layout {
            Layout::Object
            | Layout::Int
            | Layout::Bool
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Bytes
            | Layout::ByteArray
            | Layout::Singleton
            | Layout::TextIO => {}
            Layout::Type => {
                let t = v.downcast_unchecked::<types::typeobj::TypeData>();
                visit(&*t.name.get());
                visit(&*t.qualname.get());
                opt(&*t.base.get(), visit);
                visit(&*t.bases.get());
                visit(&*t.mro.get());
                visit(&t.dict);
                for s in (*t.slot_names.get()).iter() {
                    visit(s);
                }
            }
            // Items last to first, as CPython's list and tuple traversals.
            Layout::List => v.downcast_unchecked::<types::list::ListData>().with(|items| items.iter().rev().for_each(|x| visit(x))),
            Layout::Tuple => v.downcast_unchecked::<types::tuple::TupleData>().as_slice().iter().rev().for_each(|x| visit(x)),
            // Exact-str keys are atoms and are not reported (CPython's unicode-keyed tables
            // visit values only).
            Layout::Dict => v.downcast_unchecked::<types::dict::DictData>().for_each_entry(|k, x| {
                if !k.is_exact(&crate::types::builtin_types().str) {
                    visit(k);
                }
                visit(x);
            }),
            Layout::Set => v.downcast_unchecked::<types::set::SetData>().for_each_key(|x| visit(x)),
            Layout::WeakRef => opt(&*v.downcast_unchecked::<types::weakref::WeakRefData>().callback.get(), visit),
            Layout::Range => {
                let r = v.downcast_unchecked::<types::range::RangeData>();
                for x in [&r.start, &r.stop, &r.step, &r.len] {
                    visit(x);
                }
            }
            Layout::Slice => {
                let s = v.downcast_unchecked::<types::range::SliceData>();
                for x in [&s.start, &s.stop, &s.step] {
                    visit(x);
                }
            }
            Layout::Function => {
                let f = v.downcast_unchecked::<types::function::FunctionData>();
                visit(&*f.code.get());
                visit(&f.globals);
                visit(&f.builtins);
                visit(&*f.name.get());
                visit(&*f.qualname.get());
                opt(&*f.defaults.get(), visit);
                opt(&*f.kwdefaults.get(), visit);
                opt(&f.closure, visit);
                opt(&*f.type_params.get(), visit);
                visit(&*f.doc.get());
                opt(&*f.annotations.get(), visit);
                opt(&*f.dict.get(), visit);
                visit(&*f.module.get());
            }
            Layout::Builtin => {
                let b = v.downcast_unchecked::<types::function::BuiltinData>();
                opt(&b.self_, visit);
                opt(&b.owner, visit);
            }
            Layout::Method => {
                let m = v.downcast_unchecked::<types::function::MethodData>();
                visit(&m.func);
                visit(&m.self_);
            }
            Layout::Cell => opt(&*v.downcast_unchecked::<types::function::CellData>().value.get(), visit),
            Layout::Code => {
                let c = v.downcast_unchecked::<types::code::CodeData>();
                c.consts.iter().chain(c.names.iter()).chain(c.localsplus_names.iter()).for_each(|x| visit(x));
                for x in [&c.name, &c.qualname, &c.filename] {
                    visit(x);
                }
            }
            Layout::Module => visit(&v.downcast_unchecked::<types::module::ModuleData>().dict),
            Layout::Generator => {
                let g = v.downcast_unchecked::<types::generator::GeneratorData>();
                visit(&*g.name.get());
                visit(&*g.qualname.get());
                visit(&g.code);
                opt(&*g.exc_state.get(), visit);
                opt(&*g.last_resumer.get(), visit);
                // A running generator's frame is on the frame stack: its stack pointer lives
                // in the eval loop, so the frame is not walked (its values count as roots).
                if !matches!(g.state.get(), types::generator::GenState::Completed | types::generator::GenState::Running) {
                    traverse_frame(g.frame(), visit);
                }
            }
            Layout::MemoryView => types::memoryview::referents(v.downcast_unchecked::<types::memoryview::MemoryViewData>(), visit),
            Layout::Awaitable => v.downcast_unchecked::<types::coroutine::AwaitableData>().referents(visit),
            Layout::Frame => {
                let f = v.downcast_unchecked::<crate::frame::object::FrameObjectData>();
                opt(&*f.back.get(), visit);
                opt(&*f.trace.get(), visit);
                if f.is_detached() {
                    traverse_frame(f.frame(), visit);
                }
            }
            Layout::Traceback => {
                let t = v.downcast_unchecked::<types::exception::TracebackData>();
                opt(&*t.next.get(), visit);
                visit(&t.frame);
            }
            Layout::Exception => {
                let e = v.downcast_unchecked::<types::exception::ExceptionData>();
                visit(&*e.args.get());
                opt(&*e.traceback.get(), visit);
                opt(&*e.cause.get(), visit);
                opt(&*e.context.get(), visit);
                if let Some((m, x)) = &*e.group.get() {
                    visit(m);
                    visit(x);
                }
            }
            Layout::Property => {
                let p = v.downcast_unchecked::<types::descr::PropertyData>();
                for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                    opt(&*c.get(), visit);
                }
            }
            Layout::StaticMethod => {
                let s = v.downcast_unchecked::<types::descr::StaticMethodData>();
                visit(&*s.func.get());
                opt(&*s.dict.get(), visit);
            }
            Layout::ClassMethod => {
                let s = v.downcast_unchecked::<types::descr::ClassMethodData>();
                visit(&*s.func.get());
                opt(&*s.dict.get(), visit);
            }
            Layout::Super => {
                let s = v.downcast_unchecked::<types::descr::SuperData>();
                for c in [&s.ty, &s.obj, &s.obj_type] {
                    opt(&*c.get(), visit);
                }
            }
            Layout::MethodDescr => visit(&v.downcast_unchecked::<types::descr::MethodDescrData>().objclass),
            Layout::GetSetDescr => visit(&v.downcast_unchecked::<types::descr::GetSetData>().objclass),
            Layout::MemberDescr => {
                let m = v.downcast_unchecked::<types::descr::MemberDescrData>();
                visit(&m.name);
                visit(&m.objclass);
            }
            Layout::Iter => traverse_iter(v.downcast_unchecked::<types::iter::IterData>(), visit),
        }
    }
}

/// Drops the references `v` holds that could be part of a cycle (= `tp_clear`), for the
/// collector to break cycles of garbage. Every cycle passes through something mutable, and
/// every mutable reference is cleared here; immutable ones (a tuple's items, a bound
/// method's function) are left for reference counting. The dropped values are released
/// after the object's cells are updated, since releasing may run Python code.
pub fn clear(v: &Value) {
    if v.is_small_int() {
        return;
    }
    let none = || crate::types::builtin_types().none.clone();
    // Each value is released as soon as its cell is empty: releasing may run Python code
    // (a finalizer), which then sees the object already cleared.
    let take = |o: &std::cell::UnsafeCell<Option<Value>>| {
        // SAFETY: a short write to a cell no one borrows across this call.
        drop(unsafe { (*o.get()).take() });
    };
    let set_none = |o: &std::cell::UnsafeCell<Value>| {
        // SAFETY: as above.
        drop(unsafe { std::mem::replace(&mut *o.get(), none()) });
    };
    if let Some(ext) = v.ext() {
        take(&ext.dict);
        // SAFETY: the slot array is never resized; each slot is taken by a short write.
        let n = unsafe { (&*ext.slots.get()).len() };
        for i in 0..n {
            drop(unsafe { (&mut *ext.slots.get())[i].take() });
        }
    }
    // SAFETY (whole match): each arm writes the cells of the layout it matched.
    unsafe {
        match v.ty().layout {
            Layout::List => drop(v.downcast_unchecked::<types::list::ListData>().replace_all(Vec::new())),
            Layout::Dict => v.downcast_unchecked::<types::dict::DictData>().clear_and_release(),
            Layout::Set => v.downcast_unchecked::<types::set::SetData>().clear_and_release(),
            Layout::Cell => take(&v.downcast_unchecked::<types::function::CellData>().value),
            Layout::Function => {
                let f = v.downcast_unchecked::<types::function::FunctionData>();
                for c in [&f.defaults, &f.kwdefaults, &f.annotations, &f.dict, &f.type_params] {
                    take(c);
                }
                set_none(&f.doc);
                set_none(&f.module);
            }
            Layout::Type => {
                // The MRO holds the type itself; an emptied MRO makes lookups find nothing.
                let t = v.downcast_unchecked::<types::typeobj::TypeData>();
                let empty = crate::types::builtin_types().empty_tuple.clone();
                drop(std::mem::replace(&mut *t.mro.get(), empty));
            }
            Layout::Generator => {
                let g = v.downcast_unchecked::<types::generator::GeneratorData>();
                take(&g.exc_state);
                take(&g.last_resumer);
                if !matches!(g.state.get(), types::generator::GenState::Running) {
                    g.finish();
                }
            }
            Layout::Frame => {
                let f = v.downcast_unchecked::<crate::frame::object::FrameObjectData>();
                take(&f.back);
                take(&f.trace);
                if f.is_detached() {
                    let mut dropped = Vec::new();
                    clear_frame_slots(f.frame(), &mut dropped);
                    drop(dropped);
                }
            }
            Layout::Traceback => take(&v.downcast_unchecked::<types::exception::TracebackData>().next),
            Layout::Exception => {
                let e = v.downcast_unchecked::<types::exception::ExceptionData>();
                let empty = crate::types::builtin_types().empty_tuple.clone();
                drop(std::mem::replace(&mut *e.args.get(), empty));
                for c in [&e.traceback, &e.cause, &e.context] {
                    take(c);
                }
                drop((*e.group.get()).take());
            }
            Layout::Property => {
                let p = v.downcast_unchecked::<types::descr::PropertyData>();
                for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                    take(c);
                }
            }
            Layout::StaticMethod => take(&v.downcast_unchecked::<types::descr::StaticMethodData>().dict),
            Layout::ClassMethod => take(&v.downcast_unchecked::<types::descr::ClassMethodData>().dict),
            Layout::Super => {
                let s = v.downcast_unchecked::<types::descr::SuperData>();
                for c in [&s.ty, &s.obj, &s.obj_type] {
                    take(c);
                }
            }
            Layout::WeakRef => take(&v.downcast_unchecked::<types::weakref::WeakRefData>().callback),
            _ => {}
        }
    }
}

/// Moves a detached frame's live slots out (they become empty).
fn clear_frame_slots(f: *mut Frame, dropped: &mut Vec<Value>) {
    if f.is_null() {
        return;
    }
    // SAFETY: the frame is detached (not running); slots [0, stacktop) are initialised.
    unsafe {
        let lp = Frame::localsplus(f);
        for i in 0..(*f).stacktop as usize {
            dropped.extend((*lp.add(i)).take());
        }
    }
}

fn traverse_iter(d: &types::iter::IterData, visit: &mut dyn FnMut(&Value)) {
    use types::iter::IterKind as K;
    // SAFETY: short reads of the iterator's cells.
    unsafe {
        match &d.kind {
            K::Seq(x) | K::ListReverse(x) | K::DictReverseKeys(x) | K::View(x) => visit(x),
            K::Range { .. } => {}
            K::BigRange { next, step, remaining } => {
                visit(&*next.get());
                visit(step);
                visit(&*remaining.get());
            }
            K::Set { set, .. } => visit(set),
            K::DictKeys { dict, .. } | K::DictValues { dict, .. } | K::DictItems { dict, .. } => visit(dict),
            K::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            K::Enumerate { iter, count, result } => {
                visit(iter);
                visit(&*count.get());
                if let Some(r) = &*result.get() {
                    visit(r);
                }
            }
            K::Zip { iters, result, .. } => {
                iters.iter().for_each(|x| visit(x));
                if let Some(r) = &*result.get() {
                    visit(r);
                }
            }
            K::Map { func, iters } => {
                visit(func);
                iters.iter().for_each(|x| visit(x));
            }
            K::Filter { func, iter } => {
                visit(func);
                visit(iter);
            }
            K::Reversed { seq } => visit(seq),
            K::Alias(o, a) => {
                visit(o);
                visit(a);
            }
        }
    }
}

/// The references held by a suspended or detached frame: header and live slots.
fn traverse_frame(f: *mut Frame, visit: &mut dyn FnMut(&Value)) {
    if f.is_null() {
        return;
    }
    // SAFETY: the caller passes an initialised frame that is not running.
    unsafe {
        let fr = &*f;
        visit(&fr.code);
        if let Some(x) = &fr.func {
            visit(x);
        }
        if fr.owns_namespaces {
            visit(&fr.globals);
            visit(&fr.builtins);
        }
        if let Some(x) = &fr.locals {
            visit(x);
        }
        if let Some(x) = &fr.frame_obj {
            visit(x);
        }
        let lp = Frame::localsplus(f);
        for i in 0..fr.stacktop as usize {
            if let Some(x) = &*lp.add(i) {
                visit(x);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_report_their_items() {
        let _lock = crate::object::test_vm_lock();
        let vm = crate::Vm::new(vec![]);
        let a = types::str::new_str("a");
        let l = types::list::new_list(vec![a.clone(), Value::small_int(3)]);
        let mut seen = Vec::new();
        traverse(&l, &mut |x| seen.push(x.raw()));
        // Items last to first, as CPython; the list's static type is not reported (only
        // heap types are).
        assert_eq!(seen, vec![Value::small_int(3).raw(), a.raw()]);
        assert!(!seen.contains(&vm.types.list.raw()));
        std::mem::forget(vm);
    }
}
