using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// A call of one resolved overload of an elementary operation (<c>operator.add(str, str) -> str</c>). Arguments
/// are bound positionally to the signature's parameters, extra ones to a <c>*args</c> parameter; an argument with
/// a name in <see cref="KeywordNames"/> binds to the parameter of that name. Omitted optional parameters take
/// their defaults in the backend. <see cref="Type"/> is the signature's result with its type parameters
/// substituted.
/// </summary>
public sealed class IrCall : IrExpression
{
    /// <summary>Creates a call; <paramref name="type"/> may be omitted for a non-generic overload.</summary>
    public IrCall(OperationOverload overload, IEnumerable<IrExpression> arguments, PyType? type = null, IEnumerable<string?>? keywordNames = null)
    {
        Overload = overload;
        Arguments.AddRange(arguments);
        if (keywordNames is not null) KeywordNames.AddRange(keywordNames);
        if (type is null && overload.Signature.IsGeneric)
            throw new ArgumentException($"{overload}: a call of a generic overload states its result type", nameof(type));
        ResultType = type ?? overload.Signature.ReturnType;
    }

    /// <summary>The overload called.</summary>
    public OperationOverload Overload { get; set; }

    /// <summary>The arguments in order.</summary>
    public List<IrExpression> Arguments { get; } = [];

    /// <summary>
    /// Parallel to <see cref="Arguments"/> when some are passed by keyword (null for a positional one); empty when
    /// all are positional.
    /// </summary>
    public List<string?> KeywordNames { get; } = [];

    /// <summary>The checks the backend emits.</summary>
    public IrCheck Checks { get; set; }

    /// <summary>The result type (settable: a pass that retypes a call, as constant folding does not, keeps it resolved).</summary>
    public PyType ResultType { get; set; }

    /// <inheritdoc/>
    public override PyType Type => ResultType;

    /// <summary>The keyword name of argument <paramref name="index"/>, or null when it is positional.</summary>
    public string? GetKeywordName(int index) => index < KeywordNames.Count ? KeywordNames[index] : null;

    /// <inheritdoc/>
    public override IrNodeKind NodeKind => IrNodeKind.Call;
}
