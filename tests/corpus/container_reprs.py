matrix: list[list[int]] = [[1, 2], [3, 4], []]
print(matrix, len(matrix), matrix[1], matrix[-1])
scores: dict[str, list[float]] = {"ann": [9.5, 8.0], "bob": [], "čeněk": [7.25]}
print(scores)
pairs: list[tuple[str, int]] = [("a", 1), ("b", 2)]
print(pairs, pairs[0], (1,), (), (1, (2, (3,))))
nested: dict[int, dict[str, tuple[int, int]]] = {1: {"x": (0, 0)}, 2: {}}
print(nested)
print([None, 1, None], [True, False], [1.5, -0.0, 2.0])
empty_list: list[int] = []
empty_dict: dict[str, int] = {}
print(empty_list, empty_dict, set(empty_list), tuple(empty_list))
print({3, 1, 2}, {10: {1, 2}}, set([5, 5, 5]))
print(str([1, 2]), repr((1, "a")), str({"k": "v"}))
deep: list[list[list[int]]] = [[[]]]
print(deep, [(), ()], {(): [()]})
print([x * 1.5 for x in range(4)], {"n": None})
