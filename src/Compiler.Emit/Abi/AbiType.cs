using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// The type of one value crossing the C ABI of a shared library: a Python type the ABI can represent, with the
/// backend-neutral description of how it crosses (the C spelling in the generated header, the name in the JSON
/// manifest). Nothing here is specific to one backend: the C++, Rust and LLVM emitters all implement these shapes.
/// </summary>
public sealed class AbiType
{
    private AbiType(AbiTypeKind kind, PyType pythonType, string manifestName, string? resultStruct)
    {
        Kind = kind;
        PythonType = pythonType;
        ManifestName = manifestName;
        ResultCType = resultStruct;
    }

    /// <summary><c>int</c> as <c>int64_t</c>.</summary>
    public static AbiType Int64 { get; } = new(AbiTypeKind.Int64, PyType.Int, "int64", "int64_t");
    /// <summary><c>float</c> as <c>double</c>.</summary>
    public static AbiType Float64 { get; } = new(AbiTypeKind.Float64, PyType.Float, "float64", "double");
    /// <summary><c>bool</c> as <c>uint8_t</c>.</summary>
    public static AbiType Bool { get; } = new(AbiTypeKind.Bool, PyType.Bool, "bool", "uint8_t");
    /// <summary><c>str</c> as UTF-8 pointer + byte length.</summary>
    public static AbiType Utf8String { get; } = new(AbiTypeKind.Utf8String, PyType.Str, "utf8", AbiNames.StrStruct);
    /// <summary><c>list[str]</c> as an array of <c>pyaot_str</c> + count.</summary>
    public static AbiType StrList { get; } = new(AbiTypeKind.StrList, new ListType(PyType.Str), "list_utf8", AbiNames.StrListStruct);
    /// <summary><c>list[int]</c> as an <c>int64_t</c> array + count.</summary>
    public static AbiType Int64List { get; } = new(AbiTypeKind.Int64List, new ListType(PyType.Int), "list_int64", AbiNames.Int64ListStruct);
    /// <summary><c>list[float]</c> as a <c>double</c> array + count.</summary>
    public static AbiType Float64List { get; } = new(AbiTypeKind.Float64List, new ListType(PyType.Float), "list_float64", AbiNames.Float64ListStruct);
    /// <summary><c>list[list[float]]</c> as a row-major <c>double</c> array + rows + cols.</summary>
    public static AbiType Float64Matrix { get; } = new(AbiTypeKind.Float64Matrix, new ListType(new ListType(PyType.Float)), "matrix_float64", AbiNames.Float64MatrixStruct);
    /// <summary>A <c>None</c> result (no result out-parameter).</summary>
    public static AbiType None { get; } = new(AbiTypeKind.None, PyType.None, "none", null);

    /// <summary>Every ABI type, in the order of <see cref="AbiTypeKind"/>.</summary>
    public static IReadOnlyList<AbiType> All { get; } = [Int64, Float64, Bool, Utf8String, StrList, Int64List, Float64List, Float64Matrix, None];

    /// <summary>The shape.</summary>
    public AbiTypeKind Kind { get; }

    /// <summary>The Python type it carries (<c>list[str]</c>).</summary>
    public PyType PythonType { get; }

    /// <summary>The name in the JSON manifest (<c>int64</c>, <c>utf8</c>, <c>list_utf8</c>, <c>matrix_float64</c>, ...).</summary>
    public string ManifestName { get; }

    /// <summary>The C type a result of this type is written to through the result out-parameter (null for None).</summary>
    public string? ResultCType { get; }

    /// <summary>Whether a value of this type can be a parameter (every type but None).</summary>
    public bool CanBeParameter => Kind != AbiTypeKind.None;

    /// <summary>Whether a result of this type is returned in library-owned memory that the caller frees.</summary>
    public bool ResultNeedsFree => Kind is AbiTypeKind.Utf8String or AbiTypeKind.StrList or AbiTypeKind.Int64List or AbiTypeKind.Float64List or AbiTypeKind.Float64Matrix;

    /// <summary>The free-function suffix of a result of this type (<c>str</c> in <c>&lt;module&gt;_free_str</c>), or null when nothing is freed.</summary>
    public string? FreeSuffix => Kind switch
    {
        AbiTypeKind.Utf8String => "str",
        AbiTypeKind.StrList => "str_list",
        AbiTypeKind.Int64List => "int64_list",
        AbiTypeKind.Float64List => "float64_list",
        AbiTypeKind.Float64Matrix => "float64_matrix",
        _ => null,
    };

    /// <summary>
    /// The C parameter slots of an argument named <paramref name="name"/>: <c>int64_t x</c>; <c>const char* s, int64_t s_len</c>;
    /// <c>const double* m, int64_t m_rows, int64_t m_cols</c>.
    /// </summary>
    public IReadOnlyList<(string CType, string Name)> ParameterSlots(string name) => Kind switch
    {
        AbiTypeKind.Int64 => [("int64_t", name)],
        AbiTypeKind.Float64 => [("double", name)],
        AbiTypeKind.Bool => [("uint8_t", name)],
        AbiTypeKind.Utf8String => [("const char*", name), ("int64_t", name + "_len")],
        AbiTypeKind.StrList => [("const " + AbiNames.StrStruct + "*", name), ("int64_t", name + "_len")],
        AbiTypeKind.Int64List => [("const int64_t*", name), ("int64_t", name + "_len")],
        AbiTypeKind.Float64List => [("const double*", name), ("int64_t", name + "_len")],
        AbiTypeKind.Float64Matrix => [("const double*", name), ("int64_t", name + "_rows"), ("int64_t", name + "_cols")],
        _ => throw new InvalidOperationException("None is not a parameter type."),
    };

    /// <summary>
    /// The ABI type of <paramref name="type"/>, or null when the C ABI cannot carry it. <paramref name="asResult"/>
    /// allows None (a function that returns nothing).
    /// </summary>
    public static AbiType? FromPythonType(PyType type, bool asResult)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = type.Resolve();
        foreach (var candidate in All)
            if (candidate.PythonType == type)
                return candidate.Kind == AbiTypeKind.None && !asResult ? null : candidate;
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => ManifestName;
}
