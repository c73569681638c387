# PEP 695 classes combined with typing.Protocol.
from typing import Protocol, runtime_checkable

@runtime_checkable
class SupportsClose[T](Protocol):
    def close(self) -> T: ...

class File:
    def close(self):
        return "closed"

print(File().close(), SupportsClose.__type_params__)
print(SupportsClose.__parameters__, [c.__name__ for c in SupportsClose.__mro__])
print(SupportsClose[int])

class Closer[T](SupportsClose[T], Protocol):
    def reopen(self) -> None: ...

print(Closer.__parameters__, Closer.__orig_bases__)
print([c.__name__ for c in Closer.__mro__])
