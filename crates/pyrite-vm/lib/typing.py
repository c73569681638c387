"""Type hints at run time: the PEP 695 objects (TypeVar, ParamSpec, TypeVarTuple,
TypeAliasType, Generic) that `def f[T]`, `class C[T]` and `type X = ...` create, and the
common aliases (List, Dict, Optional, Union, Callable, ...) so annotations evaluate.

A subset of CPython's module, written for Pyrite.
"""

import sys

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generic', 'Iterable',
    'Iterator', 'List', 'Literal', 'Mapping', 'NoReturn', 'Never', 'Optional', 'ParamSpec',
    'Protocol', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeAlias', 'TypeAliasType', 'TypeVar',
    'TypeVarTuple', 'Union', 'cast', 'overload', 'TYPE_CHECKING', 'NewType', 'Self',
    'Annotated', 'get_type_hints', 'runtime_checkable', 'final', 'Unpack', 'NamedTuple',
    'TypedDict',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


def _variance_repr(tv):
    # TypeVar and ParamSpec: '+T' covariant, '-T' contravariant, '~T' invariant, 'T' inferred.
    if tv.__infer_variance__:
        prefix = ''
    elif tv.__covariant__:
        prefix = '+'
    elif tv.__contravariant__:
        prefix = '-'
    else:
        prefix = '~'
    return prefix + tv.__name__


class _TypeVarLike:
    # Attributes that behave like read-only members / getters without setters.
    _readonly = frozenset({'__name__'})
    _getters = frozenset()

    def _check_writable(self, name):
        if name in self._readonly:
            raise AttributeError("readonly attribute")
        if name in self._getters:
            raise AttributeError(f"attribute '{name}' of 'typing.{type(self).__name__}' "
                                 f"objects is not writable")

    def __setattr__(self, name, value):
        self._check_writable(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._check_writable(name)
        object.__delattr__(self, name)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_TypeVarLike):
    """Type variable."""

    _readonly = frozenset({'__name__', '__covariant__', '__contravariant__',
                           '__infer_variance__'})
    _getters = frozenset({'__bound__', '__constraints__'})

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        _init_typevar(self, name, bool(covariant), bool(contravariant), bool(infer_variance),
                      bound, tuple(constraints), None, None)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    @property
    def __bound__(self):
        if self._evaluate_bound is not None:
            object.__setattr__(self, '_bound', self._evaluate_bound())
            object.__setattr__(self, '_evaluate_bound', None)
        return self._bound

    @property
    def __constraints__(self):
        if self._evaluate_constraints is not None:
            object.__setattr__(self, '_constraints', tuple(self._evaluate_constraints()))
            object.__setattr__(self, '_evaluate_constraints', None)
        return self._constraints

    __repr__ = _variance_repr

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_TypeVarLike):
    """Type variable tuple."""

    def __init__(self, name):
        object.__setattr__(self, '__name__', name)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i + 1 < len(params) and any(isinstance(p, TypeVarTuple) for p in params[i + 1:]):
            raise TypeError("More than one TypeVarTuple parameter in " + repr(alias))
        left = i
        right = len(params) - i - 1
        if len(args) < left + right:
            raise TypeError(f"Too few arguments for {alias!r}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        return (*args[:left], tuple(args[left:len(args) - right]), *args[len(args) - right:])

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        return arg


class _ParamSpecPart:
    """`P.args` / `P.kwargs`; `_suffix` names which."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._suffix}"

    def __eq__(self, other):
        return type(other) is type(self) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecArgs(_ParamSpecPart):
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _suffix = 'kwargs'


class ParamSpec(_TypeVarLike):
    """Parameter specification variable."""

    _readonly = frozenset({'__name__', '__bound__', '__covariant__', '__contravariant__',
                           '__infer_variance__'})

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        _init_paramspec(self, name, bound, bool(covariant), bool(contravariant),
                        bool(infer_variance))
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_subst__(self, arg):
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias!r}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[i], list):
            return (*args[:i], tuple(args[i]), *args[i + 1:])
        return args

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    __repr__ = _variance_repr


def _init_typevar(tv, name, co, contra, infer, bound, constraints, ev_bound, ev_constraints):
    for k, v in (('__name__', name), ('__covariant__', co), ('__contravariant__', contra),
                 ('__infer_variance__', infer), ('_bound', bound), ('_constraints', constraints),
                 ('_evaluate_bound', ev_bound), ('_evaluate_constraints', ev_constraints)):
        object.__setattr__(tv, k, v)


def _init_paramspec(ps, name, bound, co, contra, infer):
    for k, v in (('__name__', name), ('__bound__', bound), ('__covariant__', co),
                 ('__contravariant__', contra), ('__infer_variance__', infer)):
        object.__setattr__(ps, k, v)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec))


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        elif isinstance(a, _UnpackAlias):
            if a.__args__[0] not in params:
                params.append(a.__args__[0])
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias:
    """`C[int]`, `List[int]`: a generic class with arguments."""

    def __init__(self, origin, args, *, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:
            # List[int] and the like: the builtin class, then Generic unless a later base
            # brings it.
            res = [] if self.__origin__ in bases else [self.__origin__]
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self!r}; "
                            f"actual {len(args)}, expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, name=self._name)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)) and arg in subst:
        return subst[arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Unpack[' + _type_repr(self.__args__[0]) + ']'


class Generic:
    """Base class of generic classes: `class C(Generic[T])` or `class C[T]`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple, _UnpackAlias)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        own = cls.__dict__.get('__parameters__', ())
        if not own:
            raise TypeError(f"{cls!r} is not a generic class")
        for p in own:
            prepare = getattr(p, '__typing_prepare_subst__', None)
            if prepare is not None:
                params = prepare(cls, params)
        if len(params) != len(own):
            raise TypeError(f"Too {'many' if len(params) > len(own) else 'few'} arguments for {cls!r}; "
                            f"actual {len(params)}, expected {len(own)}")
        args = []
        for p, a in zip(own, params):
            if isinstance(p, TypeVarTuple):
                args.extend(a)
            else:
                args.append(a)
        return _GenericAlias(cls, tuple(args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        has_orig = '__orig_bases__' in cls.__dict__
        if has_orig:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if has_orig:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# Names found in a protocol class's namespace that are not protocol members.
_NOT_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__parameters__', '__orig_bases__', '__type_params__', '__qualname__',
    '__init_subclass__', '__protocol_attrs__', '__non_callable_proto_members__',
    '__firstlineno__', '__static_attributes__', '__classcell__', '__classdictcell__',
    '_is_protocol', '_is_runtime_protocol',
})


