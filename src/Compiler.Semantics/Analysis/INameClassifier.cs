using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>
/// Tells the <see cref="UntranslatableConstructChecker"/> what a name refers to. The binder implements it
/// with real scopes; <see cref="SyntacticNameClassifier"/> approximates it from the syntax alone.
/// </summary>
public interface INameClassifier
{
    /// <summary>What <paramref name="name"/> refers to where it appears.</summary>
    NameKind Classify(NameExpressionSyntax name);

    /// <summary>
    /// The full name of the module that <paramref name="name"/> refers to when <see cref="Classify"/> says
    /// <see cref="NameKind.Module"/> (<c>"numpy"</c> for <c>np</c> after <c>import numpy as np</c>); otherwise null.
    /// </summary>
    string? ModuleNameOf(NameExpressionSyntax name);
}
