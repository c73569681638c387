//! Caret anchors for tracebacks: where the operator of a binary operation or the brackets of a
//! subscript sit inside the highlighted source segment, so the VM can print `~~~^~~~` as
//! CPython 3.12's `extract_anchors_from_line` does.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

/// For a source segment that parses as a binary operation or a subscript: the character
/// offsets (within the segment) where the secondary marker starts and ends, and whether it is a
/// subscript. The parse is of `"(\n" + segment + "\n)"`, as CPython does it.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize, bool)> {
    if segment.len() > 10_000 {
        return None;
    }
    // The parser recurses: refuse deeply nested segments before parsing.
    let mut depth = 0usize;
    for c in segment.chars() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > 100 {
                    return None;
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let wrapped = format!("(\n{segment}\n)");
    let parsed = ruff_python_parser::parse_expression(&wrapped).ok()?;
    let base = 2usize;
    let bytes = segment.as_bytes();
    let to_char = |b: usize| segment[..b.min(segment.len())].chars().count();
    let is_ws = |c: u8| c == b' ' || c == b'\t' || c == b'\x0c' || c == b'\n' || c == b'\r' || c == b'\\';
    match parsed.expr() {
        Expr::BinOp(b) => {
            let left_end = usize::from(b.left.range().end()).checked_sub(base)?;
            let right_start = usize::from(b.right.range().start()).checked_sub(base)?;
            let mut i = left_end;
            while i < right_start.min(bytes.len()) {
                if is_ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < right_start && !is_ws(bytes[i + 1]) {
                    r += 1;
                }
                if i + 1 < right_start && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                return Some((to_char(i), to_char(r), false));
            }
            None
        }
        Expr::Subscript(s) => {
            let mut left = usize::from(s.value.range().end()).checked_sub(base)?;
            let mut right = usize::from(s.slice.range().end()).checked_sub(base)? + 1;
            let n = bytes.len();
            while left < n && (is_ws(bytes[left]) || bytes[left] != b'[') {
                left += 1;
            }
            while right < n && (is_ws(bytes[right]) || bytes[right] != b']') {
                right += 1;
            }
            if right < n {
                right += 1;
            }
            Some((to_char(left), to_char(right), true))
        }
        _ => None,
    }
}
