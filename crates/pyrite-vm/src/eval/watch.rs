//! `pyrite --trace-frames`: watch frames move. Each frame push, resume, suspend and pop is
//! printed to stderr with the frame's localsplus laid out slot by slot (locals, cells, frees,
//! the value stack), so a learner can see the picture the frame design describes. It runs in
//! the traced variant of the eval loop, like `sys.settrace`.

use crate::frame::Frame;
use crate::object::Value;
use crate::vm::Vm;

/// What `--trace-frames` shows.
#[derive(Clone, Debug, Default)]
pub struct WatchConfig {
    /// Frames deeper than this are not shown.
    pub max_depth: Option<usize>,
    /// Only frames of functions with this name are shown.
    pub only: Option<String>,
}

fn short_repr(vm: &Vm, v: &Value) -> String {
    let saved = vm.in_tracer.replace(true);
    let r = vm.repr(v).ok().and_then(|r| r.as_rust_str().map(String::from)).unwrap_or_else(|| format!("<{}>", v.ty().name()));
    vm.in_tracer.set(saved);
    if r.chars().count() > 60 {
        let cut: String = r.chars().take(57).collect();
        format!("{cut}...")
    } else {
        r
    }
}

fn wanted(vm: &Vm, cfg: &WatchConfig, frame: *mut Frame) -> bool {
    if let Some(d) = cfg.max_depth {
        if vm.py_depth.get() > d {
            return false;
        }
    }
    if let Some(only) = &cfg.only {
        // SAFETY: `frame` is live.
        let name = unsafe { (*frame).code_data().name.as_rust_str().unwrap_or("").to_string() };
        return &name == only;
    }
    true
}

fn header(vm: &Vm, frame: *mut Frame, at_start: bool) -> String {
    // SAFETY: `frame` is live.
    unsafe {
        let c = (*frame).code_data();
        let file = c.filename.as_rust_str().unwrap_or("?");
        let file = file.rsplit('/').next().unwrap_or(file);
        let line = if at_start { c.source.firstlineno as i64 } else { crate::types::funcmethods::frame_lineno(frame) };
        format!("#{} {} ({}:{})", vm.py_depth.get(), c.qualname.as_rust_str().unwrap_or("?"), file, line)
    }
}

/// The frame's slots, one line per slot.
fn layout(vm: &Vm, frame: *mut Frame) -> String {
    use pyrite_bytecode::code::kinds;
    let mut out = String::new();
    // SAFETY: `frame` is live; slots below stacktop are initialised.
    unsafe {
        let c = (*frame).code_data();
        let lp = Frame::localsplus(frame);
        for i in 0..c.nlocalsplus {
            let k = c.source.localsplus_kinds.get(i).copied().unwrap_or(0);
            let kind = if k & kinds::FREE != 0 {
                "free "
            } else if k & kinds::CELL != 0 {
                "cell "
            } else {
                "local"
            };
            let name = c.localsplus_names[i].as_rust_str().unwrap_or("?");
            let val = match &*lp.add(i) {
                None => "<unbound>".to_string(),
                Some(v) => match v.downcast::<crate::types::function::CellData>() {
                    Some(cell) if k & (kinds::CELL | kinds::FREE) != 0 => match cell.get() {
                        Some(x) => format!("cell -> {}", short_repr(vm, &x)),
                        None => "cell -> <empty>".to_string(),
                    },
                    _ => short_repr(vm, v),
                },
            };
            out.push_str(&format!("    [{i:>2}] {kind} {name} = {val}\n"));
        }
        let top = (*frame).stacktop as usize;
        let cap = (*frame).size as usize - c.nlocalsplus;
        let used = top.saturating_sub(c.nlocalsplus);
        out.push_str(&format!("    stack {used}/{cap} used"));
        for i in c.nlocalsplus..top {
            match &*lp.add(i) {
                Some(v) => out.push_str(&format!(" | {}", short_repr(vm, v))),
                None => out.push_str(" | NULL"),
            }
        }
        out.push('\n');
    }
    out
}

fn config(vm: &Vm) -> Option<WatchConfig> {
    if vm.in_tracer.get() {
        return None;
    }
    vm.watch.borrow().clone()
}

/// A frame starts (`resumed` for a generator coming back).
pub fn on_start(vm: &Vm, frame: *mut Frame, resumed: bool) {
    let Some(cfg) = config(vm) else { return };
    if !wanted(vm, &cfg, frame) {
        return;
    }
    let what = if resumed { "resume" } else { "push  " };
    vm.write_stderr(&format!("[frame {what}] {}\n{}", header(vm, frame, !resumed), layout(vm, frame)));
}

/// A frame returns, yields or unwinds.
pub fn on_end(vm: &Vm, frame: *mut Frame, how: &str, value: Option<&Value>) {
    let Some(cfg) = config(vm) else { return };
    if !wanted(vm, &cfg, frame) {
        return;
    }
    let v = value.map(|v| format!(" {}", short_repr(vm, v))).unwrap_or_default();
    vm.write_stderr(&format!("[frame {how}] {}{v}\n", header(vm, frame, false)));
}
