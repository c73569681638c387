# A circular import that works because attributes are used lazily.
import sys
sys.path.insert(0, 'support')
import circ_a
import circ_b
print(circ_a.use_b(), circ_b.use_a())
