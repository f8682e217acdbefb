namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>How an argument is converted to its parameter's type when an overload is chosen; the IR makes it explicit.</summary>
public enum ArgumentConversion
{
    /// <summary>The argument already has the parameter's type.</summary>
    Identity,
    /// <summary>bool → int (<c>True + 1</c>).</summary>
    BoolToInt,
    /// <summary>int → float (<c>1 + 2.5</c>, <c>math.sqrt(2)</c>): where Python produces a float.</summary>
    IntToFloat,
    /// <summary>bool → float.</summary>
    BoolToFloat,
    /// <summary>T → a union containing T (<c>T | None</c>).</summary>
    ToUnion,
    /// <summary>A value passed to an <c>object</c> parameter (print, repr).</summary>
    ToObject,
    /// <summary>A subclass instance passed where its base class is expected.</summary>
    Upcast,
    /// <summary>An iterable (list, dict, str, range, generator, ...) passed to an <c>Iterator[T]</c> parameter.</summary>
    ToIterator,
    /// <summary>A function or builtin passed to a <c>Callable</c> parameter.</summary>
    ToCallable,
    /// <summary>A fixed-shape tuple whose items have one type (<c>tuple[str, str]</c>) passed to a <c>tuple[T, ...]</c> parameter.</summary>
    ToVariadicTuple,
}
