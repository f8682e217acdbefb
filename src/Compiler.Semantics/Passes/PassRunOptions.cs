using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>How <see cref="PassManager.Run"/> runs a pipeline.</summary>
public sealed class PassRunOptions
{
    /// <summary>Run the verifier on the input and after every pass, throwing <see cref="IR.IrVerificationException"/> on the first failure (on by default: the check is cheap).</summary>
    public bool VerifyAfterEachPass { get; init; } = true;

    /// <summary>Stop after the pass or point of this name (<c>pyaot ir --after PASS</c>); null runs the whole pipeline.</summary>
    public string? StopAfter { get; init; }

    /// <summary>The op library lookup handed to passes (<see cref="PassContext.ResolveOverload"/>).</summary>
    public Func<string, IReadOnlyList<PyType>, OperationOverload?>? ResolveOverload { get; init; }

    /// <summary>The builtin class lookup handed to passes (<see cref="PassContext.ResolveClass"/>).</summary>
    public Func<string, ClassSymbol?>? ResolveClass { get; init; }

    /// <summary>
    /// Options whose lookups go to <paramref name="library"/> (overloads resolved exactly as type inference resolves
    /// them) and to the builtin exception classes.
    /// </summary>
    public static PassRunOptions ForLibrary(OperationLibrary library, string? stopAfter = null) => new()
    {
        StopAfter = stopAfter,
        ResolveOverload = (name, types) =>
        {
            if (library.GetOperation(name) is not { } operation) return null;
            var result = new OverloadResolver(new TypeUnifier()).Resolve(operation, types.Select(t => new CallArgument(t)).ToArray());
            return result.IsResolved ? result.Overload : null;
        },
        ResolveClass = BuiltinClasses.Get,
    };
}
