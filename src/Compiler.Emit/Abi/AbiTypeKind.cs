namespace PythonAot.Compiler.Emit.Abi;

/// <summary>The value shapes the C ABI of a shared library can carry (see <see cref="AbiType"/>).</summary>
public enum AbiTypeKind
{
    /// <summary><c>int</c>: <c>int64_t</c>.</summary>
    Int64,
    /// <summary><c>float</c>: <c>double</c>.</summary>
    Float64,
    /// <summary><c>bool</c>: <c>uint8_t</c>, 0 or 1 (any non-zero argument is True).</summary>
    Bool,
    /// <summary><c>str</c>: UTF-8 bytes and a byte length.</summary>
    Utf8String,
    /// <summary><c>list[str]</c>: an array of UTF-8 strings and a count.</summary>
    StrList,
    /// <summary><c>list[int]</c>: an <c>int64_t</c> array and a count.</summary>
    Int64List,
    /// <summary><c>list[float]</c>: a <c>double</c> array and a count.</summary>
    Float64List,
    /// <summary><c>list[list[float]]</c>: a row-major <c>double</c> array with rows and columns (rectangular only).</summary>
    Float64Matrix,
    /// <summary><c>None</c>: only as a result; the export has no result out-parameter.</summary>
    None,
}
