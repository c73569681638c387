//! `str`: immutable Unicode strings stored as CPython stores them (PEP 393): one, two or four
//! bytes per code point, always in the narrowest width that fits, so indexing is O(1), equal
//! strings have equal bytes, and lone surrogates are representable.
//!
//! A UTF-8 copy is made on demand and cached (as CPython caches `utf8`); most text methods work
//! on it and convert byte offsets back to code-point indexes.

use std::cell::{Cell, OnceCell};

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::vm::{PyResult, Vm};

/// Code units per code point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    One = 1,
    Two = 2,
    Four = 4,
}

pub struct StrData {
    kind: Kind,
    /// Length in code points.
    len: usize,
    /// `len * kind` bytes, native endian. (A `Vec`: `s += t` may append in place, see
    /// [`StrData::append_unshared`].)
    data: Vec<u8>,
    /// All code points < 128.
    ascii: bool,
    /// Cached hash; -1 when not computed yet.
    hash: Cell<i64>,
    /// Cached UTF-8 (lone surrogates become U+FFFD); ASCII strings use `data` directly.
    utf8: OnceCell<Box<str>>,
}

impl StrData {
    pub fn from_str(s: &str) -> StrData {
        if s.is_ascii() {
            return StrData {
                kind: Kind::One,
                len: s.len(),
                data: s.as_bytes().into(),
                ascii: true,
                hash: Cell::new(-1),
                utf8: OnceCell::new(),
            };
        }
        let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let d = StrData::from_code_points(&cps);
        let _ = d.utf8.set(s.into());
        d
    }

