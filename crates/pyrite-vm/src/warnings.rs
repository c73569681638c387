//! Warnings issued by the VM itself, shown as CPython's default filters show them: once per
//! (message, category, location), as `file:line: Category: message` plus the source line.
//! There is no `warnings` module yet, so no filters or `-W` options apply.

use crate::types::funcmethods::frame_lineno;
use crate::vm::Vm;

impl Vm {
    /// Issues a warning attributed to the innermost running Python frame.
    pub fn warn(&self, category: &str, message: &str) {
        self.warn_impl(category, message, false);
    }

    /// A warning about an object (`source=` in `warnings.warn`), such as an unawaited
    /// coroutine; without tracemalloc, CPython then adds a hint line.
    pub fn warn_with_source(&self, category: &str, message: &str) {
        self.warn_impl(category, message, true);
    }

    fn warn_impl(&self, category: &str, message: &str, has_source: bool) {
        let f = self.current_frame.get();
        let (filename, line) = if f.is_null() {
            ("sys".to_string(), 1)
        } else {
            // SAFETY: the current frame is live.
            (unsafe { (*f).code_data().source.filename.to_string() }, frame_lineno(f))
        };
        self.warn_explicit(category, message, &filename, line as i64, has_source);
    }

    /// Issues a warning attributed to a given source location, such as a compiler's
    /// `SyntaxWarning` (with `has_source`, a tracemalloc hint line follows).
    pub fn warn_explicit(&self, category: &str, message: &str, filename: &str, line: i64, has_source: bool) {
        let key = format!("{category}\0{message}\0{filename}\0{line}");
        if !self.warnings_shown.borrow_mut().insert(key) {
            return;
        }
        let mut text = format!("{filename}:{line}: {category}: {message}\n");
        if let Some(src) = crate::traceback::get_line(filename, line.max(0) as usize) {
            let src = src.trim();
            if !src.is_empty() {
                text.push_str(&format!("  {src}\n"));
            }
        }
        if has_source {
            text.push_str(&format!("{category}: Enable tracemalloc to get the object allocation traceback\n"));
        }
        self.write_stderr(&text);
    }
}
