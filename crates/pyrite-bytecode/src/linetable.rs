//! CPython 3.12's location table (`co_linetable`), as described in `Objects/locations.md` and
//! written by `Python/assemble.c`.
//!
//! The table is a sequence of entries, each covering 1 to 8 code units. The first byte of an entry
//! is `0x80 | code << 3 | (units - 1)`; `code` selects the form of the rest:
//! * 0..=9: short form, same line as before, one byte `(col & 7) << 4 | (end_col - col)` with
//!   `col = code * 8 + ...`;
//! * 10..=12: one-line form, line delta `code - 10`, then `col` and `end_col` bytes;
//! * 13: no columns, a signed varint line delta;
//! * 14: long form: signed line delta, end-line delta, `col + 1`, `end_col + 1` (varints);
//! * 15: no location at all (`co_lines` yields `None`).
//!
//! Varints here are little-endian 6-bit chunks with `0x40` as the continuation bit; signed ones
//! keep the sign in bit 0. Line deltas are relative to the previous entry's line, starting at
//! `co_firstlineno`. The compiler encodes with [`LineTableWriter`]; the VM and `dis` decode with
//! [`positions`] and [`line_for_offset`].

use crate::code::CodeObject;

/// A source span; `-1` in a field means "unknown", as CPython's `location` uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Location {
    /// The location of instructions that have none (`NO_LOCATION`).
    pub const NONE: Location = Location { line: -1, end_line: -1, col: -1, end_col: -1 };

    pub fn new(line: i32, end_line: i32, col: i32, end_col: i32) -> Location {
        Location { line, end_line, col, end_col }
    }
}

/// Encoder of a location table: feed it each instruction's location and size in code units.
#[derive(Debug)]
pub struct LineTableWriter {
    out: Vec<u8>,
    prev_line: i32,
    /// Consecutive instructions with equal locations share entries, as in assemble.c.
    pending: Option<(Location, u32)>,
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 64 {
        out.push(0x40 | (value & 63) as u8);
        value >>= 6;
    }
    out.push(value as u8);
}

fn write_svarint(out: &mut Vec<u8>, value: i32) {
    let v = if value < 0 { ((value.unsigned_abs()) << 1) | 1 } else { (value as u32) << 1 };
    write_varint(out, v);
}

impl LineTableWriter {
    pub fn new(firstlineno: u32) -> LineTableWriter {
        LineTableWriter { out: Vec::new(), prev_line: firstlineno as i32, pending: None }
    }

    /// Appends the location of `units` consecutive code units.
    pub fn push(&mut self, loc: Location, units: u32) {
        match &mut self.pending {
            Some((l, n)) if *l == loc => *n += units,
            _ => {
                self.flush();
                self.pending = Some((loc, units));
            }
        }
    }

    fn flush(&mut self) {
        let Some((loc, mut units)) = self.pending.take() else { return };
        while units > 0 {
            let n = units.min(8);
            self.entry(loc, n);
            units -= n;
        }
    }

    fn header(&mut self, code: u8, units: u32) {
        self.out.push(0x80 | (code << 3) | (units - 1) as u8);
    }

    // Mirrors the choice of forms in assemble.c's `write_location_info_entry`, so that the bytes
    // equal CPython's.
    fn entry(&mut self, loc: Location, units: u32) {
        if loc.line < 0 {
            self.header(15, units);
            return;
        }
        let line_delta = loc.line - self.prev_line;
        let (col, end_col) = (loc.col, loc.end_col);
        if col < 0 || end_col < 0 {
            if loc.end_line == loc.line || loc.end_line == -1 {
                self.header(13, units);
                write_svarint(&mut self.out, line_delta);
                self.prev_line = loc.line;
                return;
            }
        } else if loc.end_line == loc.line {
            if line_delta == 0 && col < 80 && end_col - col < 16 && end_col >= col {
                let code = (col / 8) as u8;
                self.header(code, units);
                self.out.push((((col % 8) as u8) << 4) | (end_col - col) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && col < 128 && end_col < 128 {
                self.header(10 + line_delta as u8, units);
                self.out.push(col as u8);
                self.out.push(end_col as u8);
                self.prev_line = loc.line;
                return;
            }
        }
        self.header(14, units);
        write_svarint(&mut self.out, line_delta);
        write_varint(&mut self.out, (loc.end_line - loc.line).max(0) as u32);
        write_varint(&mut self.out, (col + 1).max(0) as u32);
        write_varint(&mut self.out, (end_col + 1).max(0) as u32);
        self.prev_line = loc.line;
    }

    pub fn finish(mut self) -> Vec<u8> {
        self.flush();
        self.out
    }
}

/// One decoded entry: byte offsets `start..end` and their location (`co_positions()` yields one
/// such tuple per code unit; `co_lines()` yields `(start, end, line)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositionEntry {
    pub start: u32,
    pub end: u32,
    pub line: Option<u32>,
    pub end_line: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// Iterator over the entries of a location table.
#[derive(Clone, Debug)]
pub struct Positions<'a> {
    table: &'a [u8],
    pos: usize,
    offset: u32,
    line: i64,
}

impl<'a> Positions<'a> {
    pub fn new(table: &'a [u8], firstlineno: u32) -> Positions<'a> {
        Positions { table, pos: 0, offset: 0, line: firstlineno as i64 }
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.table.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut b = self.byte()?;
        let mut val = (b & 63) as u32;
        let mut shift = 0u32;
        while b & 64 != 0 {
            b = self.byte()?;
            shift += 6;
            if shift >= 32 {
                return None;
            }
            val |= ((b & 63) as u32) << shift;
        }
        Some(val)
    }

    fn svarint(&mut self) -> Option<i64> {
        let v = self.varint()?;
        Some(if v & 1 != 0 { -((v >> 1) as i64) } else { (v >> 1) as i64 })
    }
}

fn opt(v: i64) -> Option<u32> {
    if v < 0 { None } else { u32::try_from(v).ok() }
}

impl Iterator for Positions<'_> {
    type Item = PositionEntry;

