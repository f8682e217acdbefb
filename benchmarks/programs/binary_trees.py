# Binary trees (the Benchmarks Game algorithm): allocate and walk many complete binary trees
# of class instances, plus one long-lived tree. Allocation- and recursion-heavy.
# bench: quick=6
import sys


class Node:
    left: "Node | None"
    right: "Node | None"

    def __init__(self, left: "Node | None", right: "Node | None") -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        left = self.left
        right = self.right
        if left is None or right is None:
            return 1
        return 1 + left.check() + right.check()


def bottom_up_tree(depth: int) -> Node:
    if depth <= 0:
        return Node(None, None)
    return Node(bottom_up_tree(depth - 1), bottom_up_tree(depth - 1))


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 15


def main(n: int) -> None:
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {bottom_up_tree(stretch_depth).check()}")
    long_lived_tree = bottom_up_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += bottom_up_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
        depth += 2
    print(f"long lived tree of depth {max_depth}\t check: {long_lived_tree.check()}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
