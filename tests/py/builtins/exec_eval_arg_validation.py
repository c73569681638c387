# eval()/exec() validate the globals/locals arguments; empty source errors.
for label, thunk in [('eval list globals', lambda: eval('1', [])), ('exec list globals', lambda: exec('1', [])),
                     ('eval int locals', lambda: eval('1', {}, 5)), ('exec str locals', lambda: exec('1', {}, 's')),
                     ('eval empty', lambda: eval('')), ('eval spaces', lambda: eval('   ')),
                     ('eval None globals', lambda: eval('1', None, None)), ('exec dict subclass', lambda: exec('1', type('D', (dict,), {})()))]:
    try:
        print(label, repr(thunk()))
    except (TypeError, SyntaxError) as e:
        print(label, type(e).__name__, e)
