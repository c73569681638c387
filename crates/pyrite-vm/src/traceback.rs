//! Printing exceptions as CPython 3.12 prints them: the traceback entries with their source
//! lines and `^`/`~` markers, collapsed repeats, chained exceptions, `SyntaxError`'s own
//! layout and notes.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::Value;
use crate::types::exception::TracebackData;
use crate::vm::Vm;

thread_local! {
    /// Source lines by file name (= `linecache`).
    static LINES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `lineno` (1-based) of `filename`, if readable.
pub fn get_line(filename: &str, lineno: usize) -> Option<String> {
    LINES.with(|l| {
        let mut l = l.borrow_mut();
        let entry = l.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read(filename).ok().map(|b| String::from_utf8_lossy(&b).split('\n').map(|s| s.trim_end_matches('\r').to_string()).collect())
        });
        entry.as_ref().and_then(|v| v.get(lineno.checked_sub(1)?).cloned())
    })
}

/// Registers source text for a file name (for `-c` and stdin programs, which CPython cannot
/// show; kept empty so output matches).
pub fn forget(filename: &str) {
    LINES.with(|l| l.borrow_mut().remove(filename));
}

struct Entry {
    filename: String,
    lineno: i64,
    name: String,
    positions: Option<pyrite_bytecode::linetable::PositionEntry>,
}

fn entries(tb: Option<Value>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(td) = t.downcast::<TracebackData>() else { break };
        if let Some(fd) = td.frame.downcast::<crate::frame::object::FrameObjectData>() {
            let f = fd.frame();
            if !f.is_null() {
                // SAFETY: the frame is live or owned by its frame object.
                let c = unsafe { (*f).code_data() };
                let pos = pyrite_bytecode::linetable::location_for_offset(&c.source, td.lasti.get());
                out.push(Entry {
                    filename: c.filename.as_rust_str().unwrap_or("?").to_string(),
                    lineno: td.lineno(),
                    name: c.name.as_rust_str().unwrap_or("?").to_string(),
                    positions: pos,
                });
            }
        }
        cur = td.next();
    }
    out
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}

fn format_entry(e: &Entry) -> String {
    let mut s = format!("  File \"{}\", line {}, in {}\n", e.filename, e.lineno, e.name);
    if e.lineno < 1 {
        return s;
    }
    let Some(line) = get_line(&e.filename, e.lineno as usize) else { return s };
    let stripped = line.trim();
    if stripped.is_empty() {
        return s;
    }
    s.push_str(&format!("    {stripped}\n"));
    let Some(p) = &e.positions else { return s };
    let (Some(l), Some(el), Some(c), Some(ec)) = (p.line, p.end_line, p.col, p.end_col) else { return s };
    if l as i64 != e.lineno {
        return s;
    }
    let start = byte_to_char(&line, c as usize);
    let mut end = byte_to_char(&line, ec as usize);
    let mut anchors = None;
    if l == el {
        if end > start {
            let segment: String = line.chars().skip(start).take(end - start).collect();
            anchors = pyrite_compiler::caret_anchors(&segment);
        }
    } else {
        end = line.trim_end().chars().count();
    }
    let indent = line.chars().count() - line.trim_start().chars().count();
    let stripped_len = stripped.chars().count();
    if end <= start {
        return s;
    }
    if end - start >= stripped_len && anchors.is_none() {
        return s;
    }
    let mut m = String::from("    ");
    m.push_str(&" ".repeat(start.saturating_sub(indent)));
    match anchors {
        Some((left_end, right_start, subscript)) => {
            let (p, q) = if subscript { ('~', '^') } else { ('~', '^') };
            let total = end - start;
            let le = left_end.min(total);
            let rs = right_start.min(total).max(le);
            m.extend(std::iter::repeat_n(p, le));
            m.extend(std::iter::repeat_n(q, rs - le));
            m.extend(std::iter::repeat_n(p, total - rs));
        }
        None => m.extend(std::iter::repeat_n('^', end - start)),
    }
    s.push_str(&m);
    s.push('\n');
    s
}

/// The traceback lines (without the header) with repeats collapsed.
fn format_entries(es: &[Entry]) -> String {
    let mut out = String::new();
    let mut last: Option<(String, i64, String)> = None;
    let mut count = 0;
    for e in es {
        let key = (e.filename.clone(), e.lineno, e.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
            }
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            out.push_str(&format_entry(e));
        }
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
    out
}

