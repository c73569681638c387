class Parser:
    def parse(self, text):
        return [self.parse_item(t) for t in text.split(",")]

    def parse_item(self, item):
        return int(item)

print(Parser().parse("1,2,3"))
print(Parser().parse("4,five,6"))
