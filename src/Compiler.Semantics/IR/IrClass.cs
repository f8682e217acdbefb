using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>A class of the module: its symbol, the fields it declares and its methods.</summary>
public sealed class IrClass
{
    /// <summary>Creates a class; fields default to the symbol's fields.</summary>
    public IrClass(ClassSymbol symbol)
    {
        Symbol = symbol;
        Fields.AddRange(symbol.Fields);
    }

    /// <summary>The class symbol (base class, builtin flag, dataclass flag).</summary>
    public ClassSymbol Symbol { get; }

    /// <summary>The class name.</summary>
    public string Name => Symbol.Name;

    /// <summary>Fields declared by this class (not inherited ones), in layout order.</summary>
    public List<FieldSymbol> Fields { get; } = [];

    /// <summary>The methods (<c>self</c> is their first parameter).</summary>
    public List<IrFunction> Methods { get; } = [];
}
