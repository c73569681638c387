//! CPython 3.12's exception table (`co_exceptiontable`), as written by `Python/assemble.c` and
//! searched by `get_exception_handler` in `Objects/codeobject.c`/`Python/ceval.c`.
//!
//! "Zero-cost" `try`: instead of pushing handler blocks at run time, the compiler records, for each
//! range of instructions, where to jump when an exception escapes one of them, how deep the value
//! stack must be cut first, and whether the offset of the raising instruction (`lasti`) is pushed
//! under the exception. Each entry is four varints — start, length, target (all in code units)
//! and `depth << 1 | lasti` — where a varint is big-endian 6-bit chunks with `0x40` meaning "more
//! follows", and the first byte of each entry carries `0x80`.

/// One exception-table entry, in code units; `end` is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Where to go when an exception is raised inside a protected range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    /// Target instruction, in code units.
    pub target: u32,
    /// Value-stack depth to cut back to before pushing (lasti and) the exception.
    pub depth: u32,
    /// Whether the raising instruction's offset is pushed before the exception.
    pub lasti: bool,
}

fn write_item(out: &mut Vec<u8>, value: u32, first: bool) {
    let mut shift = 30;
    while shift > 0 && (value >> shift) == 0 {
        shift -= 6;
    }
    let mark = if first { 0x80 } else { 0 };
    let mut started = false;
    while shift > 0 {
        let chunk = ((value >> shift) & 63) as u8;
        out.push(chunk | 0x40 | if started { 0 } else { mark });
        started = true;
        shift -= 6;
    }
    out.push((value & 63) as u8 | if started { 0 } else { mark });
}

/// Encodes entries (which must not overlap and be sorted by start).
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_item(&mut out, e.start, true);
        write_item(&mut out, e.end - e.start, false);
        write_item(&mut out, e.target, false);
        write_item(&mut out, (e.depth << 1) | e.lasti as u32, false);
    }
    out
}

fn read_item(table: &[u8], pos: &mut usize) -> Option<u32> {
    let mut b = *table.get(*pos)?;
    *pos += 1;
    let mut val = (b & 63) as u32;
    while b & 64 != 0 {
        b = *table.get(*pos)?;
        *pos += 1;
        val = val.checked_mul(64)? | (b & 63) as u32;
    }
    Some(val)
}

/// Decodes a whole table (stopping quietly at a truncated entry).
pub fn decode(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < table.len() {
        let (Some(start), Some(len), Some(target), Some(dl)) = (
            read_item(table, &mut pos),
            read_item(table, &mut pos),
            read_item(table, &mut pos),
            read_item(table, &mut pos),
        ) else {
            break;
        };
        out.push(ExceptionEntry {
            start,
            end: start.saturating_add(len),
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    out
}

/// The handler covering the instruction at `instr_index` (in code units), if any.
pub fn find_handler(table: &[u8], instr_index: u32) -> Option<Handler> {
    let mut pos = 0;
    while pos < table.len() {
        let start = read_item(table, &mut pos)?;
        let len = read_item(table, &mut pos)?;
        let target = read_item(table, &mut pos)?;
        let dl = read_item(table, &mut pos)?;
        if start > instr_index {
            return None;
        }
        if instr_index < start.saturating_add(len) {
            return Some(Handler { target, depth: dl >> 1, lasti: dl & 1 != 0 });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let entries = [
            ExceptionEntry { start: 2, end: 5, target: 9, depth: 0, lasti: false },
            ExceptionEntry { start: 9, end: 200, target: 5000, depth: 3, lasti: true },
        ];
        let t = encode(&entries);
        assert_eq!(decode(&t), entries);
        assert_eq!(find_handler(&t, 1), None);
        assert_eq!(find_handler(&t, 4), Some(Handler { target: 9, depth: 0, lasti: false }));
        assert_eq!(find_handler(&t, 150), Some(Handler { target: 5000, depth: 3, lasti: true }));
        assert_eq!(find_handler(&t, 200), None);
    }

    #[test]
    fn cpython_bytes() {
        // try: x finally: pass -> 3.12 writes b'\x82\x03\x05\x00' style entries.
        let t = encode(&[ExceptionEntry { start: 2, end: 5, target: 7, depth: 0, lasti: false }]);
        assert_eq!(t, vec![0x82, 0x03, 0x07, 0x00]);
        let big = encode(&[ExceptionEntry { start: 100, end: 101, target: 64, depth: 1, lasti: true }]);
        assert_eq!(big, vec![0x80 | 0x40 | 1, 36, 1, 0x41, 0, 3]);
    }
}
