using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Analysis;

/// <summary>One walk of <see cref="UntranslatableConstructChecker"/> over one file; collects its diagnostics.</summary>
internal sealed class UntranslatableConstructWalker : SyntaxWalker
{
    private static readonly HashSet<string> s_typingModules = new(StringComparer.Ordinal) { "typing", "typing_extensions" };

    // Methods that see every attribute access by name; `object` has no __getattr__, but a class may define it.
    private static readonly HashSet<string> s_attributeHooks = new(StringComparer.Ordinal)
    {
        "__getattr__", "__getattribute__", "__setattr__", "__delattr__",
    };

    // Calling these on `object` by hand is getattr/setattr/delattr in disguise (frozen dataclasses do it).
    private static readonly HashSet<string> s_objectAttributeMethods = new(StringComparer.Ordinal)
    {
        "__getattribute__", "__setattr__", "__delattr__",
    };

    // Attributes whose assignment swaps the class of an object or the bases of a class.
    private static readonly HashSet<string> s_classChangingAttributes = new(StringComparer.Ordinal) { "__class__", "__bases__" };

    private readonly SyntaxTree _tree;
    private readonly INameClassifier _names;
    private readonly Func<string, bool> _isSupportedModule;
    private readonly HashSet<string> _anyAliases = new(StringComparer.Ordinal);

    public UntranslatableConstructWalker(SyntaxTree tree, INameClassifier names, Func<string, bool> isSupportedModule)
    {
        _tree = tree;
        _names = names;
        _isSupportedModule = isSupportedModule;
        CollectAnyAliases(tree.GetRoot());
    }

    /// <summary>What the walk found, in the order found.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public override void VisitCallExpression(CallExpressionSyntax node)
    {
        CheckCall(node);
        base.VisitCallExpression(node);
    }

