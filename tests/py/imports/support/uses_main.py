import __main__
def main_name():
    return __main__.__name__
def main_value():
    return __main__.SHARED
