# Sorting strings: code point order, key functions, stability.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', '10', '9', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words), max(words), 'a' < 'aa' < 'b', 'Z' < 'a' < 'é')
print(sorted(['b', 'a', 'c'], reverse=True), sorted('hello world'))
