namespace PythonAot.Compiler.Semantics.IR;

/// <summary>The runtime checks a backend must emit around a call (placed by the check passes).</summary>
[Flags]
public enum IrCheck
{
    /// <summary>No check: proven unnecessary, or not placed yet.</summary>
    None = 0,
    /// <summary>Raise OverflowError when the int64 result overflows.</summary>
    OverflowCheck = 1,
    /// <summary>Raise IndexError when the index is outside the sequence (negative indexes count from the end).</summary>
    BoundsCheck = 2,
    /// <summary>Raise ZeroDivisionError when the divisor is zero.</summary>
    ZeroDivisionCheck = 4,
    /// <summary>Raise KeyError when the key is missing.</summary>
    KeyCheck = 8,
}
