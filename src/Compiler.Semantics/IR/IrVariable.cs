using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A variable of the IR: one native type for its whole life. Variables are compared by reference: two variables
/// with the same name (a shadowing comprehension variable, two instances of a function) are distinct.
/// </summary>
public sealed class IrVariable
{
    /// <summary>Creates a variable.</summary>
    public IrVariable(string name, PyType type, IrVariableKind kind, Symbol? symbol = null)
    {
        Name = name;
        Type = type;
        Kind = kind;
        Symbol = symbol;
    }

    /// <summary>The name as printed (<c>$3</c> for temporaries).</summary>
    public string Name { get; set; }

    /// <summary>The variable's type (fully resolved once the IR is built).</summary>
    public PyType Type { get; set; }

    /// <summary>Parameter, local, global, captured or temporary.</summary>
    public IrVariableKind Kind { get; set; }

    /// <summary>The symbol the variable comes from (variable or parameter symbol), or null for a temporary.</summary>
    public Symbol? Symbol { get; set; }

    /// <summary><c>name: type</c>.</summary>
    public override string ToString() => $"{Name}: {Type.DisplayName}";
}
