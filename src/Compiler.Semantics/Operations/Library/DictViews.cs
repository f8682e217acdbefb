namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The dict views that <c>d.keys()</c>, <c>d.values()</c> and <c>d.items()</c> return, with what CPython 3.11 gives
/// them: <c>len</c>, <c>in</c> and <c>reversed</c> for all three (iteration needs no overload: every
/// <c>Iterator[T]</c> parameter and every loop takes a view by its item type). The keys and items views are set-like:
/// they compare with <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> against a view of their
/// kind or a set, combine with <c>&amp;</c>, <c>|</c>, <c>-</c>, <c>^</c> with any iterable on either side into a new
/// set, and have <c>isdisjoint</c>. A values view has no order and no set operators, and compares by identity (the
/// generic <c>a == b</c> overload). Nothing indexes a view or calls a list method on it: there is no such overload, so
/// <c>d.keys()[0]</c> is a compile-time error, as it is a TypeError in CPython.
/// </summary>
internal static class DictViews
{
    private const OperationKind Op = OperationKind.Operator;
    private const OperationKind F = OperationKind.Builtin;
    private const OperationKind M = OperationKind.Method;

    /// <summary>Each view: its class, the type of its items and what they are, in signature syntax.</summary>
    private static readonly (string View, string Item, string What)[] Views =
    [
        ("dict_keys", "K", "keys"),
        ("dict_values", "V", "values"),
        ("dict_items", "tuple[K, V]", "(key, value) pairs"),
    ];

    /// <summary>
    /// The set-like views with the type of a second view a comparison accepts: keys compare by key alone, so the
    /// other dict's values may have another type; items compare values too, so both dicts have the same types.
    /// </summary>
    private static readonly (string View, string Item, string OtherView)[] SetLike =
    [
        ("dict_keys", "K", "dict_keys[K, U]"),
        ("dict_items", "tuple[K, V]", "dict_items[K, V]"),
    ];

    public static void Register(OperationLibraryBuilder b)
    {
        foreach (var (view, item, what) in Views)
        {
            b.Add("builtins.len", F, $"(obj: {view}[K, V], /) -> int", documentation: "the number of entries the dict has now (the view is live)");
            b.Add("builtins.reversed", F, $"(sequence: {view}[K, V], /) -> Iterator[{item}]", documentation: $"the {what} from the last inserted to the first");
        }
        Containment(b);
        Comparisons(b);
        SetOperators(b);
        b.Add("dict_keys.isdisjoint", M, "(self: dict_keys[K, V], other: Iterator[K], /) -> bool", documentation: "whether no item of other is a key of the dict");
        b.Add("dict_items.isdisjoint", M, "(self: dict_items[K, V], other: Iterator[tuple[K, V]], /) -> bool", documentation: "whether no pair of other is an item of the dict");
    }

    private static void Containment(OperationLibraryBuilder b)
    {
        const string Order = " (x in c is contains(c, x))";
        b.Add("operator.contains", Op, "(a: dict_keys[K, V], b: K, /) -> bool", raises: ["TypeError"], documentation: "key lookup in the dict; TypeError for an unhashable b" + Order);
        b.Add("operator.contains", Op, "(a: dict_values[K, V], b: V, /) -> bool", documentation: "linear search of the values by ==" + Order);
        b.Add("operator.contains", Op, "(a: dict_items[K, V], b: tuple[K, V], /) -> bool", raises: ["TypeError"],
            documentation: "whether b's key is in the dict with a value == b's value; TypeError for an unhashable key" + Order);
    }

    /// <summary>CPython's dictview_richcompare: the lengths first, then whether every item of one side is in the other.</summary>
    private static void Comparisons(OperationLibraryBuilder b)
    {
        foreach (var name in new[] { "eq", "ne" })
        {
            var meaning = name == "eq" ? "a == b as sets: the same length and every item of a in b" : "a != b: not a == b as sets";
            foreach (var (view, item, otherView) in SetLike)
            {
                // Two views of one type go through the generic (a: T, b: T) overload.
                if (otherView != $"{view}[K, V]") b.Add("operator." + name, Op, $"(a: {view}[K, V], b: {otherView}, /) -> bool", documentation: meaning);
                b.Add("operator." + name, Op, $"(a: {view}[K, V], b: set[{item}], /) -> bool", documentation: meaning);
                b.Add("operator." + name, Op, $"(a: set[{item}], b: {view}[K, V], /) -> bool", documentation: meaning);
            }
        }
        foreach (var name in new[] { "lt", "le", "gt", "ge" })
        {
            var meaning = Operators.SubsetMeaning(name);
            foreach (var (view, item, otherView) in SetLike)
            {
                b.Add("operator." + name, Op, $"(a: {view}[K, V], b: {otherView}, /) -> bool", documentation: meaning);
                b.Add("operator." + name, Op, $"(a: {view}[K, V], b: set[{item}], /) -> bool", documentation: meaning);
                b.Add("operator." + name, Op, $"(a: set[{item}], b: {view}[K, V], /) -> bool", documentation: meaning);
            }
        }
    }

    /// <summary>
    /// CPython's dictviews_as_number: any iterable on either side (a list or set on the left finds the view's reflected
    /// operator), and the result is always a new set. Hashing an items view's pairs hashes its values: TypeError for
    /// unhashable ones.
    /// </summary>
    private static void SetOperators(OperationLibraryBuilder b)
    {
        foreach (var (name, meaning) in new[] { ("and_", "intersection"), ("or_", "union"), ("sub", "difference"), ("xor", "symmetric difference") })
        {
            foreach (var (view, item, _) in SetLike)
            {
                IReadOnlyList<string> raises = view == "dict_items" ? ["TypeError"] : [];
                b.Add("operator." + name, Op, $"(a: {view}[K, V], b: Iterator[{item}], /) -> set[{item}]", raises: raises, documentation: $"the {meaning} as a new set");
                b.Add("operator." + name, Op, $"(a: Iterator[{item}], b: {view}[K, V], /) -> set[{item}]", raises: raises, documentation: $"the {meaning} as a new set");
            }
        }
    }
}
