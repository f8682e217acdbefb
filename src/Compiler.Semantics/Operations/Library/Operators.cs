namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The operators, named as Python's <c>operator</c> module names them (<c>a + b</c> is <c>operator.add(a, b)</c>,
/// <c>x in c</c> is <c>operator.contains(c, x)</c>, <c>a[i]</c> is <c>operator.getitem(a, i)</c>). In-place forms
/// (<c>operator.iadd</c>, ...) exist only where they mutate their left operand (list, set, dict); for every other type
/// the compiler falls back to the plain operator, as Python does.
/// <para>int is 64-bit: int arithmetic that leaves the int64 range raises OverflowError instead of growing.
/// Overloads are in preference order: int before float, so that <c>1 + 2</c> stays int and <c>1 + 2.5</c> promotes.</para>
/// </summary>
internal static class Operators
{
    private const OperationKind Op = OperationKind.Operator;
    private const OperationEffects Mutates = OperationEffects.MutatesArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        Arithmetic(b);
        Bitwise(b);
        Unary(b);
        Comparisons(b);
        Containment(b);
        Subscripts(b);
        InPlace(b);
    }

    private static void Arithmetic(OperationLibraryBuilder b)
    {
        b.Add("operator.add", Op, "(a: int, b: int, /) -> int", raises: ["OverflowError"], documentation: "int + int; OverflowError outside int64");
        b.Add("operator.add", Op, "(a: float, b: float, /) -> float", documentation: "float addition (an int operand is converted to float, as Python does)");
        b.Add("operator.add", Op, "(a: str, b: str, /) -> str", documentation: "concatenation");
        b.Add("operator.add", Op, "(a: list[T], b: list[T], /) -> list[T]", documentation: "a new list with the items of a, then b");
        b.Add("operator.add", Op, "(a: tuple[T, ...], b: tuple[T, ...], /) -> tuple[T, ...]", documentation: "concatenation of homogeneous tuples (fixed-shape tuples are concatenated by the compiler itself)");
        b.Add("operator.add", Op, "(a: bytes, b: bytes, /) -> bytes", documentation: "concatenation");

        b.Add("operator.sub", Op, "(a: int, b: int, /) -> int", raises: ["OverflowError"], documentation: "int - int; OverflowError outside int64");
        b.Add("operator.sub", Op, "(a: float, b: float, /) -> float", documentation: "float subtraction");
        b.Add("operator.sub", Op, "(a: set[T], b: set[T], /) -> set[T]", documentation: "set difference");

        b.Add("operator.mul", Op, "(a: int, b: int, /) -> int", raises: ["OverflowError"], documentation: "int * int; OverflowError outside int64");
        b.Add("operator.mul", Op, "(a: float, b: float, /) -> float", documentation: "float multiplication");
        b.Add("operator.mul", Op, "(a: str, b: int, /) -> str", raises: ["MemoryError"], documentation: "repetition; a count <= 0 gives ''");
        b.Add("operator.mul", Op, "(a: int, b: str, /) -> str", raises: ["MemoryError"], documentation: "repetition; a count <= 0 gives ''");
        b.Add("operator.mul", Op, "(a: list[T], b: int, /) -> list[T]", raises: ["MemoryError"], documentation: "repetition (the items are shared, not copied)");
        b.Add("operator.mul", Op, "(a: int, b: list[T], /) -> list[T]", raises: ["MemoryError"], documentation: "repetition (the items are shared, not copied)");
        b.Add("operator.mul", Op, "(a: tuple[T, ...], b: int, /) -> tuple[T, ...]", raises: ["MemoryError"], documentation: "repetition");
        b.Add("operator.mul", Op, "(a: int, b: tuple[T, ...], /) -> tuple[T, ...]", raises: ["MemoryError"], documentation: "repetition");

        b.Add("operator.truediv", Op, "(a: int, b: int, /) -> float", raises: ["ZeroDivisionError", "OverflowError"], documentation: "int / int, correctly rounded as Python computes it (not float(a) / float(b))");
        b.Add("operator.truediv", Op, "(a: float, b: float, /) -> float", raises: ["ZeroDivisionError"], documentation: "float division; ZeroDivisionError for a zero divisor");

        b.Add("operator.floordiv", Op, "(a: int, b: int, /) -> int", raises: ["ZeroDivisionError", "OverflowError"], documentation: "floor division (rounds toward -inf); OverflowError for -2**63 // -1");
        b.Add("operator.floordiv", Op, "(a: float, b: float, /) -> float", raises: ["ZeroDivisionError"], documentation: "floor division of floats");

        b.Add("operator.mod", Op, "(a: int, b: int, /) -> int", raises: ["ZeroDivisionError"], documentation: "remainder with the sign of the divisor");
        b.Add("operator.mod", Op, "(a: float, b: float, /) -> float", raises: ["ZeroDivisionError"], documentation: "remainder with the sign of the divisor");
        b.Add("operator.mod", Op, "(a: str, b: object, /) -> str", raises: ["TypeError", "ValueError", "KeyError"], documentation: "printf-style formatting; a tuple right operand supplies several values");

        b.Add("operator.pow", Op, "(a: int, b: int, /) -> int", raises: ["OverflowError", "ValueError", "ZeroDivisionError"],
            documentation: "int ** int; a negative literal exponent (2 ** -1) is typed float ** float instead, as Python gives a float; a negative exponent only known at run time raises ValueError here (write float(a) ** b); 0 ** -1 is ZeroDivisionError");
        b.Add("operator.pow", Op, "(a: float, b: float, /) -> float", raises: ["OverflowError", "ValueError", "ZeroDivisionError"],
            documentation: "float power; Python gives a complex for a negative base and a fractional exponent: ValueError here; 0.0 ** -1 is ZeroDivisionError");

        b.Add("operator.matmul", Op, "(a: Tensor, b: Tensor, /) -> Tensor", raises: ["RuntimeError"], documentation: "matrix product of tensors");
    }

    private static void Bitwise(OperationLibraryBuilder b)
    {
        b.Add("operator.lshift", Op, "(a: int, b: int, /) -> int", raises: ["OverflowError", "ValueError"], documentation: "a * 2**b; ValueError for a negative count, OverflowError outside int64");
        b.Add("operator.rshift", Op, "(a: int, b: int, /) -> int", raises: ["ValueError"], documentation: "a // 2**b (arithmetic shift); ValueError for a negative count");

        b.Add("operator.and_", Op, "(a: bool, b: bool, /) -> bool", documentation: "logical and of two bools (a bool, not an int)");
        b.Add("operator.and_", Op, "(a: int, b: int, /) -> int", documentation: "bitwise and (two's complement)");
        b.Add("operator.and_", Op, "(a: set[T], b: set[T], /) -> set[T]", documentation: "intersection");

        b.Add("operator.or_", Op, "(a: bool, b: bool, /) -> bool", documentation: "logical or of two bools (a bool, not an int)");
        b.Add("operator.or_", Op, "(a: int, b: int, /) -> int", documentation: "bitwise or (two's complement)");
        b.Add("operator.or_", Op, "(a: set[T], b: set[T], /) -> set[T]", documentation: "union");
        b.Add("operator.or_", Op, "(a: dict[K, V], b: dict[K, V], /) -> dict[K, V]", documentation: "a new dict with the items of a, updated by b");

        b.Add("operator.xor", Op, "(a: bool, b: bool, /) -> bool", documentation: "exclusive or of two bools (a bool, not an int)");
        b.Add("operator.xor", Op, "(a: int, b: int, /) -> int", documentation: "bitwise exclusive or (two's complement)");
        b.Add("operator.xor", Op, "(a: set[T], b: set[T], /) -> set[T]", documentation: "symmetric difference");
    }

    private static void Unary(OperationLibraryBuilder b)
    {
        b.Add("operator.neg", Op, "(a: int, /) -> int", raises: ["OverflowError"], documentation: "-a; OverflowError for -(-2**63)");
        b.Add("operator.neg", Op, "(a: float, /) -> float", documentation: "-a");
        b.Add("operator.pos", Op, "(a: int, /) -> int", documentation: "+a (a bool becomes an int)");
        b.Add("operator.pos", Op, "(a: float, /) -> float", documentation: "+a");
        b.Add("operator.invert", Op, "(a: int, /) -> int", documentation: "~a == -a - 1 (a bool becomes an int: ~True == -2)");
        b.Add("operator.not_", Op, "(a: object, /) -> bool", documentation: "not a: the negation of a's truth value");
        b.Add("operator.truth", Op, "(a: object, /) -> bool", documentation: "a's truth value (0, 0.0, '', empty containers and None are false)");
    }

    private static void Comparisons(OperationLibraryBuilder b)
    {
        foreach (var (name, text) in new[] { ("eq", "=="), ("ne", "!=") })
        {
            b.Add("operator." + name, Op, "(a: T, b: T, /) -> bool", documentation: $"a {text} b for two values of one type (containers compare item by item; a dict_values view equals only itself)");
            b.Add("operator." + name, Op, "(a: int, b: int, /) -> bool", documentation: $"a {text} b between bool and int");
            b.Add("operator." + name, Op, "(a: int, b: float, /) -> bool", documentation: $"a {text} b compared exactly, as Python does (not through float(a))");
            b.Add("operator." + name, Op, "(a: float, b: int, /) -> bool", documentation: $"a {text} b compared exactly, as Python does (not through float(b))");
        }
        foreach (var (name, text) in new[] { ("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">=") })
        {
            b.Add("operator." + name, Op, "(a: int, b: int, /) -> bool", documentation: $"a {text} b");
            b.Add("operator." + name, Op, "(a: float, b: float, /) -> bool", documentation: $"a {text} b (false when either is NaN)");
            b.Add("operator." + name, Op, "(a: int, b: float, /) -> bool", documentation: $"a {text} b compared exactly, as Python does (not through float(a))");
            b.Add("operator." + name, Op, "(a: float, b: int, /) -> bool", documentation: $"a {text} b compared exactly, as Python does (not through float(b))");
            b.Add("operator." + name, Op, "(a: str, b: str, /) -> bool", documentation: $"a {text} b by code points, lexicographically");
            b.Add("operator." + name, Op, "(a: list[T], b: list[T], /) -> bool", raises: ["TypeError"], documentation: $"a {text} b lexicographically; TypeError when items are not ordered");
            b.Add("operator." + name, Op, "(a: tuple[T, ...], b: tuple[T, ...], /) -> bool", raises: ["TypeError"], documentation: $"a {text} b lexicographically; TypeError when items are not ordered");
            b.Add("operator." + name, Op, "(a: set[T], b: set[T], /) -> bool", documentation: SubsetMeaning(name));
        }
        b.Add("operator.is_", Op, "(a: object, b: object, /) -> bool", documentation: "identity: a is b (for None, True and False: the value test)");
        b.Add("operator.is_not", Op, "(a: object, b: object, /) -> bool", documentation: "identity: a is not b");
    }

    /// <summary>What an order comparison (lt, le, gt, ge) means between sets and set-like views.</summary>
    internal static string SubsetMeaning(string name) => name switch
    {
        "lt" => "a is a proper subset of b",
        "le" => "a is a subset of b",
        "gt" => "a is a proper superset of b",
        _ => "a is a superset of b",
    };

    private static void Containment(OperationLibraryBuilder b)
    {
        const string Order = " (x in c is contains(c, x))";
        b.Add("operator.contains", Op, "(a: str, b: str, /) -> bool", documentation: "substring test" + Order);
        b.Add("operator.contains", Op, "(a: list[T], b: T, /) -> bool", documentation: "linear search by ==" + Order);
        b.Add("operator.contains", Op, "(a: tuple[T, ...], b: T, /) -> bool", documentation: "linear search by ==" + Order);
        b.Add("operator.contains", Op, "(a: set[T], b: T, /) -> bool", raises: ["TypeError"], documentation: "hash lookup; TypeError for an unhashable b" + Order);
        b.Add("operator.contains", Op, "(a: dict[K, V], b: K, /) -> bool", raises: ["TypeError"], documentation: "key lookup; TypeError for an unhashable b" + Order);
        b.Add("operator.contains", Op, "(a: range, b: int, /) -> bool", documentation: "arithmetic membership test" + Order);
        b.Add("operator.contains", Op, "(a: bytes, b: int, /) -> bool", raises: ["ValueError"], documentation: "byte value membership; ValueError outside 0..255" + Order);
        b.Add("operator.contains", Op, "(a: Iterator[T], b: T, /) -> bool", effects: OperationEffects.MutatesArgument, mutatedParameter: 0, documentation: "consumes an iterator or generator up to the first item == b" + Order);
    }

    private static void Subscripts(OperationLibraryBuilder b)
    {
        b.Add("operator.getitem", Op, "(a: list[T], b: int, /) -> T", raises: ["IndexError"], documentation: "a[b]; negative b counts from the end");
        b.Add("operator.getitem", Op, "(a: list[T], b: slice, /) -> list[T]", raises: ["ValueError"], documentation: "a[i:j:k] as a new list; ValueError for step 0");
        b.Add("operator.getitem", Op, "(a: str, b: int, /) -> str", raises: ["IndexError"], documentation: "the one-character string at b");
        b.Add("operator.getitem", Op, "(a: str, b: slice, /) -> str", raises: ["ValueError"], documentation: "a substring; ValueError for step 0");
        b.Add("operator.getitem", Op, "(a: tuple[T, ...], b: int, /) -> T", raises: ["IndexError"], documentation: "a[b] of a homogeneous tuple (fixed-shape tuples are indexed by the compiler itself)");
        b.Add("operator.getitem", Op, "(a: tuple[T, ...], b: slice, /) -> tuple[T, ...]", raises: ["ValueError"], documentation: "a slice of a homogeneous tuple");
        b.Add("operator.getitem", Op, "(a: dict[K, V], b: K, /) -> V", raises: ["KeyError"], documentation: "the value for key b; KeyError when absent");
        b.Add("operator.getitem", Op, "(a: range, b: int, /) -> int", raises: ["IndexError"], documentation: "the b-th number of the range");
        b.Add("operator.getitem", Op, "(a: range, b: slice, /) -> range", raises: ["ValueError"], documentation: "a sub-range");
        b.Add("operator.getitem", Op, "(a: bytes, b: int, /) -> int", raises: ["IndexError"], documentation: "the byte value at b");
        b.Add("operator.getitem", Op, "(a: bytes, b: slice, /) -> bytes", raises: ["ValueError"], documentation: "a sub-sequence of bytes");

        b.Add("operator.setitem", Op, "(a: list[T], b: int, c: T, /) -> None", Mutates, ["IndexError"], 0, "a[b] = c");
        b.Add("operator.setitem", Op, "(a: list[T], b: slice, c: Iterator[T], /) -> None", Mutates, ["ValueError"], 0, "a[i:j] = items (the list may grow or shrink); ValueError when an extended slice's length differs");
        b.Add("operator.setitem", Op, "(a: dict[K, V], b: K, c: V, /) -> None", Mutates, ["TypeError"], 0, "a[b] = c; TypeError for an unhashable key");

        b.Add("operator.delitem", Op, "(a: list[T], b: int, /) -> None", Mutates, ["IndexError"], 0, "del a[b]");
        b.Add("operator.delitem", Op, "(a: list[T], b: slice, /) -> None", Mutates, ["ValueError"], 0, "del a[i:j:k]");
        b.Add("operator.delitem", Op, "(a: dict[K, V], b: K, /) -> None", Mutates, ["KeyError"], 0, "del a[b]; KeyError when absent");
    }

    private static void InPlace(OperationLibraryBuilder b)
    {
        const string Note = " (mutates a; returns a)";
        b.Add("operator.iadd", Op, "(a: list[T], b: Iterator[T], /) -> list[T]", Mutates, [], 0, "a += b extends a with the items of any iterable" + Note);
        b.Add("operator.imul", Op, "(a: list[T], b: int, /) -> list[T]", Mutates, ["MemoryError"], 0, "a *= n repeats a in place; n <= 0 empties it" + Note);
        b.Add("operator.ior", Op, "(a: set[T], b: set[T], /) -> set[T]", Mutates, [], 0, "a |= b adds the items of b" + Note);
        b.Add("operator.ior", Op, "(a: dict[K, V], b: dict[K, V], /) -> dict[K, V]", Mutates, [], 0, "a |= b updates a from b" + Note);
        b.Add("operator.ior", Op, "(a: dict[K, V], b: Iterator[tuple[K, V]], /) -> dict[K, V]", Mutates, ["ValueError"], 0, "a |= pairs updates a from key-value pairs" + Note);
        b.Add("operator.iand", Op, "(a: set[T], b: set[T], /) -> set[T]", Mutates, [], 0, "a &= b keeps the items also in b" + Note);
        b.Add("operator.isub", Op, "(a: set[T], b: set[T], /) -> set[T]", Mutates, [], 0, "a -= b removes the items of b" + Note);
        b.Add("operator.ixor", Op, "(a: set[T], b: set[T], /) -> set[T]", Mutates, [], 0, "a ^= b keeps the items in exactly one of a and b" + Note);
    }
}
