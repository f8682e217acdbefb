using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// The C++ type of each Python type, as the runtime contract maps them (<c>list[str]</c> → <c>pyaot::List&lt;pyaot::Str&gt;</c>).
/// Stable: the C ABI writer uses it for the parameter types of exported functions.
/// </summary>
public static class CppTypeNames
{
    /// <summary>The C++ type of <paramref name="type"/>, user classes qualified with their module's namespace.</summary>
    public static string Of(PyType type) => Of(type, qualifyClasses: true);

    /// <summary>The C++ type of <paramref name="type"/>; inside the module's namespace user classes need no qualification.</summary>
    public static string Of(PyType type, bool qualifyClasses)
    {
        type = type.Resolve();
        string Inner(PyType t) => Of(t, qualifyClasses);
        switch (type)
        {
            case PrimitiveType primitive:
                return primitive.PrimitiveKind switch
                {
                    PrimitiveTypeKind.Int => "pyaot::Int",
                    PrimitiveTypeKind.Float => "pyaot::Float",
                    PrimitiveTypeKind.Bool => "bool",
                    PrimitiveTypeKind.Str => "pyaot::Str",
                    PrimitiveTypeKind.Bytes => "pyaot::Bytes",
                    PrimitiveTypeKind.None => "pyaot::None",
                    PrimitiveTypeKind.Range => "pyaot::Range",
                    PrimitiveTypeKind.Slice => "pyaot::Slice",
                    PrimitiveTypeKind.Object => "pyaot::Object",
                    _ => throw Unsupported(type),
                };
            case ListType list:
                return $"pyaot::List<{Inner(list.Element)}>";
            case DictType dict:
                return $"pyaot::Dict<{Inner(dict.Key)}, {Inner(dict.Value)}>";
            case SetType set:
                return $"pyaot::Set<{Inner(set.Element)}>";
            case DictKeysType keys:
                return $"pyaot::DictKeys<{Inner(keys.Key)}, {Inner(keys.Value)}>";
            case DictValuesType values:
                return $"pyaot::DictValues<{Inner(values.Key)}, {Inner(values.Value)}>";
            case DictItemsType items:
                return $"pyaot::DictItems<{Inner(items.Key)}, {Inner(items.Value)}>";
            case TupleType { IsVariadic: true } tuple:
                return $"pyaot::VarTuple<{Inner(tuple.Elements[0])}>";
            case TupleType tuple:
                return $"pyaot::Tuple<{string.Join(", ", tuple.Elements.Select(Inner))}>";
            case UnionType { IsOptional: true } optional:
                return $"pyaot::Optional<{Inner(optional.WithoutNone)}>";
            case UnionType union:
                return $"pyaot::Union<{string.Join(", ", union.Members.Select(Inner))}>";
            case CallableType callable:
                return $"pyaot::Func<{Inner(callable.ReturnType)}({string.Join(", ", callable.Parameters.Select(Inner))})>";
            case IteratorType iterator:
                return $"pyaot::Iterator<{Inner(iterator.Element)}>";
            case IterableType iterable:
                return $"pyaot::Iterable<{Inner(iterable.Element)}>";
            case GeneratorType generator:
                return $"pyaot::Generator<{Inner(generator.Yield)}>";
            case ClassType classType:
                var name = CppNames.Class(classType.Class);
                if (qualifyClasses && !classType.Class.IsBuiltin && ModuleOf(classType) is { } module) name = CppNames.Namespace(module) + "::" + name;
                return $"pyaot::Ref<{name}>";
            default:
                throw Unsupported(type);
        }
    }

    /// <summary>
    /// Whether a value of the type is a plain scalar (int, float, bool, None) passed by value; every other type is
    /// a handle or an aggregate that a read-only parameter takes by <c>const&amp;</c>.
    /// </summary>
    public static bool IsScalar(PyType type) =>
        type.Resolve() is PrimitiveType { PrimitiveKind: PrimitiveTypeKind.Int or PrimitiveTypeKind.Float or PrimitiveTypeKind.Bool or PrimitiveTypeKind.None };

    /// <summary>The parameter type: by value for scalars and when <paramref name="byValue"/>, else <c>const T&amp;</c>.</summary>
    public static string Parameter(PyType type, bool byValue, bool qualifyClasses = true) =>
        byValue || IsScalar(type) ? Of(type, qualifyClasses) : $"const {Of(type, qualifyClasses)}&";

    private static string? ModuleOf(ClassType type)
    {
        var symbol = type.Class.ContainingSymbol;
        while (symbol is not null and not PythonAot.Compiler.Semantics.Symbols.ModuleSymbol) symbol = symbol.ContainingSymbol;
        return symbol?.Name;
    }

    private static CppEmitException Unsupported(PyType type) => new(CppDiagnosticDescriptors.NotSupported, null, $"the type '{type.DisplayName}'");
}
