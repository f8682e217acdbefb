using System.Text.Json.Nodes;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>
/// Whether a CPython value description (<see cref="CPythonOracle"/>: <c>"int"</c>, <c>["list", [...]]</c>,
/// <c>["tuple", [...]]</c>, <c>["iter", [...]]</c>, <c>["dict_keys", [...]]</c>) is a value of a PythonAot type. A union matches when a member does;
/// an unbound inference variable matches anything (<c>list()</c> is a <c>list[?]</c>).
/// </summary>
internal static class PythonTypeMatcher
{
    public static bool Matches(PyType type, JsonNode? description)
    {
        type = type.Resolve();
        if (type is TypeVariable) return true;
        if (type is UnionType union) return union.Members.Any(m => Matches(m, description));
        if (description is JsonValue value) return type is PrimitiveType && type.DisplayName == value.GetValue<string>();
        var array = description!.AsArray();
        var kind = array[0]!.GetValue<string>();
        var items = array[1]!.AsArray();
        return (kind, type) switch
        {
            ("list", ListType list) => items.All(x => Matches(list.Element, x)),
            ("set", SetType set) => items.All(x => Matches(set.Element, x)),
            ("dict", DictType dict) => items.All(x => Matches(dict.Key, x!.AsArray()[0]) && Matches(dict.Value, x.AsArray()[1])),
            ("tuple", TupleType { IsVariadic: true } tuple) => items.All(x => Matches(tuple.Elements[0], x)),
            ("tuple", TupleType tuple) => tuple.Elements.Count == items.Count && items.Select((x, i) => Matches(tuple.Elements[i], x)).All(m => m),
            ("iter", IteratorType iterator) => items.All(x => Matches(iterator.Element, x)),
            ("dict_keys", DictKeysType view) => items.All(x => Matches(view.Element, x)),
            ("dict_values", DictValuesType view) => items.All(x => Matches(view.Element, x)),
            ("dict_items", DictItemsType view) => items.All(x => Matches(view.Element, x)),
            ("iter", GeneratorType generator) => items.All(x => Matches(generator.Yield, x)),
            _ => false,
        };
    }

    /// <summary>A short text form of a description: <c>list[int, int]</c>.</summary>
    public static string Format(JsonNode? description) => description switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray { Count: 2 } array when array[0] is JsonValue && array[1] is JsonArray items => array[0]!.GetValue<string>() + "[" + string.Join(", ", items.Select(Format)) + "]",
        JsonArray pair => "(" + string.Join(": ", pair.Select(Format)) + ")",
        _ => "?",
    };
}