/// The `Type: message` line(s) of an exception (= `format_exception_only`).
pub fn format_exception_only(vm: &Vm, exc: &Value) -> String {
    let t = exc.type_value();
    let td = t.as_type().expect("type");
    let module = td.dict().get_str(&vm.names.__module__).and_then(|m| m.as_rust_str().map(String::from));
    let qual = td.qualname_value().as_rust_str().unwrap_or("?").to_string();
    let stype = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    let mut out = String::new();
    if exc.isinstance(&vm.types.exc.syntax_error) {
        let get = |n: &str| vm.instance_dict_get(exc, &vm.intern(n)).filter(|v| !vm.is_none(v));
        let filename = get("filename").and_then(|f| f.as_rust_str().map(String::from)).unwrap_or_else(|| "<string>".into());
        let lineno = get("lineno").and_then(|l| crate::types::int::as_int(&l).and_then(|i| i.to_i64()));
        if let Some(l) = lineno {
            out.push_str(&format!("  File \"{filename}\", line {l}\n"));
        }
        if let Some(text) = get("text").and_then(|t| t.as_rust_str().map(String::from)) {
            // As CPython's `print_exception` and `print_error_text` (pythonrun.c): subclasses of
            // SyntaxError show one caret; the caret line is omitted when it would point left
            // of the stripped text.
            let int_of = |n: &str| get(n).and_then(|o| crate::types::int::as_int(&o).and_then(|i| i.to_i64()));
            let lineno_v = int_of("lineno").unwrap_or(0);
            let exact = exc.is_exact(&vm.types.exc.syntax_error);
            let (end_lineno, mut end_offset) =
                if exact { (int_of("end_lineno").unwrap_or(lineno_v), int_of("end_offset").unwrap_or(-1)) } else { (lineno_v, -1) };
            let line_size = text.len() as i64;
            if end_lineno > lineno_v {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            let mut offset = int_of("offset").unwrap_or(-1);
            let reps = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
            offset -= 1;
            let mut t: &str = &text;
            while let Some(rest) = t.strip_prefix([' ', '\t', '\x0c']) {
                t = rest;
                offset -= 1;
            }
            let mut len = t.len() as i64;
            if t.ends_with('\n') {
                len -= 1;
            }
            if offset > len {
                offset = len;
            }
            while let Some(nl) = t.find('\n') {
                let inl = nl as i64;
                if inl >= offset {
                    break;
                }
                t = &t[nl + 1..];
                offset -= inl + 1;
            }
            out.push_str("    ");
            out.push_str(t);
            if !t.ends_with('\n') {
                out.push('\n');
            }
            if offset >= 0 && get("offset").is_some() {
                out.push_str("    ");
                out.push_str(&" ".repeat(offset as usize));
                out.push_str(&"^".repeat(reps));
                out.push('\n');
            }
        }
        let msg = get("msg").map(|m| vm.str_string(&m).unwrap_or_default()).unwrap_or_else(|| "invalid syntax".into());
        out.push_str(&format!("{stype}: {msg}\n"));
    } else {
        let msg = match vm.str(exc) {
            Ok(s) => s.as_rust_str().unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let hint = if exc.isinstance(&vm.types.exc.attribute_error) || exc.isinstance(&vm.types.exc.name_error) {
            suggestion_for(vm, exc).map(|s| format!(". Did you mean: {s}?")).unwrap_or_default()
        } else {
            String::new()
        };
        if msg.is_empty() {
            out.push_str(&format!("{stype}{hint}\n"));
        } else {
            out.push_str(&format!("{stype}: {msg}{hint}\n"));
        }
    }
    if let Some(notes) = vm.instance_dict_get(exc, &vm.names.__notes__) {
        if let Ok(items) = vm.collect_iter(&notes) {
            for n in items {
                match n.as_rust_str() {
                    Some(s) => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    None => {
                        out.push_str(&vm.repr_string(&n));
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

/// The full text CPython prints for an uncaught exception, chain included.
pub fn format_exception(vm: &Vm, exc: &Value) -> String {
    let mut ctx = PrintContext { seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    format_chain(vm, exc, &mut ctx);
    ctx.out
}

/// How far inside exception groups the printer is (= `traceback._ExceptionPrintContext`).
struct PrintContext {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

/// Nested groups deeper than this are elided (`max_group_depth`).
const MAX_GROUP_DEPTH: usize = 10;
/// Sub-exceptions shown per group (`max_group_width`).
const MAX_GROUP_WIDTH: usize = 15;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the group margin (`|`, or `+` for a top-level group's header).
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_chain(vm: &Vm, exc: &Value, ctx: &mut PrintContext) {
    // The chain, innermost first, each with the message that introduces what follows it.
    let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
    let mut cur = Some(exc.clone());
    while let Some(e) = cur.take() {
        ctx.seen.push(e.raw());
        let (next, next_msg) = match e.as_exception() {
            Some(d) => match (d.cause(), d.context()) {
                (Some(c), _) => (Some(c), Some("\nThe above exception was the direct cause of the following exception:\n\n")),
                (None, Some(c)) if !d.suppress_context.get() => {
                    (Some(c), Some("\nDuring handling of the above exception, another exception occurred:\n\n"))
                }
                _ => (None, None),
            },
            None => (None, None),
        };
        match next {
            Some(n) if !ctx.seen.contains(&n.raw()) => {
                chain.push((next_msg, e));
                cur = Some(n);
            }
            _ => chain.push((None, e)),
        }
    }
    for (msg, e) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, '|');
        }
        format_one(vm, &e, ctx);
    }
}

fn format_one(vm: &Vm, e: &Value, ctx: &mut PrintContext) {
    let tb = e.as_exception().and_then(|d| d.traceback());
    if !crate::types::exceptiongroup::is_group(vm, e) {
        if tb.is_some() {
            ctx.emit("Traceback (most recent call last):\n", '|');
            ctx.emit(&format_entries(&entries(tb)), '|');
        }
        ctx.emit(&format_exception_only(vm, e), '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if tb.is_some() {
        ctx.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
        ctx.emit(&format_entries(&entries(tb)), '|');
    }
    ctx.emit(&format_exception_only(vm, e), '|');
    let members = crate::types::exceptiongroup::members(e);
    let n = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            // The closing line may come from a nested call instead.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let lead = if i == 0 { "+-" } else { "  " };
        ctx.out.push_str(&format!("{}{lead}+---------------- {title} ----------------\n", ctx.indent()));
        ctx.depth += 1;
        if !truncated {
            if !ctx.seen.contains(&members[i].raw()) {
                vm.with_c_depth(|| {
                    format_chain(vm, &members[i], ctx);
                    Ok(())
                })
                .ok();
            }
        } else {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            ctx.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
        }
        if last && ctx.need_close {
            ctx.out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// `traceback.format_tb` equivalent for a traceback value.
pub fn format_tb(tb: Option<Value>) -> String {
    format_entries(&entries(tb))
}

/// Levenshtein distance with CPython's costs (a case change costs 1, other edits 2), giving up
/// past `max_cost` (= `levenshtein_distance` in `Python/suggestions.c`).
fn levenshtein(a: &[char], b: &[char], max_cost: usize) -> usize {
    const MOVE: usize = 2;
    const CASE: usize = 1;
    if a == b {
        return 0;
    }
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE;
    }
    if a.len().abs_diff(b.len()) * MOVE > max_cost {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let cost = if ac == bc {
                0
            } else if ac.to_lowercase().eq(bc.to_lowercase()) {
                CASE
            } else {
                MOVE
            };
            let substitute = distance + cost;
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest name in `names` to `wrong` (= `calculate_suggestions`).
pub fn suggest(names: &[String], wrong: &str) -> Option<String> {
    if names.len() > 750 {
        return None;
    }
    let w: Vec<char> = wrong.chars().collect();
    if w.len() > 40 {
        return None;
    }
    let mut best_distance = w.len();
    let mut suggestion: Option<String> = None;
    for n in names {
        if n == wrong {
            continue;
        }
        let c: Vec<char> = n.chars().collect();
        let mut max_distance = (c.len() + w.len() + 3) * 2 / 6;
        max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = levenshtein(&w, &c, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best_distance {
            suggestion = Some(n.clone());
            best_distance = d;
        }
    }
    suggestion
}

fn keys_of(vm: &Vm, mapping: &Value) -> Vec<String> {
    vm.collect_iter(mapping).unwrap_or_default().iter().filter_map(|k| k.as_rust_str().map(String::from)).collect()
}

/// The "Did you mean" hint for an AttributeError or NameError, as 3.12 prints it.
pub fn suggestion_for(vm: &Vm, exc: &Value) -> Option<String> {
    let name = vm.instance_dict_get(exc, &vm.names.name)?;
    let wrong = name.as_rust_str()?.to_string();
    if exc.isinstance(&vm.types.exc.attribute_error) {
        let obj = vm.instance_dict_get(exc, &vm.names.obj)?;
        let dir_f = vm.builtins_dict().as_dict()?.get_str(&vm.intern("dir"))?;
        let d = vm.call(&dir_f, &[obj]).ok()?;
        return suggest(&keys_of(vm, &d), &wrong).map(|s| format!("'{s}'"));
    }
    if exc.isinstance(&vm.types.exc.name_error) {
        // The innermost frame of the traceback.
        let mut tb = exc.as_exception()?.traceback()?;
        while let Some(next) = tb.downcast::<TracebackData>()?.next() {
            tb = next;
        }
        let fo = tb.downcast::<TracebackData>()?.frame.clone();
        let f = fo.downcast::<crate::frame::object::FrameObjectData>()?.frame();
        if f.is_null() {
            return None;
        }
        let locals = crate::types::funcmethods::frame_locals(vm, f).ok()?;
        let lk = keys_of(vm, &locals);
        if let Some(s) = suggest(&lk, &wrong) {
            return Some(format!("'{s}'"));
        }
        if lk.iter().any(|k| k == "self") {
            if let Ok(Some(s)) = locals.as_dict()?.get_item(vm, &vm.intern("self")) {
                if vm.get_attr_opt(&s, &name).ok().flatten().is_some() {
                    return Some(format!("'self.{wrong}'"));
                }
            }
        }
        // SAFETY: the frame is live or owned by its frame object.
        let (g, b) = unsafe { ((*f).globals.clone(), (*f).builtins.clone()) };
        if let Some(s) = suggest(&keys_of(vm, &g), &wrong) {
            return Some(format!("'{s}'"));
        }
        return suggest(&keys_of(vm, &b), &wrong).map(|s| format!("'{s}'"));
    }
    None
}