def _protocol_members(cls):
    members = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic') and base.__module__ == 'typing':
            continue
        names = list(base.__dict__)
        names.extend(base.__dict__.get('__annotations__', {}))
        for name in names:
            if name.startswith('_abc_') or name in _NOT_MEMBERS or name in members:
                continue
            members.append(name)
    return members


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls is Protocol or not cls.__dict__.get('_is_protocol', False):
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__instancecheck__(cls, instance):
            return True
        for name in _protocol_members(cls):
            try:
                value = getattr(instance, name)
            except AttributeError:
                return False
            if value is None and callable(getattr(cls, name, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not cls.__dict__.get('_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        for name in _protocol_members(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and cls.__dict__.get('_is_protocol', False)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


class TypeAliasType:
    """The value of a `type X = ...` statement."""

    __pyrite_tp_name__ = 'typing.TypeAliasType'

    def __new__(cls, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"typealias() takes exactly 2 positional arguments ({len(args)} given)")
        names = ('name', 'value', 'type_params')
        for k in kwargs:
            if k not in names:
                raise TypeError(f"'{k}' is an invalid keyword argument for typealias()")
        vals = list(args)
        for i, k in enumerate(names[:2]):
            if k in kwargs:
                if i < len(args):
                    raise TypeError(f"argument for typealias() given by name ('{k}') "
                                    f"and position ({i + 1})")
                vals.append(kwargs[k])
            elif i >= len(vals):
                raise TypeError(f"typealias() missing required argument '{k}' (pos {i + 1})")
        name, value = vals
        type_params = kwargs.get('type_params', ())
        if not isinstance(name, str):
            raise TypeError(f"typealias() argument 'name' must be str, "
                            f"not {type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        return _new_typealias(cls, name, value, None, type_params, _caller_module())

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name == '__name__':
            raise AttributeError("readonly attribute")
        if name in ('__value__', '__type_params__', '__parameters__'):
            raise AttributeError(f"attribute '{name}' of 'typing.TypeAliasType' objects "
                                 f"is not writable")
        if name != '__module__':
            raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    @property
    def __value__(self):
        if self._evaluate is not None:
            object.__setattr__(self, '_value', self._evaluate())
            object.__setattr__(self, '_evaluate', None)
        return self._value

    @property
    def __type_params__(self):
        return self._type_params

    @property
    def __parameters__(self):
        return self._type_params

    def __repr__(self):
        return self.__name__

    def __or__(self, right):
        return _union_or(self, right)

    def __ror__(self, left):
        return _union_or(left, self)

    def __getitem__(self, args):
        if not self._type_params:
            raise TypeError("Only generic type aliases are subscriptable")
        return type(list[int])(self, args)

    def __reduce__(self):
        return self.__name__


_union_or = type(int | str)._union_or


def _new_typealias(cls, name, value, evaluate, type_params, module):
    ta = object.__new__(cls)
    for k, v in (('__name__', name), ('_value', value), ('_evaluate', evaluate),
                 ('_type_params', type_params), ('__module__', module)):
        object.__setattr__(ta, k, v)
    return ta


TypeVar.__module__ = TypeVarTuple.__module__ = ParamSpec.__module__ = 'typing'
TypeAliasType.__module__ = 'typing'


def _make_typevar(name, evaluate_bound, evaluate_constraints):
    tv = TypeVar.__new__(TypeVar)
    _init_typevar(tv, name, False, False, True, None, (), evaluate_bound, evaluate_constraints)
    tv.__module__ = 'typing'
    return tv


def _make_paramspec(name):
    ps = ParamSpec.__new__(ParamSpec)
    _init_paramspec(ps, name, None, False, False, True)
    ps.__module__ = 'typing'
    return ps


def _make_typevartuple(name):
    tv = TypeVarTuple.__new__(TypeVarTuple)
    object.__setattr__(tv, '__name__', name)
    tv.__module__ = 'typing'
    return tv


def _subscript_generic(params):
    return _GenericAlias(Generic, tuple(params))


def _make_typealias(args):
    name, type_params, evaluate = args
    type_params = tuple(type_params) if type_params is not None else ()
    return _new_typealias(TypeAliasType, name, None, evaluate, type_params, _caller_module())


class _SpecialForm(_Final, _root=True):
    __slots__ = ('_name', '_getitem')

    def __init__(self, getitem, name):
        self._getitem = getitem
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = type(None) if p is None else p
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for i in items:
            if i not in flat:
                flat.append(i)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(self, tuple(flat))


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters, name='Literal')


class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, args, name=name)
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


def _single_getitem(name):
    def getitem(self, parameter):
        return _GenericAlias(self, (parameter,), name=name)
    return getitem


def _unpack_getitem(self, parameter):
    return _UnpackAlias(self, (parameter,), name='Unpack')


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _AnnotatedAlias(params[0], params[1:])
    return alias


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))


