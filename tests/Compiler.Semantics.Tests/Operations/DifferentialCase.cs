using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>
/// A call written so that it is valid Python and names our operation: <c>operator.add(i, f)</c>,
/// <c>builtins.sorted(ls, key=len)</c>, <c>str.split(u, ch)</c>, <c>math.pi</c>. Arguments are sample variable
/// names (the oracle defines their values) or builtins passed as values.
/// </summary>
internal sealed record DifferentialCase(string Expression, string Operation, IReadOnlyList<(string? Keyword, string Variable)> Arguments)
{
    /// <summary>The type PythonAot gives each sample variable of <see cref="CPythonOracle"/>.</summary>
    public static PyType TypeOf(string variable) => variable switch
    {
        "i" or "j" or "one" or "zero" or "big" or "neg" or "huge" => PyType.Int,
        "f" or "g" or "fz" => PyType.Float,
        "b" or "c" => PyType.Bool,
        "s" or "t" or "u" or "sp" or "ka" or "ch" or "empty" or "num" or "fmt" => PyType.Str,
        "li" or "lj" or "le" => new ListType(PyType.Int),
        "lf" => new ListType(PyType.Float),
        "ls" => new ListType(PyType.Str),
        "lb" => new ListType(PyType.Bool),
        "lli" => new ListType(new ListType(PyType.Int)),
        "ti" or "tj" => TupleType.Variadic(PyType.Int),
        "ts" => new TupleType([PyType.Str, PyType.Str]),
        "pair" => new TupleType([PyType.Int, PyType.Str]),
        "kv" => new TupleType([PyType.Str, PyType.Int]),
        "d" or "e" => new DictType(PyType.Str, PyType.Int),
        "pairs" => new ListType(new TupleType([PyType.Str, PyType.Int])),
        "dk" or "ek" => new DictKeysType(PyType.Str, PyType.Int),
        "dv" => new DictValuesType(PyType.Str, PyType.Int),
        "di" or "ei" => new DictItemsType(PyType.Str, PyType.Int),
        "si" or "sj" => new SetType(PyType.Int),
        "r" => PyType.Range,
        "sl" => PyType.Slice,
        "n" => PyType.None,
        "bs" => PyType.Bytes,
        "it" => new IteratorType(PyType.Int),
        "itf" => new IteratorType(PyType.Float),
        _ => Resolution.Library.GetOperation("builtins." + variable) is { } builtin
            ? new OperationType(builtin)
            : throw new ArgumentException($"unknown sample variable '{variable}'"),
    };

    /// <summary>Parses <c>name(arg, kw=arg)</c> or a bare <c>module.constant</c>.</summary>
    public static DifferentialCase Parse(string expression)
    {
        var open = expression.IndexOf('(');
        if (open < 0) return new DifferentialCase(expression, expression, []);
        var name = expression[..open];
        var inner = expression[(open + 1)..^1].Trim();
        var arguments = inner.Length == 0
            ? []
            : inner.Split(',').Select(a => a.Trim()).Select(a => a.Contains('=') ? ((string?)a[..a.IndexOf('=')], a[(a.IndexOf('=') + 1)..]) : (null, a)).ToList();
        return new DifferentialCase(expression, name, arguments);
    }

    /// <summary>
    /// Resolves the call as the compiler would. An in-place operator (<c>operator.iadd</c>) that has no overload for
    /// the operands falls back to the plain operator, as Python does for immutable types.
    /// </summary>
    public OverloadResolutionResult Resolve()
    {
        var callArguments = Arguments.Select(a => new CallArgument(TypeOf(a.Variable), a.Keyword)).ToArray();
        var operation = Resolution.Library.GetOperation(Operation);
        var result = operation is null ? OverloadResolutionResult.NoMatch : Resolution.CreateResolver().Resolve(operation, callArguments);
        if (!result.IsResolved && InPlaceOperators.Contains(Operation))
        {
            var plainName = Operation["operator.i".Length..];
            if (plainName is "and" or "or") plainName += "_";
            var plain = Resolution.Library.GetOperation("operator." + plainName) ?? throw new InvalidOperationException(Operation);
            result = Resolution.CreateResolver().Resolve(plain, callArguments);
        }
        return result;
    }

    /// <summary>The in-place operators of Python's operator module.</summary>
    public static IReadOnlySet<string> InPlaceOperators { get; } = new HashSet<string>(
        "iadd isub imul imatmul itruediv ifloordiv imod ipow ilshift irshift iand ior ixor".Split(' ').Select(n => "operator." + n));
}
