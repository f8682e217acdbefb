namespace PythonAot.Compiler.Emit.Abi;

/// <summary>One parameter of an export: its Python name and its ABI type (which gives the Python type).</summary>
public sealed record AbiParameter(string Name, AbiType Type)
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        // the out-parameters of every export
        "result", "error",
        // C and C++ keywords a Python name can be
        "alignas", "alignof", "asm", "auto", "bool", "char", "char8_t", "char16_t", "char32_t", "concept", "const", "consteval",
        "constexpr", "constinit", "const_cast", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
        "dynamic_cast", "enum", "explicit", "export", "extern", "float", "friend", "goto", "inline", "int", "long", "mutable",
        "namespace", "new", "noexcept", "operator", "private", "protected", "public", "register", "reinterpret_cast", "requires",
        "restrict", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
        "thread_local", "throw", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
        "wchar_t", "case", "catch", "class", "continue", "break", "else", "for", "if", "return", "try", "while",
    };

    /// <summary>The base of its C parameter names: the Python name, with <c>_</c> appended when that is a C or C++ keyword or <c>result</c>/<c>error</c>.</summary>
    public string CName => s_reserved.Contains(Name) ? Name + "_" : Name;

    /// <summary>The C parameter slots it expands to (<c>const char* task, int64_t task_len</c>).</summary>
    public IReadOnlyList<(string CType, string Name)> Slots => Type.ParameterSlots(CName);
}
