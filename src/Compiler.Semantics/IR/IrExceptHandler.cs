using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary><c>except (A, B) as name: body</c>; no exception classes means a bare <c>except:</c>.</summary>
public sealed class IrExceptHandler(IEnumerable<ClassSymbol> exceptionClasses, IrVariable? variable, IrBlock body) : IrNode
{
    /// <summary>The classes caught (an instance of a subclass matches); empty for a bare except.</summary>
    public List<ClassSymbol> ExceptionClasses { get; } = exceptionClasses.ToList();

    /// <summary>The variable bound to the exception, if any (its type is the class or the union of the classes).</summary>
    public IrVariable? Variable { get; set; } = variable;

    /// <summary>The handler body.</summary>
    public IrBlock Body { get; set; } = body;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.ExceptHandler;
}
