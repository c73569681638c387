"""A package with a docstring and __all__."""
__all__ = ['exported']
exported = 'exported value'
hidden = 'not exported'
