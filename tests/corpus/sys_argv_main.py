import sys


def parse_args(argv: list[str]) -> dict[str, str]:
    options: dict[str, str] = {"name": "world", "times": "2"}
    for arg in argv[1:]:
        if arg.startswith("--") and "=" in arg:
            key, value = arg[2:].split("=", 1)
            options[key] = value
    return options


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    print("program:", argv[0].split("/")[-1])
    print("extra arguments:", len(argv) - 1)
    for i in range(int(options["times"])):
        print(f"{i + 1}: hello, {options['name']}!")
    print(parse_args(["prog", "--name=Zoë", "--times=3", "ignored"]))
    return 0


if __name__ == "__main__":
    main(sys.argv)
    print("__name__ is", __name__)
