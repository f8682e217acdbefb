# expect: PA0100
def broken(:
    pass
