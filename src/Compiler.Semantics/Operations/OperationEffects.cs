namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>What an operation does besides computing its result; passes use it (folding, dead code removal, reordering).</summary>
[Flags]
public enum OperationEffects
{
    /// <summary>No effect: the result depends only on the arguments (may still raise).</summary>
    Pure = 0,
    /// <summary>Mutates the argument named by <see cref="OperationOverload.MutatedParameter"/> (<c>list.append</c> mutates its receiver).</summary>
    MutatesArgument = 1,
    /// <summary>Does input or output (<c>print</c>, <c>input</c>).</summary>
    InputOutput = 2,
    /// <summary>Calls a function argument (<c>sorted(key=...)</c>, <c>map</c>): its effects are the callee's.</summary>
    CallsArgument = 4,
    /// <summary>The result differs between runs for equal arguments (<c>hash</c> of str, <c>id</c>).</summary>
    Nondeterministic = 8,
}
