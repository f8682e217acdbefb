# expect-exit: 1
def bucket(value: int, buckets: int) -> int:
    return value % buckets


counts = [0, 0, 0]
for v in [5, 7, 9, 11]:
    counts[bucket(v, 3)] += 1
print(counts)
print(bucket(10, 0))
