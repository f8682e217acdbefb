# expect: PA2004
# A dict view is not a sequence: CPython raises "TypeError: 'dict_keys' object is not subscriptable" when the line runs.
scores = {"ann": 3, "bob": 5}
first = scores.keys()[0]
print(first)
