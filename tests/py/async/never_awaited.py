# A coroutine that is created but never awaited warns when it is freed.
async def job(n):
    return n

def make():
    job(1)
    print("made and dropped")

make()
c = job(2)
c.close()
del c
print("closed coroutines do not warn")
job(3)
print("end")
