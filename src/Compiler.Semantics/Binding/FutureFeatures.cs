using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// CPython's future.c, which the symbol table runs first: finds the <c>from __future__ import</c> statements at the
/// top of a module (after an optional docstring) and rejects unknown features and late future statements.
/// </summary>
internal static class FutureFeatures
{
    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    /// <summary>Checks the future statements of <paramref name="module"/>; returns whether <c>annotations</c> is imported.</summary>
    public static bool Check(SyntaxTree tree, ModuleSyntax module, List<Diagnostic> diagnostics)
    {
        var annotations = false;
        var statements = Flatten(module).ToList();
        var i = statements.Count > 0 && IsDocstring(statements[0]) ? 1 : 0;
        var done = false;
        var previousLine = 0;
        for (; i < statements.Count; i++)
        {
            var statement = statements[i];
            var line = tree.Lines.GetLineIndex(statement.SpanStart) + 1;
            // After the first other statement, only statements on the same line (after `;`) are still checked.
            if (done && line > previousLine) break;
            previousLine = line;
            if (statement is FromImportStatementSyntax { Module: { } moduleName } fromImport && DottedName(moduleName) == "__future__")
            {
                if (done)
                {
                    diagnostics.Add(Diagnostic.Create(BindingDiagnosticDescriptors.LateFutureImport, statement.GetLocation()));
                    break;
                }
                if (fromImport.StarToken.Kind != SyntaxKind.None)
                {
                    diagnostics.Add(Diagnostic.Create(BindingDiagnosticDescriptors.UndefinedFutureFeature, statement.GetLocation(), "*"));
                    break;
                }
                foreach (var alias in fromImport.Names)
                {
                    var feature = DottedName(alias.Name);
                    if (feature == "annotations") annotations = true;
                    if (s_known.Contains(feature)) continue;
                    diagnostics.Add(feature == "braces"
                        ? Diagnostic.Create(BindingDiagnosticDescriptors.FutureBraces, statement.GetLocation())
                        : Diagnostic.Create(BindingDiagnosticDescriptors.UndefinedFutureFeature, statement.GetLocation(), feature));
                    return annotations;
                }
            }
            else
            {
                done = true;
            }
        }
        return annotations;
    }

    /// <summary>The module's statements as CPython's Module.body: each simple statement of a line on its own.</summary>
    private static IEnumerable<SyntaxNode> Flatten(ModuleSyntax module)
    {
        foreach (var statement in module.Statements)
        {
            if (statement is SimpleStatementLineSyntax line)
            {
                foreach (var simple in line.Statements) yield return simple;
            }
            else
            {
                yield return statement;
            }
        }
    }

    /// <summary>_PyAST_GetDocString: an expression statement that is one str constant (no f-string, no bytes).</summary>
    private static bool IsDocstring(SyntaxNode statement) =>
        statement is ExpressionStatementSyntax { Expression: StringExpressionSyntax text }
        && text.Parts.All(part => part is StringLiteralPartSyntax literal && !IsBytes(literal.Token.Text));

    private static bool IsBytes(string token)
    {
        foreach (var c in token)
        {
            if (c is '\'' or '"') return false;
            if (c is 'b' or 'B') return true;
        }
        return false;
    }

    internal static string DottedName(DottedNameSyntax name) => string.Join('.', name.Names.Select(n => SymbolTableBuilder.Identifier(n.Identifier)));
}
