class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 10

c = Config()
print(c.verbos)
