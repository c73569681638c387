# __init_subclass__ with keyword arguments and a plugin registry.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name='b'): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoHook:
    pass
try:
    class Bad2(NoHook, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
