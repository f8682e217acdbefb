using System.Text;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// C++ identifiers for Python names. Python names are kept; a name that is a C++ keyword or that would clash with
/// what the runtime or the emitted code defines gets a trailing underscore (<c>new</c> → <c>new_</c>). The names
/// are a stable contract: the C ABI writer calls <see cref="Function(IrFunction)"/> to reach an exported function.
/// </summary>
public static class CppNames
{
    /// <summary>C++20 keywords and alternative tokens, plus names the emitted code must keep for itself.</summary>
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch", "char",
        "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr", "constinit",
        "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
        "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
        "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return", "short", "signed",
        "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw",
        "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
        "wchar_t", "while", "xor", "xor_eq", "final", "override", "import", "module",
        // Names of the emitted code and the C library that a Python name must not shadow.
        "pyaot", "std", "main", "module_init", "argc", "argv", "errno", "assert", "NULL", "EOF", "stdin", "stdout", "stderr",
        // Members of pyaot::Instance / RefCounted that a field or method would hide or override by accident.
        "type_name", "module_name", "repr", "str", "eq", "hash", "truth", "lt", "le", "gt", "ge", "len", "iter",
        "add_ref", "release", "refcount", "self_ref",
    };

    /// <summary>
    /// The macros of the C and C++ headers the runtime includes (INT64_MAX, SIGSEGV, NAN, EOF, offsetof...): the
    /// preprocessor would replace a Python name equal to one before the compiler sees it. The list is generated
    /// from g++'s `-dM -E` over pyaot/runtime.hpp (tests/Compiler.Native.Tests/Emit/RuntimeMacroNamesTests.cs keeps
    /// it complete).
    /// </summary>
    internal static IReadOnlySet<string> RuntimeMacros { get; } = LoadRuntimeMacros();

    private static HashSet<string> LoadRuntimeMacros()
    {
        using var stream = typeof(CppNames).Assembly.GetManifestResourceStream("RuntimeMacroNames.txt")
            ?? throw new InvalidOperationException("the RuntimeMacroNames.txt resource is missing from PythonAot.Compiler.Emit");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) names.Add(line);
        return names;
    }

    private static bool IsReserved(string name) => s_reserved.Contains(name) || RuntimeMacros.Contains(name);

    /// <summary>The C++ namespace of a module: <c>pym_</c> + the module name (<c>pym_prompt_builder</c>).</summary>
    public static string Namespace(string moduleName) => "pym_" + Sanitize(moduleName);

    /// <summary>The identifier for a Python name: kept, with <c>_</c> appended when it is reserved in C++ or by the emitter.</summary>
    public static string Identifier(string pythonName)
    {
        var name = Sanitize(pythonName);
        return IsReserved(name) ? name + "_" : name;
    }

    /// <summary>
    /// The C++ name of a function instance inside its namespace (or class, for a method): the qualified Python
    /// name with <c>__</c> for the dots, plus the instance's argument types when it is one of several instances
    /// (<c>square__int</c>, <c>make_counter__step</c>, <c>lambda__tuple_str_int__2</c>).
    /// </summary>
    public static string FunctionMember(IrFunction function)
    {
        var isMethod = function.Symbol?.ContainingClass is not null;
        var baseName = isMethod ? function.Name : function.QualifiedName;
        if (function.Symbol is null && function.QualifiedName != "<module>") baseName = function.QualifiedName;
        var name = Sanitize(baseName);
        if (function.InstanceSuffix.Length > 0) name += "__" + Sanitize(function.InstanceSuffix);
        return IsReserved(name) ? name + "_" : name;
    }

    /// <summary>The qualified C++ name of a module-level function: <c>pym_prompt_builder::embed_prompts</c>.</summary>
    public static string Function(IrModule module, IrFunction function) => Namespace(module.Name) + "::" + FunctionMember(function);

    /// <summary>The qualified C++ name of a module-level function, its module found through its symbol.</summary>
    public static string Function(IrFunction function)
    {
        Symbol? symbol = function.Symbol;
        while (symbol is not null and not ModuleSymbol) symbol = symbol.ContainingSymbol;
        if (symbol is not ModuleSymbol module) throw new ArgumentException($"{function.InstanceName} has no module symbol; use Function(IrModule, IrFunction)", nameof(function));
        return Namespace(module.Name) + "::" + FunctionMember(function);
    }

    /// <summary>The C++ name of a user class (<c>Point</c>) or a builtin exception class (<c>pyaot::ValueError</c>).</summary>
    public static string Class(ClassSymbol symbol) => symbol.IsBuiltin ? "pyaot::" + symbol.Name : Identifier(symbol.Name);

    /// <summary>The C++ name of a field.</summary>
    public static string Field(FieldSymbol field) => Identifier(field.Name);

    /// <summary>
    /// Turns any Python-side name (<c>&lt;module&gt;.&lt;genexpr-1&gt;</c>, <c>[tuple[str, int]]#2</c>) into an identifier:
    /// letters, digits and underscores kept, a dot or bracket becomes <c>__</c>, other punctuation <c>_</c> or nothing.
    /// </summary>
    internal static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') text.Append(c);
            else if (c is '.' or '[' or '#') text.Append("__");
            else if (c is ',' or '-' or '|') text.Append('_');
            else if (c > 127) text.Append('u').Append(((int)c).ToString("x4"));
            // '<', '>', ']', ' ' and the rest are dropped: they only decorate synthesized names.
        }
        var result = text.ToString();
        // Synthesized names (`<lambda>`) lose their brackets; a Python name like `_` or `__x` keeps its underscores.
        if (result.Trim('_').Length > 0 && !char.IsAsciiLetterOrDigit(name[0]) && name[0] != '_') result = result.Trim('_');
        if (result.Length == 0) result = "anonymous";
        if (char.IsAsciiDigit(result[0])) result = "n" + result;
        // Collapse runs of underscores longer than two: `lambda____int` reads worse than `lambda__int`.
        while (result.Contains("___", StringComparison.Ordinal)) result = result.Replace("___", "__", StringComparison.Ordinal);
        return result;
    }
}
