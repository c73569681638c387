# Greek capital sigma lowercases to final sigma at the end of a word.
for s in ['ΣΑΣ', 'ΟΔΟΣ', 'Σ', 'ΑΣ ΒΣ', 'ΑΣ.', 'ΑΣΑ', 'A\u03a3', '\u03a3A', 'ΑΣ\u0301', 'ΑΣ1']:
    print(repr(s), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()))
print(repr('σς'.upper()), repr('ς'.casefold()), repr('ΣΑΣ'.swapcase()), repr('ας'.swapcase()))
