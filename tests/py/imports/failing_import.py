# A module that raises during import is removed from sys.modules; importing again re-executes it.
import sys
sys.path.insert(0, 'support')
for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print('attempt', attempt, type(e).__name__, e, 'broken' in sys.modules)
