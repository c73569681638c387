class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount

def main():
    acct = Account(10)
    acct.withdraw(5)
    acct.withdraw(50)

main()
