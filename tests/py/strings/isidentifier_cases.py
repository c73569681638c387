# str.isidentifier over keywords, Unicode letters and joiners.
tests = ['abc', '_', '__init__', '1a', 'a1', 'def', 'None', 'ŉ', 'café', 'ǅx', 'x\u0301', '\u0301x',
         'α', 'Ⅻ', 'x\u200c', 'x\u200d', 'a-b', 'a b', '', '℘', '℮', '·', 'x·', 'x٣', '٣x',
         '𝔘𝔫𝔦', 'ﬁ', 'x\u00b7y', '$', 'a\x00', 'ªº', '゛', 'x゛', 'ᢅ', '〇']
for t in tests:
    print(ascii(t), t.isidentifier())
try:
    str.isidentifier(5)
except TypeError as e:
    print(type(e).__name__, e)