Any = _SpecialForm(lambda self, p: (_ for _ in ()).throw(TypeError(f"{self} is not subscriptable")), 'Any')
NoReturn = _SpecialForm(lambda self, p: (_ for _ in ()).throw(TypeError(f"{self} is not subscriptable")), 'NoReturn')
Never = _SpecialForm(lambda self, p: (_ for _ in ()).throw(TypeError(f"{self} is not subscriptable")), 'Never')
Self = _SpecialForm(lambda self, p: (_ for _ in ()).throw(TypeError(f"{self} is not subscriptable")), 'Self')
TypeAlias = _SpecialForm(lambda self, p: (_ for _ in ()).throw(TypeError(f"{self} is not subscriptable")), 'TypeAlias')
Union = _SpecialForm(_union_getitem, 'Union')
Optional = _SpecialForm(_optional_getitem, 'Optional')
Literal = _SpecialForm(_literal_getitem, 'Literal')
ClassVar = _SpecialForm(_single_getitem('ClassVar'), 'ClassVar')
Final = _SpecialForm(_single_getitem('Final'), 'Final')
Unpack = _SpecialForm(_unpack_getitem, 'Unpack')
Annotated = _SpecialForm(_annotated_getitem, 'Annotated')


class _SpecialGenericAlias(_Final, _root=True):
    """`List`, `Dict`, ...: the builtin collection, subscriptable."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TupleSpecial(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, name='Tuple')


class _CallableSpecial(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return _CallableAlias(self.__origin__, params, name='Callable')


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args, result = self.__args__
        if args is ...:
            shown = '...'
        elif isinstance(args, tuple):
            shown = '[' + ', '.join(_type_repr(a) for a in args) + ']'
        else:
            shown = _type_repr(args)
        return f'typing.Callable[{shown}, {_type_repr(result)}]'


class _AbstractCollection:
    """Stands for a collections.abc class (Pyrite has no collections.abc yet)."""

    def __init__(self, name, methods):
        self.__name__ = self.__qualname__ = name
        self._methods = methods

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

    def __instancecheck__(self, obj):
        return all(hasattr(type(obj), m) for m in self._methods)


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleSpecial(tuple, -1, 'Tuple')
Callable = _CallableSpecial(_AbstractCollection('Callable', ('__call__',)), 2, 'Callable')
Iterable = _SpecialGenericAlias(_AbstractCollection('Iterable', ('__iter__',)), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_AbstractCollection('Iterator', ('__iter__', '__next__')), 1, 'Iterator')
Sequence = _SpecialGenericAlias(_AbstractCollection('Sequence', ('__getitem__', '__len__')), 1, 'Sequence')
Mapping = _SpecialGenericAlias(_AbstractCollection('Mapping', ('__getitem__', 'keys')), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_AbstractCollection('MutableMapping', ('__setitem__', 'keys')), 2, 'MutableMapping')
Generator = _SpecialGenericAlias(_AbstractCollection('Generator', ('send', 'throw')), 3, 'Generator')


def _namedtuple_class(typename, types, defaults, namespace, bases=(tuple,)):
    fields = tuple(types)
    nfields = len(fields)
    first_default = nfields - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            if first_default < nfields:
                takes = f"from {first_default + 1} to {nfields + 1}"
            else:
                takes = str(nfields + 1)
            raise TypeError(f"{typename}.__new__() takes {takes} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                missing = [f for f in fields[i:first_default] if f not in kwargs]
                if len(missing) == 1:
                    shown = f"'{missing[0]}'"
                else:
                    shown = ', '.join(f"'{m}'" for m in missing[:-1]) + f" and '{missing[-1]}'"
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required "
                                f"positional argument{'s' if len(missing) > 1 else ''}: {shown}")
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, /, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(fields, self)]
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    body = {
        '__doc__': f"{typename}({', '.join(fields)})",
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[first_default:], defaults)),
        '__match_args__': fields,
        '__new__': __new__,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '_make': _make,
        '__getnewargs__': __getnewargs__,
        '__annotations__': dict(types),
    }
    for i, name in enumerate(fields):
        body[name] = property(lambda self, i=i: tuple.__getitem__(self, i),
                              doc=f'Alias for field number {i}')
    for key, value in namespace.items():
        if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__',
                   '__getnewargs__', '__init__', '__slots__', '_source'):
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        if key != '__annotations__' and key not in fields:
            body[key] = value
    body['__new__'].__qualname__ = f'{typename}.__new__'
    return type(typename, bases, body)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if b is _NamedTuple else b for b in bases)
        types = ns.get('__annotations__', {})
        defaults = []
        with_default = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
                with_default.append(name)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(with_default) > 1 else ''} "
                                f"{', '.join(with_default)}")
        return _namedtuple_class(typename, types, defaults, ns, bases)


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class P(NamedTuple): x: int` or `NamedTuple('P', [('x', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    types = {n: t for n, t in fields}
    return _namedtuple_class(typename, types, [], {'__module__': _caller_module()})


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if type(base) is _TypedDictMeta:
                annotations.update(base.__dict__.get('__annotations__', {}))
                required.update(base.__dict__.get('__required_keys__', ()))
                optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        cls = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: `class M(TypedDict): title: str`."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, right):
        return Union[self, right]


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None) if type(tp).__name__ == 'GenericAlias' else None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ == 'GenericAlias':
        return tp.__args__
    return ()
