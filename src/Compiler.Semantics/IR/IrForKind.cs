namespace PythonAot.Compiler.Semantics.IR;

/// <summary>How an <see cref="IrFor"/> iterates.</summary>
public enum IrForKind
{
    /// <summary><c>for i in range(start, stop, step)</c>: a counted loop over int; no range object exists.</summary>
    Range,
    /// <summary>Over a list, tuple, str or bytes by index (the length is read before each step, as CPython's iterator does).</summary>
    Sequence,
    /// <summary>Through the iterator protocol (dict, set, iterator, generator, user iterables).</summary>
    Iterator,
}
