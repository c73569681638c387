# Real-world pattern: validate many records, collect failures, raise one group, triage with except*.
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValidationError("name", "missing"))
    if not isinstance(rec.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(rec.get('age')).__name__}"))
    elif rec["age"] < 0:
        errors.append(ValidationError("age", "negative"))
    if "email" in rec and "@" not in rec["email"]:
        errors.append(ValidationError("email", "no @"))
    if errors:
        raise ExceptionGroup(f"record {rec.get('id')} invalid", errors)

records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": -1, "email": "x"},
           {"id": 3, "name": "c", "age": "old"}, {"id": 4}]
report = []
for rec in records:
    try:
        validate(rec)
        report.append((rec["id"], "ok"))
    except* ValidationError as g:
        report.append((rec["id"], "fields", sorted(e.field for e in g.exceptions)))
    except* TypeError as g:
        report.append((rec["id"], "types", [str(e) for e in g.exceptions]))
for line in report:
    print(line)

def validate_all(recs):
    failures = []
    for rec in recs:
        try:
            validate(rec)
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("batch failed", failures)

try:
    validate_all(records)
except* TypeError as g:
    print("type problems:", repr(g))
except* ValueError as g:
    print("value problems in", [sub.message for sub in g.exceptions])
