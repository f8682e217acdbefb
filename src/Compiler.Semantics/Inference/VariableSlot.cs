using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>
/// The one type of a variable (or field) while inference runs: a declared type, or an inference variable that
/// assignments unify. Assigning None to an unannotated variable does not bind it; it makes the variable Optional
/// (<c>best = None</c> then <c>best = x</c> gives <c>T | None</c>), which is what Python code means by it.
/// </summary>
internal sealed class VariableSlot(Symbol symbol, PyType? declared)
{
    public Symbol Symbol { get; } = symbol;

    /// <summary>The declared type, or the inference variable standing for the non-None part.</summary>
    public PyType Inner { get; } = declared ?? new TypeVariable();

    public bool IsDeclared { get; } = declared is not null;

    /// <summary>Whether None was assigned to an unannotated variable.</summary>
    public bool IsNullable { get; set; }

    /// <summary>The first assignment that fixed the type, for the second location of PA2001.</summary>
    public SyntaxNode? FirstAssignment { get; set; }

    public PyType Type
    {
        get
        {
            if (IsDeclared) return Inner;
            var inner = Inner.Resolve();
            return IsNullable ? inner is TypeVariable && !HasNonNoneAssignment ? PyType.None : PyType.Optional(inner) : inner;
        }
    }

    /// <summary>Whether some assignment gave a non-None value (an only-None variable has type None).</summary>
    public bool HasNonNoneAssignment { get; set; }

    /// <summary>Whether a value that already has a reported error was assigned: its type staying unfixed is a follow-on, not PA2003.</summary>
    public bool HasErrorAssignment { get; set; }
}
