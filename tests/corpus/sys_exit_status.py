# expect-exit: 3
import sys


def validate(values: list[int]) -> int:
    errors = 0
    for v in values:
        if v < 0:
            print(f"invalid value {v}")
            errors += 1
    return errors


def main() -> int:
    count = validate([3, -1, 4, -1, -5])
    print("errors:", count)
    return count


if __name__ == "__main__":
    sys.exit(main())
