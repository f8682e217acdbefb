namespace PythonAot.Compiler.Semantics.Symbols;

/// <summary>Python's builtin exception classes, with CPython's hierarchy (the part programs raise and catch).</summary>
public static class BuiltinClasses
{
    private static readonly Dictionary<string, ClassSymbol> s_classes = Build();

    /// <summary>All builtin classes by name.</summary>
    public static IReadOnlyDictionary<string, ClassSymbol> All => s_classes;

    /// <summary>BaseException, the root of the hierarchy.</summary>
    public static ClassSymbol BaseException => s_classes["BaseException"];

    /// <summary>The builtin class named <paramref name="name"/>, or null.</summary>
    public static ClassSymbol? Get(string name) => s_classes.GetValueOrDefault(name);

    private static Dictionary<string, ClassSymbol> Build()
    {
        var classes = new Dictionary<string, ClassSymbol>(StringComparer.Ordinal);
        void Add(string name, string? baseName) => classes[name] = new ClassSymbol(name, baseName is null ? null : classes[baseName], null, isBuiltin: true);
        Add("BaseException", null);
        Add("SystemExit", "BaseException");
        Add("KeyboardInterrupt", "BaseException");
        Add("GeneratorExit", "BaseException");
        Add("Exception", "BaseException");
        Add("StopIteration", "Exception");
        Add("ArithmeticError", "Exception");
        Add("OverflowError", "ArithmeticError");
        Add("ZeroDivisionError", "ArithmeticError");
        Add("FloatingPointError", "ArithmeticError");
        Add("AssertionError", "Exception");
        Add("AttributeError", "Exception");
        Add("LookupError", "Exception");
        Add("IndexError", "LookupError");
        Add("KeyError", "LookupError");
        Add("NameError", "Exception");
        Add("UnboundLocalError", "NameError");
        Add("RuntimeError", "Exception");
        Add("NotImplementedError", "RuntimeError");
        Add("RecursionError", "RuntimeError");
        Add("TypeError", "Exception");
        Add("ValueError", "Exception");
        Add("UnicodeError", "ValueError");
        Add("OSError", "Exception");
        Add("FileNotFoundError", "OSError");
        Add("MemoryError", "Exception");
        return classes;
    }
}
