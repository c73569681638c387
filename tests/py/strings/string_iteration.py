# Building strings incrementally, iterating, counting characters with a dict.
text = 'the rain in spain stays mainly in the plain'
counts = {}
for ch in text:
    if ch != ' ':
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
words = text.split()
print(max(words, key=len), sorted(words, key=lambda w: (len(w), w)))
acc = ''
for i, w in enumerate(words):
    acc += w[0].upper() if i % 2 == 0 else w[0]
print(acc)
print(' '.join(w[::-1] for w in words))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in text)
print(caesar)
print(text.title().replace(' ', ''), text.count('ain'))
