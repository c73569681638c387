# isinstance checks against runtime-checkable protocols, plain and PEP 695 generic.
from typing import Protocol, runtime_checkable

@runtime_checkable
class Closeable(Protocol):
    def close(self): ...

@runtime_checkable
class SupportsClose[T](Protocol):
    def close(self) -> T: ...

class File:
    def close(self):
        return "closed"

class Other:
    pass

for proto in (Closeable, SupportsClose):
    print(proto.__name__, isinstance(File(), proto), isinstance(Other(), proto),
          isinstance(1, proto), issubclass(File, proto))
