using Microsoft.CodeAnalysis;

#pragma warning disable RS2008 // release tracking is for analyzers; these descriptors are the compiler's own diagnostics

namespace PythonAot.Compiler.Semantics.Diagnostics;

/// <summary>PA1xxx — Binding errors: what CPython's symbol table rejects (global/nonlocal misuse and the like). Each id has a page in docs/diagnostics.md.</summary>
public static class BindingDiagnosticDescriptors
{
    private const string Category = "Binding";

    /// <summary>PA1001: a parameter is also declared global.</summary>
    public static readonly DiagnosticDescriptor ParameterAndGlobal =
        SemanticDiagnosticFactory.Error("PA1001", Category, "parameter declared global", "name '{0}' is parameter and global");

    /// <summary>PA1002: a parameter is also declared nonlocal.</summary>
    public static readonly DiagnosticDescriptor ParameterAndNonlocal =
        SemanticDiagnosticFactory.Error("PA1002", Category, "parameter declared nonlocal", "name '{0}' is parameter and nonlocal");

    /// <summary>PA1003: a name is bound before its global declaration.</summary>
    public static readonly DiagnosticDescriptor AssignedBeforeGlobal =
        SemanticDiagnosticFactory.Error("PA1003", Category, "assigned before global declaration", "name '{0}' is assigned to before global declaration");

    /// <summary>PA1004: a name is bound before its nonlocal declaration.</summary>
    public static readonly DiagnosticDescriptor AssignedBeforeNonlocal =
        SemanticDiagnosticFactory.Error("PA1004", Category, "assigned before nonlocal declaration", "name '{0}' is assigned to before nonlocal declaration");

    /// <summary>PA1005: a name is read before its global declaration.</summary>
    public static readonly DiagnosticDescriptor UsedBeforeGlobal =
        SemanticDiagnosticFactory.Error("PA1005", Category, "used before global declaration", "name '{0}' is used prior to global declaration");

    /// <summary>PA1006: a name is read before its nonlocal declaration.</summary>
    public static readonly DiagnosticDescriptor UsedBeforeNonlocal =
        SemanticDiagnosticFactory.Error("PA1006", Category, "used before nonlocal declaration", "name '{0}' is used prior to nonlocal declaration");

    /// <summary>PA1007: an annotated name is declared global (or annotated after the declaration).</summary>
    public static readonly DiagnosticDescriptor AnnotatedGlobal =
        SemanticDiagnosticFactory.Error("PA1007", Category, "annotated name declared global", "annotated name '{0}' can't be global");

    /// <summary>PA1008: an annotated name is declared nonlocal (or annotated after the declaration).</summary>
    public static readonly DiagnosticDescriptor AnnotatedNonlocal =
        SemanticDiagnosticFactory.Error("PA1008", Category, "annotated name declared nonlocal", "annotated name '{0}' can't be nonlocal");

    /// <summary>PA1009: one name declared both nonlocal and global in a block.</summary>
    public static readonly DiagnosticDescriptor NonlocalAndGlobal =
        SemanticDiagnosticFactory.Error("PA1009", Category, "name both nonlocal and global", "name '{0}' is nonlocal and global");

    /// <summary>PA1010: a nonlocal statement at module level.</summary>
    public static readonly DiagnosticDescriptor NonlocalAtModuleLevel =
        SemanticDiagnosticFactory.Error("PA1010", Category, "nonlocal at module level", "nonlocal declaration not allowed at module level");

    /// <summary>PA1011: a nonlocal name that no enclosing function binds.</summary>
    public static readonly DiagnosticDescriptor NoBindingForNonlocal =
        SemanticDiagnosticFactory.Error("PA1011", Category, "no binding for nonlocal", "no binding for nonlocal '{0}' found");

    /// <summary>PA1012: two parameters of one function or lambda have the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateArgument =
        SemanticDiagnosticFactory.Error("PA1012", Category, "duplicate argument", "duplicate argument '{0}' in function definition");

    /// <summary>PA1013: <c>from m import *</c> outside module level.</summary>
    public static readonly DiagnosticDescriptor ImportStarNotAtModuleLevel =
        SemanticDiagnosticFactory.Error("PA1013", Category, "import * outside module level", "import * only allowed at module level");

    /// <summary>PA1014: a walrus in a comprehension's iterable expression.</summary>
    public static readonly DiagnosticDescriptor AssignmentExpressionInComprehensionIterable =
        SemanticDiagnosticFactory.Error("PA1014", Category, "walrus in comprehension iterable", "assignment expression cannot be used in a comprehension iterable expression");

    /// <summary>PA1015: a walrus in a comprehension directly in a class body.</summary>
    public static readonly DiagnosticDescriptor AssignmentExpressionInComprehensionInClass =
        SemanticDiagnosticFactory.Error("PA1015", Category, "walrus in comprehension in class body", "assignment expression within a comprehension cannot be used in a class body");

    /// <summary>PA1016: a walrus that rebinds a comprehension iteration variable.</summary>
    public static readonly DiagnosticDescriptor AssignmentExpressionRebindsIterationVariable =
        SemanticDiagnosticFactory.Error("PA1016", Category, "walrus rebinds iteration variable", "assignment expression cannot rebind comprehension iteration variable '{0}'");

    /// <summary>PA1017: an inner comprehension loop that rebinds a walrus target.</summary>
    public static readonly DiagnosticDescriptor InnerLoopRebindsAssignmentExpressionTarget =
        SemanticDiagnosticFactory.Error("PA1017", Category, "inner loop rebinds walrus target", "comprehension inner loop cannot rebind assignment expression target '{0}'");

    /// <summary>PA1018: <c>yield</c> or <c>yield from</c> inside a comprehension or generator expression.</summary>
    public static readonly DiagnosticDescriptor YieldInsideComprehension =
        SemanticDiagnosticFactory.Error("PA1018", Category, "yield inside comprehension", "'yield' inside {0}");

    /// <summary>PA1019: a walrus, <c>yield</c> or <c>await</c> in an annotation postponed by <c>from __future__ import annotations</c>.</summary>
    public static readonly DiagnosticDescriptor ExpressionInPostponedAnnotation =
        SemanticDiagnosticFactory.Error("PA1019", Category, "expression not allowed in annotation", "'{0}' can not be used within an annotation");

    /// <summary>PA1020: <c>from __future__ import</c> of a feature CPython 3.11 does not have.</summary>
    public static readonly DiagnosticDescriptor UndefinedFutureFeature =
        SemanticDiagnosticFactory.Error("PA1020", Category, "undefined future feature", "future feature {0} is not defined");

    /// <summary>PA1021: a future statement after other statements.</summary>
    public static readonly DiagnosticDescriptor LateFutureImport =
        SemanticDiagnosticFactory.Error("PA1021", Category, "late future import", "from __future__ imports must occur at the beginning of the file");

    /// <summary>PA1022: <c>from __future__ import braces</c>.</summary>
    public static readonly DiagnosticDescriptor FutureBraces =
        SemanticDiagnosticFactory.Error("PA1022", Category, "future braces", "not a chance");
}
