namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The builtin functions (<c>builtins.len</c>, <c>builtins.sorted</c>, ...) and the builtin types called as
/// constructors or conversions (<c>builtins.int</c>, <c>builtins.list</c>, ...). <c>Iterator[T]</c> parameters accept
/// every iterable by its iteration type (a list, a dict's keys, a str's characters, a range, a generator).
/// Functions that return one of their arguments (min, max, sorted, abs, round) are generic or have separate int and
/// float overloads, never a float parameter an int would be promoted to: <c>min(1, 2.5)</c> is the int 1 in Python.
/// </summary>
internal static class BuiltinFunctions
{
    private const OperationKind F = OperationKind.Builtin;
    private const OperationEffects Calls = OperationEffects.CallsArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        Sizes(b);
        Iteration(b);
        Reductions(b);
        Numbers(b);
        Conversions(b);
        Constructors(b);
        InputOutput(b);
    }

    private static void Sizes(OperationLibraryBuilder b)
    {
        b.Add("builtins.len", F, "(obj: str, /) -> int", documentation: "the number of code points");
        b.Add("builtins.len", F, "(obj: list[T], /) -> int", documentation: "the number of items");
        b.Add("builtins.len", F, "(obj: tuple[T, ...], /) -> int", documentation: "the number of items (a fixed-shape tuple's length is known to the compiler)");
        b.Add("builtins.len", F, "(obj: dict[K, V], /) -> int", documentation: "the number of keys");
        b.Add("builtins.len", F, "(obj: set[T], /) -> int", documentation: "the number of items");
        b.Add("builtins.len", F, "(obj: range, /) -> int", documentation: "the number of values the range yields");
        b.Add("builtins.len", F, "(obj: bytes, /) -> int", documentation: "the number of bytes");
    }

    private static void Iteration(OperationLibraryBuilder b)
    {
        b.Add("builtins.range", F, "(stop: int, /) -> range", documentation: "0, 1, ..., stop - 1");
        b.Add("builtins.range", F, "(start: int, stop: int, /) -> range", documentation: "start, start + 1, ..., stop - 1");
        b.Add("builtins.range", F, "(start: int, stop: int, step: int, /) -> range", raises: ["ValueError"], documentation: "start, start + step, ... up to (excluding) stop; ValueError for step 0");

        b.Add("builtins.enumerate", F, "(iterable: Iterator[T], start: int = ...) -> Iterator[tuple[int, T]]", raises: ["OverflowError"], documentation: "(index, item) pairs, the index counting from start (default 0)");
        b.Add("builtins.zip", F, "(iter1: Iterator[T1], /, *, strict: bool = ...) -> Iterator[tuple[T1]]", documentation: "1-tuples of the items");
        b.Add("builtins.zip", F, "(iter1: Iterator[T1], iter2: Iterator[T2], /, *, strict: bool = ...) -> Iterator[tuple[T1, T2]]", raises: ["ValueError"], documentation: "pairs until the shorter input ends; strict=True raises ValueError on unequal lengths");
        b.Add("builtins.zip", F, "(iter1: Iterator[T1], iter2: Iterator[T2], iter3: Iterator[T3], /, *, strict: bool = ...) -> Iterator[tuple[T1, T2, T3]]", raises: ["ValueError"], documentation: "triples until the shortest input ends");
        b.Add("builtins.reversed", F, "(sequence: list[T], /) -> Iterator[T]", documentation: "the items from last to first");
        b.Add("builtins.reversed", F, "(sequence: str, /) -> Iterator[str]", documentation: "the characters from last to first");
        b.Add("builtins.reversed", F, "(sequence: range, /) -> Iterator[int]", documentation: "the numbers from last to first");
        b.Add("builtins.reversed", F, "(sequence: tuple[T, ...], /) -> Iterator[T]", documentation: "the items from last to first");
        b.Add("builtins.reversed", F, "(sequence: dict[K, V], /) -> Iterator[K]", documentation: "the keys from last inserted to first");
        b.Add("builtins.sorted", F, "(iterable: Iterator[T], /, *, reverse: bool = ...) -> list[T]", raises: ["TypeError"], documentation: "a new sorted list (stable); TypeError when items are not ordered");
        b.Add("builtins.sorted", F, "(iterable: Iterator[T], /, *, key: Callable[[T], K], reverse: bool = ...) -> list[T]", Calls, ["TypeError"], documentation: "a new list sorted by key(item) (stable)");
        b.Add("builtins.map", F, "(function: Callable[[T], U], iterable: Iterator[T], /) -> Iterator[U]", Calls, documentation: "function(item) for each item, lazily");
        b.Add("builtins.map", F, "(function: Callable[[T1, T2], U], iter1: Iterator[T1], iter2: Iterator[T2], /) -> Iterator[U]", Calls, documentation: "function(a, b) for pairs, until the shorter input ends");
        b.Add("builtins.filter", F, "(function: None, iterable: Iterator[T], /) -> Iterator[T]", documentation: "the true items, lazily");
        b.Add("builtins.filter", F, "(function: Callable[[T], U], iterable: Iterator[T], /) -> Iterator[T]", Calls, documentation: "the items for which function(item) is true (by its truth value), lazily");
        b.Add("builtins.iter", F, "(iterable: Iterator[T], /) -> Iterator[T]", documentation: "an iterator over the items (an iterator returns itself)");
        b.Add("builtins.next", F, "(iterator: Iterator[T], /) -> T", OperationEffects.MutatesArgument, ["StopIteration"], 0, "the next item; StopIteration when exhausted (the argument must be an iterator: iter(xs) or a generator)");
        b.Add("builtins.next", F, "(iterator: Iterator[T], default: T, /) -> T", OperationEffects.MutatesArgument, [], 0, "the next item, or default when exhausted");
        b.Add("builtins.next", F, "(iterator: Iterator[T], default: U, /) -> T | U", OperationEffects.MutatesArgument, [], 0, "the next item, or default (of another type) when exhausted");
    }

    private static void Reductions(OperationLibraryBuilder b)
    {
        foreach (var name in new[] { "min", "max" })
        {
            var which = name == "min" ? "smallest" : "largest";
            b.Add($"builtins.{name}", F, "(arg1: T, arg2: T, /, *args: T) -> T", raises: ["TypeError"], documentation: $"the {which} argument (the first among equals); the arguments must have one type: {name}(1, 2.5) is rejected, Python would return the int");
            b.Add($"builtins.{name}", F, "(arg1: T, arg2: T, /, *args: T, key: Callable[[T], K]) -> T", Calls, ["TypeError"], documentation: $"the argument with the {which} key(arg)");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /) -> T", raises: ["ValueError", "TypeError"], documentation: $"the {which} item; ValueError for an empty iterable");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /, *, key: Callable[[T], K]) -> T", Calls, ["ValueError", "TypeError"], documentation: $"the item with the {which} key(item); ValueError for an empty iterable");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /, *, default: T) -> T", raises: ["TypeError"], documentation: $"the {which} item, or default for an empty iterable");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /, *, key: Callable[[T], K], default: T) -> T", Calls, ["TypeError"], documentation: $"the item with the {which} key(item), or default for an empty iterable");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /, *, default: U) -> T | U", raises: ["TypeError"], documentation: $"the {which} item, or default (of another type) for an empty iterable");
            b.Add($"builtins.{name}", F, "(iterable: Iterator[T], /, *, key: Callable[[T], K], default: U) -> T | U", Calls, ["TypeError"], documentation: $"the item with the {which} key(item), or default (of another type) for an empty iterable");
        }
        b.Add("builtins.sum", F, "(iterable: Iterator[int], /, start: int = ...) -> int", raises: ["OverflowError"], documentation: "the int sum; OverflowError outside int64");
        b.Add("builtins.sum", F, "(iterable: Iterator[bool], /, start: int = ...) -> int", raises: ["OverflowError"], documentation: "the number of true items (plus start)");
        b.Add("builtins.sum", F, "(iterable: Iterator[float], /, start: float = ...) -> float", documentation: "the float sum, added left to right");
        b.Add("builtins.sum", F, "(iterable: Iterator[int], /, start: float) -> float", documentation: "ints added to a float start");
        b.Add("builtins.sum", F, "(iterable: Iterator[list[T]], /, start: list[T]) -> list[T]", documentation: "the concatenation of lists (quadratic, as in Python)");
        b.Add("builtins.any", F, "(iterable: Iterator[T], /) -> bool", documentation: "whether some item is true (stops at the first)");
        b.Add("builtins.all", F, "(iterable: Iterator[T], /) -> bool", documentation: "whether every item is true (stops at the first false)");
    }

    private static void Numbers(OperationLibraryBuilder b)
    {
        b.Add("builtins.abs", F, "(x: int, /) -> int", raises: ["OverflowError"], documentation: "the absolute value; OverflowError for -2**63 (a bool becomes an int)");
        b.Add("builtins.abs", F, "(x: float, /) -> float", documentation: "the absolute value");
        b.Add("builtins.round", F, "(number: int, /) -> int", documentation: "an int unchanged");
        b.Add("builtins.round", F, "(number: int, ndigits: int | None) -> int", raises: ["OverflowError"], documentation: "rounded to 10**-ndigits (half to even); an int stays an int");
        b.Add("builtins.round", F, "(number: float, /) -> int", raises: ["OverflowError", "ValueError"], documentation: "the nearest int, half to even; OverflowError for inf and beyond int64, ValueError for nan");
        b.Add("builtins.round", F, "(number: float, ndigits: None) -> int", raises: ["OverflowError", "ValueError"], documentation: "the nearest int, half to even");
        b.Add("builtins.round", F, "(number: float, ndigits: int) -> float", documentation: "rounded to ndigits decimals, correctly rounded as Python does");
        b.Add("builtins.divmod", F, "(a: int, b: int, /) -> tuple[int, int]", raises: ["ZeroDivisionError", "OverflowError"], documentation: "(a // b, a % b)");
        b.Add("builtins.divmod", F, "(a: float, b: float, /) -> tuple[float, float]", raises: ["ZeroDivisionError"], documentation: "(a // b, a % b) of floats (an int operand is converted)");
        b.Add("builtins.pow", F, "(base: int, exp: int) -> int", raises: ["OverflowError", "ValueError", "ZeroDivisionError"], documentation: "base ** exp; a negative exp raises ValueError (Python would give a float)");
        b.Add("builtins.pow", F, "(base: int, exp: int, mod: int) -> int", raises: ["ValueError"], documentation: "base ** exp % mod without overflow; a negative exp takes the modular inverse (ValueError when none exists or mod is 0)");
        b.Add("builtins.pow", F, "(base: float, exp: float) -> float", raises: ["OverflowError", "ValueError", "ZeroDivisionError"], documentation: "float power (ValueError where Python would give a complex)");
        b.Add("builtins.chr", F, "(i: int, /) -> str", raises: ["ValueError", "OverflowError"], documentation: "the character with code point i; ValueError outside 0..0x10FFFF");
        b.Add("builtins.ord", F, "(c: str, /) -> int", raises: ["TypeError"], documentation: "the code point of a one-character string; TypeError for another length");
        b.Add("builtins.hex", F, "(number: int, /) -> str", documentation: "'0x...' (a minus sign first for a negative number)");
        b.Add("builtins.oct", F, "(number: int, /) -> str", documentation: "'0o...'");
        b.Add("builtins.bin", F, "(number: int, /) -> str", documentation: "'0b...'");
        b.Add("builtins.hash", F, "(obj: object, /) -> int", OperationEffects.Nondeterministic, ["TypeError"], documentation: "the hash; str and bytes hashes change between runs (PYTHONHASHSEED); TypeError for list, dict, set and the keys and items views of a dict");
    }

    private static void Conversions(OperationLibraryBuilder b)
    {
        b.Add("builtins.int", F, "() -> int", documentation: "0");
        b.Add("builtins.int", F, "(x: int, /) -> int", documentation: "the int itself (a bool becomes 0 or 1)");
        b.Add("builtins.int", F, "(x: float, /) -> int", raises: ["OverflowError", "ValueError"], documentation: "truncated toward 0; OverflowError for inf and beyond int64, ValueError for nan");
        b.Add("builtins.int", F, "(x: str, /) -> int", raises: ["ValueError", "OverflowError"], documentation: "parses a decimal literal (whitespace and _ allowed); ValueError when malformed");
        b.Add("builtins.int", F, "(x: str, /, base: int) -> int", raises: ["ValueError", "OverflowError"], documentation: "parses in base 2..36 (0: from the prefix)");
        b.Add("builtins.float", F, "() -> float", documentation: "0.0");
        b.Add("builtins.float", F, "(x: float, /) -> float", documentation: "the float itself; an int converts to the nearest float");
        b.Add("builtins.float", F, "(x: str, /) -> float", raises: ["ValueError"], documentation: "parses a float literal, 'inf' or 'nan'; ValueError when malformed");
        b.Add("builtins.str", F, "() -> str", documentation: "''");
        b.Add("builtins.str", F, "(object: object) -> str", documentation: "the value's str() (its repr for containers)");
        b.Add("builtins.bool", F, "() -> bool", documentation: "False");
        b.Add("builtins.bool", F, "(o: object, /) -> bool", documentation: "the value's truth");
        b.Add("builtins.repr", F, "(obj: object, /) -> str", documentation: "the value as Python source text where possible");
        b.Add("builtins.ascii", F, "(obj: object, /) -> str", documentation: "repr() with non-ASCII characters escaped");
        b.Add("builtins.format", F, "(value: object, format_spec: str = ..., /) -> str", raises: ["ValueError", "TypeError"], documentation: "value formatted by the format spec mini-language");
        b.Add("builtins.isinstance", F, "(obj: object, class_or_tuple: object, /) -> bool", documentation: "whether obj is an instance of the class (the compiler checks and narrows the second argument itself)");
        b.Add("builtins.slice", F, "(stop: int | None, /) -> slice", documentation: "the slice [:stop]");
        b.Add("builtins.slice", F, "(start: int | None, stop: int | None, step: int | None = ..., /) -> slice", documentation: "the slice [start:stop:step]");
    }

    private static void Constructors(OperationLibraryBuilder b)
    {
        b.Add("builtins.list", F, "() -> list[T]", documentation: "an empty list (its item type comes from later use)");
        b.Add("builtins.list", F, "(iterable: Iterator[T], /) -> list[T]", documentation: "a list of the items of any iterable");
        b.Add("builtins.dict", F, "() -> dict[K, V]", documentation: "an empty dict (its types come from later use)");
        b.Add("builtins.dict", F, "(mapping: dict[K, V], /) -> dict[K, V]", documentation: "a shallow copy");
        b.Add("builtins.dict", F, "(iterable: Iterator[tuple[K, V]], /) -> dict[K, V]", raises: ["TypeError"], documentation: "a dict from key-value pairs (later pairs win); TypeError for an unhashable key");
        b.Add("builtins.set", F, "() -> set[T]", documentation: "an empty set (its item type comes from later use)");
        b.Add("builtins.set", F, "(iterable: Iterator[T], /) -> set[T]", raises: ["TypeError"], documentation: "a set of the items; TypeError for unhashable items");
        b.Add("builtins.tuple", F, "() -> tuple[()]", documentation: "the empty tuple");
        b.Add("builtins.tuple", F, "(iterable: Iterator[T], /) -> tuple[T, ...]", documentation: "a homogeneous tuple of the items");
    }

    private static void InputOutput(OperationLibraryBuilder b)
    {
        b.Add("builtins.print", F, "(*values: object, sep: str | None = ..., end: str | None = ..., flush: bool = ...) -> None", OperationEffects.InputOutput,
            documentation: "writes str() of each value to stdout, separated by sep (' ') and followed by end ('\\n')");
        b.Add("builtins.input", F, "(prompt: object = ..., /) -> str", OperationEffects.InputOutput, ["EOFError"], documentation: "writes the prompt, reads a line from stdin without its line end; EOFError at end of input");
    }
}
