using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>One argument of a call being resolved: its type and, for a keyword argument, the keyword.</summary>
public readonly record struct CallArgument(PyType Type, string? Keyword = null);
