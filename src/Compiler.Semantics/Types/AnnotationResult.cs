namespace PythonAot.Compiler.Semantics.Types;

/// <summary>What an annotation says: a type (null for a bare <c>Final</c>, whose type is inferred) and whether it is Final.</summary>
public readonly record struct AnnotationResult(PyType? Type, bool IsFinal);
