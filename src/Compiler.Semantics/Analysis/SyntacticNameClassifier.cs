using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>
/// An approximate <see cref="INameClassifier"/> read from one file's syntax, for use where no binder is available
/// (tests, quick checks). It ignores scopes: a name means the same thing everywhere in the file.
/// <list type="bullet">
/// <item>Module: bound by an <c>import</c> statement anywhere in the file (<c>import a.b</c> binds <c>a</c> to
/// module <c>a</c>; <c>import a.b as x</c> binds <c>x</c> to <c>a.b</c>). Names from <c>from m import x</c> are
/// not modules here, since the syntax cannot tell a submodule from a function or a class.</item>
/// <item>Class / Function: a <c>class</c> or <c>def</c> statement directly at module level.</item>
/// <item>Builtin: a name of the builtins module that the file never binds (assigns, defines, imports, takes as a parameter...).</item>
/// <item>Variable: everything else.</item>
/// </list>
/// </summary>
public sealed class SyntacticNameClassifier : INameClassifier
{
    private readonly Dictionary<string, string> _modules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _functions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bound = new(StringComparer.Ordinal);

    /// <summary>Reads the names that <paramref name="tree"/> binds.</summary>
    public SyntacticNameClassifier(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var root = tree.GetRoot();
        foreach (var statement in root.Statements)
        {
            if (statement is ClassDefinitionSyntax classDefinition) _classes.Add(classDefinition.Name.Text);
            else if (statement is FunctionDefinitionSyntax function) _functions.Add(function.Name.Text);
        }
        foreach (var node in root.DescendantNodes())
            CollectBindings(node);
    }

    /// <inheritdoc/>
    public NameKind Classify(NameExpressionSyntax name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Identifier.Text;
        if (_modules.ContainsKey(text)) return NameKind.Module;
        if (_classes.Contains(text)) return NameKind.Class;
        if (_functions.Contains(text)) return NameKind.Function;
        if (!_bound.Contains(text) && Binding.PythonBuiltins.Contains(text)) return NameKind.Builtin;
        return NameKind.Variable;
    }

    /// <inheritdoc/>
    public string? ModuleNameOf(NameExpressionSyntax name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _modules.GetValueOrDefault(name.Identifier.Text);
    }

    private void CollectBindings(SyntaxNode node)
    {
        switch (node)
        {
            case ImportStatementSyntax import:
                foreach (var alias in import.Names)
                {
                    if (AnalysisSyntaxFacts.GetText(alias.Name) is not { } moduleName) continue;
                    if (alias.Alias.IsPresent())
                        AddModule(alias.Alias.Text, moduleName);
                    else
                        AddModule(alias.Name.Names[0].Identifier.Text, alias.Name.Names[0].Identifier.Text);
                }
                break;
            case FromImportStatementSyntax fromImport:
                foreach (var alias in fromImport.Names)
                {
                    if (alias.Alias.IsPresent()) _bound.Add(alias.Alias.Text);
                    else if (alias.Name.Names.Count > 0) _bound.Add(alias.Name.Names[0].Identifier.Text);
                }
                break;
            case AssignmentTargetSyntax target: AddTarget(target.Target); break;
            case AugmentedAssignmentStatementSyntax augmented: AddTarget(augmented.Target); break;
            case AnnotatedAssignmentStatementSyntax annotated: AddTarget(annotated.Target); break;
            case DeleteStatementSyntax delete:
                foreach (var target in delete.Targets) AddTarget(target);
                break;
            case ForStatementSyntax forStatement: AddTarget(forStatement.Target); break;
            case ComprehensionForClauseSyntax forClause: AddTarget(forClause.Target); break;
            case WithItemSyntax { Target: { } withTarget }: AddTarget(withTarget); break;
            case AssignmentExpressionSyntax walrus: _bound.Add(walrus.Name.Identifier.Text); break;
            case FunctionDefinitionSyntax function: _bound.Add(function.Name.Text); break;
            case ClassDefinitionSyntax classDefinition: _bound.Add(classDefinition.Name.Text); break;
            case ParameterSyntax parameter when parameter.Name.IsPresent(): _bound.Add(parameter.Name.Text); break;
            case ExceptClauseSyntax exceptClause when exceptClause.Name.IsPresent(): _bound.Add(exceptClause.Name.Text); break;
            case CapturePatternSyntax capture: _bound.Add(capture.Name.Text); break;
            case StarPatternSyntax star: _bound.Add(star.Name.Text); break;
            case AsPatternSyntax asPattern: _bound.Add(asPattern.Name.Text); break;
            case DoubleStarPatternEntrySyntax doubleStar: _bound.Add(doubleStar.Name.Text); break;
        }
    }

    private void AddModule(string boundName, string moduleName)
    {
        // The first import of a name wins: `import a.b` after `import a` still binds `a` to module a.
        _modules.TryAdd(boundName, moduleName);
        _bound.Add(boundName);
    }

    private void AddTarget(ExpressionSyntax target)
    {
        foreach (var stored in AnalysisSyntaxFacts.GetStoredExpressions(target))
        {
            if (stored is NameExpressionSyntax name) _bound.Add(name.Identifier.Text);
        }
    }
}
