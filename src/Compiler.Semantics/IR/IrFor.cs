namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A for loop. A <see cref="IrForKind.Range"/> loop counts a single int target from <see cref="Start"/> to
/// <see cref="Stop"/> by <see cref="Step"/> (each evaluated once, before the loop; the increment never overflows:
/// the loop ends before the counter passes <see cref="Stop"/>). The other kinds take the elements of
/// <see cref="Iterable"/>. The else block runs when the loop ends without break.
/// </summary>
public sealed class IrFor : IrStatement
{
    /// <summary>Creates a sequence or iterator loop.</summary>
    public IrFor(IrForKind forKind, IrTarget target, IrExpression iterable, IrBlock body, IrBlock? @else = null)
    {
        if (forKind == IrForKind.Range) throw new ArgumentException("a range loop is made by IrFor.CreateRange", nameof(forKind));
        ForKind = forKind;
        Target = target;
        Iterable = iterable;
        Body = body;
        Else = @else ?? new IrBlock();
    }

    private IrFor(IrTarget target, IrExpression start, IrExpression stop, IrExpression step, IrBlock body, IrBlock? @else)
    {
        ForKind = IrForKind.Range;
        Target = target;
        Start = start;
        Stop = stop;
        Step = step;
        Body = body;
        Else = @else ?? new IrBlock();
    }

    /// <summary>Creates <c>for variable in range(start, stop, step)</c>.</summary>
    public static IrFor CreateRange(IrVariable variable, IrExpression start, IrExpression stop, IrExpression step, IrBlock body, IrBlock? @else = null) =>
        new(IrTarget.ForVariable(variable), start, stop, step, body, @else);

    /// <summary>Range, sequence or iterator.</summary>
    public IrForKind ForKind { get; }

    /// <summary>What each element is bound to.</summary>
    public IrTarget Target { get; set; }

    /// <summary>The iterated value (null for a range loop).</summary>
    public IrExpression? Iterable { get; set; }

    /// <summary>The first value of a range loop.</summary>
    public IrExpression? Start { get; set; }

    /// <summary>The bound of a range loop (excluded).</summary>
    public IrExpression? Stop { get; set; }

    /// <summary>The step of a range loop (the runtime raises ValueError when it is 0).</summary>
    public IrExpression? Step { get; set; }

    /// <summary>The loop body.</summary>
    public IrBlock Body { get; set; }

    /// <summary>Runs when the loop ends without break; empty when absent.</summary>
    public IrBlock Else { get; set; }

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.For;
}
