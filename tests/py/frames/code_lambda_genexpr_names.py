f = lambda x: x
g = (i for i in range(3))
class K:
    def m(self):
        return [j for j in range(1)]
print(f.__code__.co_name, f.__code__.co_qualname)
print(g.gi_code.co_name, g.gi_code.co_qualname)
print(K.m.__code__.co_name, K.m.__code__.co_qualname)
consts = [c for c in K.m.__code__.co_consts if type(c).__name__ == "code"]
print(len(consts))
def outer():
    return (k for k in range(1))
print(outer().gi_code.co_qualname)
