def insertion_sort(values: list[int]) -> list[int]:
    result = values.copy()
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
    return result


def merge_sort(values: list[int]) -> list[int]:
    if len(values) <= 1:
        return values
    mid = len(values) // 2
    left = merge_sort(values[:mid])
    right = merge_sort(values[mid:])
    merged: list[int] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(values: list[int]) -> list[int]:
    if len(values) < 2:
        return values
    pivot = values[len(values) // 2]
    return quick_sort([v for v in values if v < pivot]) + [v for v in values if v == pivot] + quick_sort([v for v in values if v > pivot])


def lcg(seed: int, count: int) -> list[int]:
    out: list[int] = []
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state % 1000 - 500)
    return out


data = lcg(42, 25)
print(data)
expected = sorted(data)
for name, result in [("insertion", insertion_sort(data)), ("merge", merge_sort(data)), ("quick", quick_sort(data))]:
    print(f"{name:<10} {result == expected} {result[:6]}")
print(data[:3], "unchanged")
