# A custom exception hierarchy caught at different levels.
class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError):
    def __init__(self, query):
        super().__init__(f'bad query: {query}')
        self.query = query
def run(exc):
    try:
        raise exc
    except ConnError:
        return 'conn'
    except DBError as e:
        return 'db: ' + str(e)
    except AppError:
        return 'app'
for exc in [ConnError(), QueryError('SELECT'), AppError(), DBError('generic')]:
    print(run(exc))
try:
    run(ValueError('not ours'))
except ValueError as e:
    print('escaped:', repr(e))
print([c.__name__ for c in QueryError.__mro__])
