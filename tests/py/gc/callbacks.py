# gc.callbacks start/stop info
import gc

events = []

def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))

gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)

def bad(phase, info):
    if phase == "start":
        print("callback", phase, info["generation"])

gc.callbacks.append(bad)
gc.collect(0)
gc.callbacks.clear()
print(gc.callbacks)
