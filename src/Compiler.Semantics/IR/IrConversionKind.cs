namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The implicit conversions made explicit in the IR.</summary>
public enum IrConversionKind
{
    /// <summary>int to float (an int argument to a float parameter); exact below 2**53, rounded to nearest beyond.</summary>
    IntToFloat,
    /// <summary>bool to int (True is 1).</summary>
    BoolToInt,
    /// <summary>bool to float (True is 1.0).</summary>
    BoolToFloat,
    /// <summary>T to T | None (or to a wider union containing T).</summary>
    WrapOptional,
    /// <summary>A union to one member after a test (<c>x is not None</c>, isinstance), or a base class to a subclass after isinstance; unchecked.</summary>
    Narrow,
    /// <summary>Any value to object (boxing).</summary>
    ToObject,
    /// <summary>A subclass instance to a base class.</summary>
    Upcast,
    /// <summary>A generator to Iterator[T] (the same one-pass object, seen through the iterator protocol).</summary>
    ToIterator,
    /// <summary>Any iterable to Iterable[T] (the same object: a list stays re-iterable, a generator stays one-pass).</summary>
    ToIterable,
}
