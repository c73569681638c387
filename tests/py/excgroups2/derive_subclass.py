# except* splits custom group subclasses through derive(); extra attributes need copying.
class TaskErrors(ExceptionGroup):
    def __new__(cls, message, excs, task_id=None):
        self = super().__new__(cls, message, excs)
        self.task_id = task_id
        return self
    def __init__(self, message, excs, task_id=None):
        super().__init__(message, excs)
    def derive(self, excs):
        return TaskErrors(self.message + " (part)", excs, self.task_id)

class Plain(ExceptionGroup):
    pass

def check(eg):
    try:
        raise eg
    except* ValueError as g:
        print("  values:", type(g).__name__, repr(g.message), getattr(g, "task_id", "no attr"))
    except* TypeError as g:
        print("  types:", type(g).__name__, repr(g.message), getattr(g, "task_id", "no attr"))

print("TaskErrors")
check(TaskErrors("job", [ValueError(1), TypeError(2), ValueError(3)], task_id=42))
print("Plain")
check(Plain("plain", [ValueError(1), TypeError(2)]))
print("nested Plain in TaskErrors")
check(TaskErrors("outer", [Plain("in", [ValueError(1), TypeError(2)])], task_id=7))

try:
    try:
        raise TaskErrors("left", [ValueError(1), KeyError(2)], task_id=9)
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print(type(rest).__name__, repr(rest.message), rest.task_id, repr(rest.exceptions))
