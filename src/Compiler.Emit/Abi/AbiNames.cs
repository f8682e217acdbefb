using System.Text;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>The C names of the ABI: the shared struct typedefs and the per-library symbol prefix.</summary>
public static class AbiNames
{
    /// <summary><c>typedef struct { const char* data; int64_t len; } pyaot_str;</c></summary>
    public const string StrStruct = "pyaot_str";
    /// <summary><c>typedef struct { pyaot_str* items; int64_t len; } pyaot_str_list;</c></summary>
    public const string StrListStruct = "pyaot_str_list";
    /// <summary><c>typedef struct { int64_t* data; int64_t len; } pyaot_int64_list;</c></summary>
    public const string Int64ListStruct = "pyaot_int64_list";
    /// <summary><c>typedef struct { double* data; int64_t len; } pyaot_float64_list;</c></summary>
    public const string Float64ListStruct = "pyaot_float64_list";
    /// <summary><c>typedef struct { double* data; int64_t rows; int64_t cols; } pyaot_float64_matrix;</c></summary>
    public const string Float64MatrixStruct = "pyaot_float64_matrix";
    /// <summary><c>typedef struct { pyaot_str type; pyaot_str message; } pyaot_error;</c></summary>
    public const string ErrorStruct = "pyaot_error";

    /// <summary>The status an export returns: the call succeeded and the result out-parameter is set.</summary>
    public const int StatusOk = 0;
    /// <summary>The status an export returns: the Python code raised; the error out-parameter holds its type and message.</summary>
    public const int StatusPythonException = 1;
    /// <summary>The status an export returns: an argument was invalid (malformed UTF-8, a negative length, a null pointer with a length).</summary>
    public const int StatusInvalidArgument = 2;

    /// <summary>
    /// The prefix of every symbol of a module's library: the module name with every character that cannot be part
    /// of a C identifier replaced by <c>_</c> (and a leading <c>_</c> when it starts with a digit).
    /// </summary>
    public static string SymbolPrefix(string moduleName)
    {
        ArgumentNullException.ThrowIfNull(moduleName);
        var builder = new StringBuilder(moduleName.Length + 1);
        foreach (var c in moduleName) builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' ? c : '_');
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    /// <summary>The file name of the shared library of <paramref name="moduleName"/> on this platform (<c>libprompt_builder.so</c>).</summary>
    public static string LibraryFileName(string moduleName) =>
        OperatingSystem.IsWindows() ? moduleName + ".dll" : OperatingSystem.IsMacOS() ? "lib" + moduleName + ".dylib" : "lib" + moduleName + ".so";
}
