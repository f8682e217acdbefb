namespace PythonAot.Compiler.Semantics.Types;

/// <summary>The primitive (non-generic) builtin types.</summary>
public enum PrimitiveTypeKind
{
    /// <summary>int (64-bit).</summary>
    Int,
    /// <summary>float (binary64).</summary>
    Float,
    /// <summary>bool.</summary>
    Bool,
    /// <summary>str.</summary>
    Str,
    /// <summary>bytes.</summary>
    Bytes,
    /// <summary>NoneType.</summary>
    None,
    /// <summary>range.</summary>
    Range,
    /// <summary>slice.</summary>
    Slice,
    /// <summary>object (parameters that accept any value).</summary>
    Object,
    /// <summary>torch.Tensor.</summary>
    Tensor,
}