    public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        if (node.Name.IsPresent())
        {
            var name = node.Name;
            if (name.Text == "__dict__")
                Report(UntranslatableDiagnosticDescriptors.AttributeDictionary, name.Span);
            else if (name.Text == "Any" && node.Expression is NameExpressionSyntax qualifier && IsTypingModule(qualifier))
                Report(UntranslatableDiagnosticDescriptors.AnyType, node.Span);
        }
        base.VisitMemberAccessExpression(node);
    }

    public override void VisitNameExpression(NameExpressionSyntax node)
    {
        // The names inside an import statement's dotted names are module paths, not uses.
        if (_anyAliases.Contains(node.Identifier.Text) && node.Parent is not DottedNameSyntax)
            Report(UntranslatableDiagnosticDescriptors.AnyType, node.Span);
        base.VisitNameExpression(node);
    }

    public override void VisitClassDefinition(ClassDefinitionSyntax node)
    {
        if (node.Arguments is { } arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (argument.Name.IsPresent())
                {
                    if (argument.Name.Text == "metaclass")
                        Report(UntranslatableDiagnosticDescriptors.Metaclass, argument.Span, node.Name.Text);
                }
                else if (!argument.Prefix.IsPresent() && argument.Expression is NameExpressionSyntax { Identifier.Text: "type" } typeName
                    && _names.Classify(typeName) == NameKind.Builtin)
                {
                    Report(UntranslatableDiagnosticDescriptors.Metaclass, typeName.Span, node.Name.Text);
                }
            }
        }
        base.VisitClassDefinition(node);
    }

    public override void VisitFunctionDefinition(FunctionDefinitionSyntax node)
    {
        if (node.AsyncKeyword.IsPresent())
            Report(UntranslatableDiagnosticDescriptors.Coroutine, node.AsyncKeyword.Span, node.Name.Text);

        var name = node.Name.Text;
        var scope = AnalysisSyntaxFacts.GetEnclosingScope(node);
        // A module-level __getattr__ (PEP 562) is the module's own attribute hook.
        if ((scope is ClassDefinitionSyntax && s_attributeHooks.Contains(name)) || (scope is null && name == "__getattr__"))
            Report(UntranslatableDiagnosticDescriptors.DynamicAttributeHook, node.Name.Span, name);

        base.VisitFunctionDefinition(node);
    }

    public override void VisitParameter(ParameterSyntax node)
    {
        // Lambda parameters cannot be annotated at all; the typing layer deals with them.
        var prefix = node.Prefix;
        var name = node.Name;
        if (prefix.Kind is SyntaxKind.StarToken or SyntaxKind.StarStarToken && name.IsPresent() && node.Annotation is null
            && node.Parent?.Parent is FunctionDefinitionSyntax)
        {
            Report(UntranslatableDiagnosticDescriptors.UnannotatedVariadicParameter, TextSpan.FromBounds(prefix.SpanStart, name.Span.End), prefix.Text + name.Text);
        }
        base.VisitParameter(node);
    }

    public override void VisitImportStatement(ImportStatementSyntax node)
    {
        foreach (var alias in node.Names)
        {
            if (AnalysisSyntaxFacts.GetText(alias.Name) is { } moduleName && !_isSupportedModule(moduleName))
                Report(UntranslatableDiagnosticDescriptors.UnsupportedModule, alias.Name.Span, moduleName);
        }
        base.VisitImportStatement(node);
    }

    public override void VisitFromImportStatement(FromImportStatementSyntax node)
    {
        // A relative import names one of the program's own modules, which are compiled with it.
        var moduleName = AnalysisSyntaxFacts.GetText(node.Module);
        if (node.Dots.Count == 0 && moduleName is not null && !_isSupportedModule(moduleName))
            Report(UntranslatableDiagnosticDescriptors.UnsupportedModule, node.Module!.Span, moduleName);

        if (node.StarToken.IsPresent())
        {
            var star = node.StarToken;
            var dots = string.Concat(node.Dots.Select(d => d.Text));
            Report(UntranslatableDiagnosticDescriptors.StarImport, star.Span, dots + (moduleName ?? ""));
        }
        base.VisitFromImportStatement(node);
    }

    public override void VisitAssignmentStatement(AssignmentStatementSyntax node)
    {
        foreach (var target in node.Targets) CheckStore(target.Target);
        base.VisitAssignmentStatement(node);
    }

    public override void VisitAugmentedAssignmentStatement(AugmentedAssignmentStatementSyntax node)
    {
        CheckStore(node.Target);
        base.VisitAugmentedAssignmentStatement(node);
    }

    public override void VisitAnnotatedAssignmentStatement(AnnotatedAssignmentStatementSyntax node)
    {
        CheckStore(node.Target);
        base.VisitAnnotatedAssignmentStatement(node);
    }

    public override void VisitDeleteStatement(DeleteStatementSyntax node)
    {
        foreach (var target in node.Targets) CheckStore(target);
        base.VisitDeleteStatement(node);
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        CheckStore(node.Target);
        base.VisitForStatement(node);
    }

    public override void VisitComprehensionForClause(ComprehensionForClauseSyntax node)
    {
        CheckStore(node.Target);
        base.VisitComprehensionForClause(node);
    }

    public override void VisitWithItem(WithItemSyntax node)
    {
        if (node.Target is { } target) CheckStore(target);
        base.VisitWithItem(node);
    }

    private void CheckCall(CallExpressionSyntax call)
    {
        var callee = call.Expression;
        if (GetBuiltinName(callee) is { } builtin)
        {
            switch (builtin)
            {
                case "eval" or "exec" or "compile":
                    Report(UntranslatableDiagnosticDescriptors.DynamicCodeExecution, callee.Span, builtin);
                    break;
                case "globals" or "locals" or "vars":
                    Report(UntranslatableDiagnosticDescriptors.NamespaceAsDictionary, callee.Span, builtin);
                    break;
                case "getattr" or "setattr" or "delattr" or "hasattr":
                    CheckAttributeName(call, nameIndex: 1, builtin);
                    break;
                case "type" when IsThreeArgumentType(call.ArgumentList):
                    Report(UntranslatableDiagnosticDescriptors.ClassCreatedAtRunTime, call.Span);
                    break;
                case "__import__":
                    Report(UntranslatableDiagnosticDescriptors.DynamicImport, callee.Span, callee.ToString());
                    break;
            }
            return;
        }

        if (callee is MemberAccessExpressionSyntax member && member.Name.IsPresent() && member.Expression is NameExpressionSyntax qualifier)
        {
            var method = member.Name.Text;
            switch (_names.Classify(qualifier))
            {
                case NameKind.Builtin when qualifier.Identifier.Text == "object" && s_objectAttributeMethods.Contains(method):
                    CheckAttributeName(call, nameIndex: 1, "object." + method);
                    break;
                case NameKind.Module when _names.ModuleNameOf(qualifier) == "importlib" && method is "import_module" or "__import__":
                    Report(UntranslatableDiagnosticDescriptors.DynamicImport, callee.Span, callee.ToString());
                    break;
            }
        }
    }

    /// <summary>The builtin a callee names: a builtin name, or an attribute of the builtins module (<c>builtins.eval</c>).</summary>
    private string? GetBuiltinName(ExpressionSyntax callee) => callee switch
    {
        NameExpressionSyntax name when _names.Classify(name) == NameKind.Builtin => name.Identifier.Text,
        MemberAccessExpressionSyntax { Expression: NameExpressionSyntax qualifier } member
            when member.Name.IsPresent() && _names.Classify(qualifier) == NameKind.Module && _names.ModuleNameOf(qualifier) == "builtins" => member.Name.Text,
        _ => null,
    };

    private static bool IsThreeArgumentType(ArgumentListSyntax arguments)
    {
        var positional = 0;
        foreach (var argument in arguments.Arguments)
        {
            // type(*parts) could be either form; the typing layer reports what it cannot resolve.
            if (argument.Prefix.IsPresent()) return false;
            if (!argument.Name.IsPresent()) positional++;
        }
        return positional == 3;
    }

    /// <summary>PA3003 unless the attribute name argument is a string literal; PA3004 when that literal is "__dict__".</summary>
    private void CheckAttributeName(CallExpressionSyntax call, int nameIndex, string function)
    {
        var arguments = call.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count && i <= nameIndex; i++)
        {
            var argument = arguments[i];
            if (argument.Prefix.IsPresent())
            {
                // `getattr(*pair)`: which argument is the name is only known at run time.
                Report(UntranslatableDiagnosticDescriptors.ComputedAttributeName, argument.Span, function);
                return;
            }
            if (i < nameIndex || argument.Name.IsPresent()) continue;

            if (!AnalysisSyntaxFacts.IsStringLiteral(argument.Expression, out var value))
                Report(UntranslatableDiagnosticDescriptors.ComputedAttributeName, argument.Expression.Span, function);
            else if (value == "__dict__")
                Report(UntranslatableDiagnosticDescriptors.AttributeDictionary, argument.Expression.Span);
        }
    }

    /// <summary>PA3007 and PA3015 for every attribute an assignment, augmented assignment, del or loop target stores to.</summary>
    private void CheckStore(ExpressionSyntax target)
    {
        foreach (var stored in AnalysisSyntaxFacts.GetStoredExpressions(target))
        {
            if (stored is not MemberAccessExpressionSyntax member || !member.Name.IsPresent()) continue;

            if (s_classChangingAttributes.Contains(member.Name.Text))
                Report(UntranslatableDiagnosticDescriptors.ClassChangedAtRunTime, member.Span, member.Name.Text);

            if (member.Expression is not NameExpressionSyntax owner) continue;
            switch (_names.Classify(owner))
            {
                case NameKind.Module:
                    var moduleName = _names.ModuleNameOf(owner) ?? owner.Identifier.Text;
                    Report(UntranslatableDiagnosticDescriptors.ExternalAttributeAssignment, member.Span, member.ToString(), $"module '{moduleName}'");
                    break;
                case NameKind.Class:
                    // `C.x = ...` is outside C's definition even inside C's own methods: only the class body's
                    // own statements (`x = ...`) declare class attributes.
                    Report(UntranslatableDiagnosticDescriptors.ExternalAttributeAssignment, member.Span, member.ToString(), $"class '{owner.Identifier.Text}'");
                    break;
            }
        }
    }

    private bool IsTypingModule(NameExpressionSyntax qualifier) =>
        _names.Classify(qualifier) == NameKind.Module && _names.ModuleNameOf(qualifier) is { } module && s_typingModules.Contains(module);

    /// <summary>The local names of typing.Any: <c>from typing import Any</c>, <c>... import Any as A</c>, or <c>from typing import *</c>.</summary>
    private void CollectAnyAliases(ModuleSyntax root)
    {
        foreach (var fromImport in root.DescendantNodes().OfType<FromImportStatementSyntax>())
        {
            if (fromImport.Dots.Count != 0 || AnalysisSyntaxFacts.GetText(fromImport.Module) is not { } module || !s_typingModules.Contains(module))
                continue;
            if (fromImport.StarToken.IsPresent()) _anyAliases.Add("Any");
            foreach (var alias in fromImport.Names)
            {
                if (AnalysisSyntaxFacts.GetText(alias.Name) != "Any") continue;
                _anyAliases.Add(alias.Alias.IsPresent() ? alias.Alias.Text : "Any");
            }
        }
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, _tree.GetLocation(span), arguments));
}