    pub fn from_code_points(cps: &[u32]) -> StrData {
        let max = cps.iter().copied().max().unwrap_or(0);
        let (kind, data): (Kind, Vec<u8>) = if max < 256 {
            (Kind::One, cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x10000 {
            (Kind::Two, cps.iter().flat_map(|&c| (c as u16).to_ne_bytes()).collect())
        } else {
            (Kind::Four, cps.iter().flat_map(|&c| c.to_ne_bytes()).collect())
        };
        StrData { kind, len: cps.len(), data, ascii: max < 128, hash: Cell::new(-1), utf8: OnceCell::new() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The code point at `i` (< len).
    #[inline]
    pub fn char_at(&self, i: usize) -> u32 {
        match self.kind {
            Kind::One => self.data[i] as u32,
            Kind::Two => u16::from_ne_bytes([self.data[2 * i], self.data[2 * i + 1]]) as u32,
            Kind::Four => u32::from_ne_bytes([
                self.data[4 * i],
                self.data[4 * i + 1],
                self.data[4 * i + 2],
                self.data[4 * i + 3],
            ]),
        }
    }

    /// Iterates over the code points.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len).map(move |i| self.char_at(i))
    }

    pub fn to_code_points(&self) -> Vec<u32> {
        self.code_points().collect()
    }

    /// Whether the string holds lone surrogates.
    pub fn has_surrogates(&self) -> bool {
        self.kind != Kind::One && self.code_points().any(|c| (0xD800..0xE000).contains(&c))
    }

    /// The text as UTF-8 (lone surrogates shown as U+FFFD).
    pub fn as_str(&self) -> &str {
        if self.ascii {
            // SAFETY: ASCII bytes are valid UTF-8.
            return unsafe { std::str::from_utf8_unchecked(&self.data) };
        }
        self.utf8.get_or_init(|| {
            self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect::<String>().into()
        })
    }

    /// Same as `as_str`; the name says that surrogates are replaced.
    pub fn as_str_lossy(&self) -> &str {
        self.as_str()
    }

    /// Code-point index of a byte offset into `as_str()`.
    pub fn char_index(&self, byte_off: usize) -> usize {
        if self.ascii { byte_off } else { self.as_str()[..byte_off].chars().count() }
    }

    /// Byte offset into `as_str()` of a code-point index.
    pub fn byte_offset(&self, idx: usize) -> usize {
        if self.ascii {
            idx
        } else {
            self.as_str().char_indices().nth(idx).map(|(b, _)| b).unwrap_or(self.as_str().len())
        }
    }

    /// The string's hash (deterministic; never -1).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str_bytes(self);
        self.hash.set(h);
        h
    }

    pub fn eq_data(&self, other: &StrData) -> bool {
        self.len == other.len && self.kind == other.kind && self.data == other.data
    }

    /// Substring of code points `[start, end)`.
    pub fn substring(&self, start: usize, end: usize) -> StrData {
        if self.kind == Kind::One {
            let bytes = &self.data[start..end];
            let ascii = self.ascii || bytes.is_ascii();
            return StrData {
                kind: Kind::One,
                len: end - start,
                data: bytes.into(),
                ascii,
                hash: Cell::new(-1),
                utf8: OnceCell::new(),
            };
        }
        let cps: Vec<u32> = (start..end).map(|i| self.char_at(i)).collect();
        StrData::from_code_points(&cps)
    }

    /// `self += other` in place, for a string nobody else can see (the caller holds its only
    /// reference): one-byte strings only (false: not done, the caller makes a new string).
    pub fn append_unshared(&mut self, other: &StrData) -> bool {
        if self.kind != Kind::One || other.kind != Kind::One {
            return false;
        }
        self.data.extend_from_slice(&other.data);
        self.len += other.len;
        self.ascii &= other.ascii;
        self.hash.set(-1);
        self.utf8 = OnceCell::new();
        true
    }

    /// Raw storage (for concatenation of equal kinds).
    pub fn raw_data(&self) -> &[u8] {
        &self.data
    }

    /// Concatenates strings.
    pub fn concat(parts: &[&StrData]) -> StrData {
        let kind = parts.iter().map(|p| p.kind as u8).max().unwrap_or(1);
        let len: usize = parts.iter().map(|p| p.len).sum();
        if kind == 1 {
            let mut data = Vec::with_capacity(len);
            let mut ascii = true;
            for p in parts {
                data.extend_from_slice(&p.data);
                ascii &= p.ascii;
            }
            return StrData {
                kind: Kind::One,
                len,
                data: data.into(),
                ascii,
                hash: Cell::new(-1),
                utf8: OnceCell::new(),
            };
        }
        let mut cps = Vec::with_capacity(len);
        for p in parts {
            cps.extend(p.code_points());
        }
        StrData::from_code_points(&cps)
    }
}

/// FNV-1a variant over the UTF-8 bytes, with a final mix; never -1.
fn hash_str_bytes(s: &StrData) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    if s.kind == Kind::One {
        for &b in s.data.iter() {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
    } else {
        for c in s.code_points() {
            h = (h ^ c as u64).wrapping_mul(0x100000001b3);
        }
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// Creates a str during bootstrap (type table may be partial).
pub fn new_str_raw(s: &str) -> Value {
    alloc(&builtin_types().str, StrData::from_str(s))
}

/// A new str object.
pub fn new_str(s: &str) -> Value {
    let t = builtin_types();
    if s.is_empty() {
        return t.empty_str.clone();
    }
    if s.len() == 1 {
        return t.latin1_chars[s.as_bytes()[0] as usize].clone();
    }
    alloc(&t.str, StrData::from_str(s))
}

/// A str object from a payload.
pub fn str_from_data(d: StrData) -> Value {
    let t = builtin_types();
    if d.len == 0 {
        return t.empty_str.clone();
    }
    if d.len == 1 && d.kind == Kind::One {
        return t.latin1_chars[d.data[0] as usize].clone();
    }
    alloc(&t.str, d)
}

/// A one-character string.
pub fn char_str(c: u32) -> Value {
    let t = builtin_types();
    if c < 256 {
        t.latin1_chars[c as usize].clone()
    } else {
        alloc(&t.str, StrData::from_code_points(&[c]))
    }
}

impl Value {
    /// The str payload, if this is a str (or str subclass instance).
    #[inline]
    pub fn as_str_data(&self) -> Option<&StrData> {
        self.downcast::<StrData>()
    }

    /// The text of a str value (lossy for surrogates); None for non-str values.
    pub fn as_rust_str(&self) -> Option<&str> {
        self.as_str_data().map(|s| s.as_str())
    }
}

pub use crate::types::strmethods::init;

/// Helper for error messages: the str of a value known to be a str.
pub fn text(v: &Value) -> &str {
    v.as_rust_str().unwrap_or("")
}

/// Parses arguments etc: requires a str.
pub fn expect_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a StrData> {
    v.as_str_data().ok_or_else(|| {
        vm.type_error(&format!("{what} must be str, not {}", v.ty().name()))
    })
}
