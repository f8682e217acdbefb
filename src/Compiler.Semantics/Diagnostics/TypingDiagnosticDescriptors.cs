using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA2xxx — Typing errors: a value whose one native type cannot be determined. Each id has a page in docs/diagnostics.md.</summary>
public static class TypingDiagnosticDescriptors
{
    private const string Category = "Typing";

    private static DiagnosticDescriptor Error(string id, string title, string format) => SemanticDiagnosticFactory.Error(id, Category, title, format);

    /// <summary>PA2001: one variable is assigned values of two types (the additional location is the first assignment).</summary>
    public static readonly DiagnosticDescriptor IncompatibleAssignments = Error("PA2001", "Variable given incompatible types", "variable '{0}' is given types that cannot be unified: {1} (line {2}) and {3} (line {4})");

    /// <summary>PA2002: a list, set, dict or tuple-iterated container whose elements have different types.</summary>
    public static readonly DiagnosticDescriptor HeterogeneousContainer = Error("PA2002", "Heterogeneous container", "{0} elements have different types: {1} and {2}; a native container holds one element type");

    /// <summary>PA2003: a variable or expression whose type nothing fixes.</summary>
    public static readonly DiagnosticDescriptor CannotInferType = Error("PA2003", "Type cannot be inferred", "cannot determine the type of '{0}': nothing in the program fixes it; add an annotation");

    /// <summary>PA2004: no overload of an operation accepts the argument types.</summary>
    public static readonly DiagnosticDescriptor NoMatchingOverload = Error("PA2004", "No matching overload", "{0}");

    /// <summary>PA2005: a parameter of an exported (public, top-level) function that no annotation and no call types.</summary>
    public static readonly DiagnosticDescriptor UntypedExportParameter = Error("PA2005", "Untyped parameter of an exported function", "parameter '{0}' of exported function '{1}' has no annotation and no call gives it a type; annotate it");

    /// <summary>PA2006: a recursive function whose return type is never fixed by a non-recursive return.</summary>
    public static readonly DiagnosticDescriptor RecursiveReturnTypeNeverFixed = Error("PA2006", "Recursive return type never fixed", "the return type of recursive function '{0}' is never fixed; add a return annotation");

    /// <summary>PA2007: an argument whose type does not fit the called function's parameter.</summary>
    public static readonly DiagnosticDescriptor ArgumentTypeMismatch = Error("PA2007", "Argument type mismatch", "argument '{0}' of '{1}' is {2}, but the parameter is {3}");

    /// <summary>PA2008: an annotation that does not name a type PythonAot knows.</summary>
    public static readonly DiagnosticDescriptor InvalidAnnotation = Error("PA2008", "Invalid type annotation", "{0}");

    /// <summary>PA2009: an attribute a value of that type does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = Error("PA2009", "Unknown attribute", "'{0}' object has no attribute '{1}'");

    /// <summary>PA2010: a call of a value that is not callable.</summary>
    public static readonly DiagnosticDescriptor NotCallable = Error("PA2010", "Not callable", "'{0}' object is not callable");

    /// <summary>PA2011: a construct the compiler does not translate yet.</summary>
    public static readonly DiagnosticDescriptor NotSupported = Error("PA2011", "Not supported", "{0} is not supported");

    /// <summary>PA2012: an int literal outside the 64-bit range.</summary>
    public static readonly DiagnosticDescriptor IntegerLiteralTooLarge = Error("PA2012", "Integer literal too large", "the integer literal {0} does not fit in a 64-bit int");

    /// <summary>PA2013: a returned value whose type differs from the return annotation.</summary>
    public static readonly DiagnosticDescriptor ReturnTypeMismatch = Error("PA2013", "Return type mismatch", "'{0}' returns {1}, but its annotation says {2}");

    /// <summary>PA2014: a name bound nowhere (not a local, global, import or builtin).</summary>
    public static readonly DiagnosticDescriptor UndefinedName = Error("PA2014", "Undefined name", "name '{0}' is not defined");

    /// <summary>PA2015: a call with the wrong number of arguments or an unknown keyword.</summary>
    public static readonly DiagnosticDescriptor WrongArguments = Error("PA2015", "Wrong arguments", "{0}");

    /// <summary>PA2016: an operation whose operand types are never fixed.</summary>
    public static readonly DiagnosticDescriptor OperandTypesNeverFixed = Error("PA2016", "Operand types never fixed", "cannot determine the operand types of {0}: nothing in the program fixes them; add an annotation");

    /// <summary>PA2017: a name imported from a module of the program that does not define it.</summary>
    public static readonly DiagnosticDescriptor CannotImportName = Error("PA2017", "Cannot import name", "cannot import name '{0}' from '{1}'");

    /// <summary>PA2018: a method that overrides a base method with a different signature.</summary>
    public static readonly DiagnosticDescriptor IncompatibleOverride = Error("PA2018", "Incompatible override", "method '{0}' overrides '{1}' with an incompatible signature: {2} vs {3}");

    /// <summary>PA2019: a for loop or unpacking over a value that is not iterable.</summary>
    public static readonly DiagnosticDescriptor NotIterable = Error("PA2019", "Not iterable", "'{0}' object is not iterable");

    /// <summary>PA2020: tuple unpacking with a different number of targets than values.</summary>
    public static readonly DiagnosticDescriptor UnpackCountMismatch = Error("PA2020", "Unpacking count mismatch", "cannot unpack {0} values into {1} targets");

    /// <summary>PA2021: a value assigned to an annotated variable, field or parameter of another type.</summary>
    public static readonly DiagnosticDescriptor AssignmentTypeMismatch = Error("PA2021", "Assigned value of another type", "'{0}' is declared {1}, but is given {2}{3}");
}