    fn next(&mut self) -> Option<PositionEntry> {
        let first = self.byte()?;
        let code = (first >> 3) & 15;
        let units = (first & 7) as u32 + 1;
        let start = self.offset;
        self.offset += units * 2;
        let end = self.offset;
        let mk = |line: Option<u32>, end_line, col, end_col| PositionEntry {
            start,
            end,
            line,
            end_line,
            col,
            end_col,
        };
        Some(match code {
            0..=9 => {
                let b = self.byte()? as u32;
                let col = code as u32 * 8 + ((b >> 4) & 7);
                let l = opt(self.line);
                mk(l, l, Some(col), Some(col + (b & 15)))
            }
            10..=12 => {
                self.line += (code - 10) as i64;
                let col = self.byte()? as u32;
                let end_col = self.byte()? as u32;
                let l = opt(self.line);
                mk(l, l, Some(col), Some(end_col))
            }
            13 => {
                self.line += self.svarint()?;
                let l = opt(self.line);
                mk(l, l, None, None)
            }
            14 => {
                self.line += self.svarint()?;
                let end_line = self.line + self.varint()? as i64;
                let col = self.varint()? as i64 - 1;
                let end_col = self.varint()? as i64 - 1;
                mk(opt(self.line), opt(end_line), opt(col), opt(end_col))
            }
            _ => mk(None, None, None, None),
        })
    }
}

/// The decoded entries of a code object's location table.
pub fn positions(code: &CodeObject) -> Positions<'_> {
    Positions::new(&code.linetable, code.firstlineno)
}

/// `co_lines()`: `(start, end, line)` ranges, merging neighbours with the same line as CPython's
/// `_PyLineTable_NextAddressRange` iteration does.
pub fn lines(code: &CodeObject) -> Vec<(u32, u32, Option<u32>)> {
    let mut out: Vec<(u32, u32, Option<u32>)> = Vec::new();
    for e in positions(code) {
        match out.last_mut() {
            Some(last) if last.2 == e.line && last.1 == e.start => last.1 = e.end,
            _ => out.push((e.start, e.end, e.line)),
        }
    }
    out
}

/// The source line of the instruction at `byte_offset`, or `None` for instructions without one.
pub fn line_for_offset(code: &CodeObject, byte_offset: u32) -> Option<u32> {
    positions(code).find(|e| e.start <= byte_offset && byte_offset < e.end).and_then(|e| e.line)
}

/// The full location of the instruction at `byte_offset` (for tracebacks' carets).
pub fn location_for_offset(code: &CodeObject, byte_offset: u32) -> Option<PositionEntry> {
    positions(code).find(|e| e.start <= byte_offset && byte_offset < e.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_forms() {
        let locs = [
            Location::new(1, 1, 0, 5),
            Location::new(1, 1, 90, 95),
            Location::new(2, 2, 4, 8),
            Location::NONE,
            Location::new(10, 12, 3, 1),
            Location::new(3, 3, -1, -1),
            Location::new(3, 3, 200, 300),
        ];
        let mut w = LineTableWriter::new(1);
        for l in locs {
            w.push(l, 1);
            w.flush();
        }
        w.push(Location::new(4, 4, 1, 2), 10);
        let table = w.finish();
        let decoded: Vec<_> = Positions::new(&table, 1).collect();
        assert_eq!(decoded.len(), locs.len() + 2);
        for (d, l) in decoded.iter().zip(locs.iter()) {
            assert_eq!(d.line, opt(l.line as i64));
            assert_eq!(d.col, opt(l.col as i64));
            assert_eq!(d.end_col, opt(l.end_col as i64));
        }
        assert_eq!(decoded[7].start, 14);
        assert_eq!(decoded[8].end, 34);
        assert_eq!(decoded[8].line, Some(4));
    }

    #[test]
    fn matches_cpython_bytes() {
        // `x = 1` at module level in 3.12: RESUME at line 0, then three instructions on line 1.
        let mut w = LineTableWriter::new(1);
        w.push(Location::new(0, 1, 0, 0), 1);
        w.push(Location::new(1, 1, 4, 5), 1);
        w.push(Location::new(1, 1, 0, 1), 1);
        w.push(Location::new(1, 1, 0, 1), 1);
        assert_eq!(w.finish(), b"\xf0\x03\x01\x01\x01\xd8\x04\x05\x81\x01");
    }
}
