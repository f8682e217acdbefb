using System.Text;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Binding;

/// <summary>
/// The first pass of CPython's symtable.c over our tree: creates the blocks and records the raw DEF_* facts of
/// every name. The visit order is symtable.c's, not source order, because the order of first occurrence is the
/// order of a block's names (assignment targets before the value, a def's name before its defaults, dict keys
/// before values, keyword arguments after positional ones, a dict comprehension's value before its key...).
/// </summary>
internal sealed class SymbolTableBuilder : SyntaxWalker
{
    private const NameFlags Bound = NameFlags.Assigned | NameFlags.Parameter | NameFlags.Imported;

    private readonly SyntaxTree _tree;
    private readonly bool _futureAnnotations;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<SyntaxNode, Scope> _scopesBySyntax;
    private readonly Dictionary<int, ScopeName> _occurrences;
    private readonly List<Scope> _stack = [];
    private Scope _current;
    private string? _private;

    public SymbolTableBuilder(SyntaxTree tree, ModuleSyntax module, bool futureAnnotations, List<Diagnostic> diagnostics,
        Dictionary<SyntaxNode, Scope> scopesBySyntax, Dictionary<int, ScopeName> occurrences)
    {
        _tree = tree;
        _futureAnnotations = futureAnnotations;
        _diagnostics = diagnostics;
        _scopesBySyntax = scopesBySyntax;
        _occurrences = occurrences;
        _current = new Scope(ScopeKind.Module, "top", module, null, 0);
        Module = _current;
        _stack.Add(_current);
        _scopesBySyntax.Add(module, _current);
    }

    /// <summary>The module block (CPython's st_top, whose symbols are also st_global).</summary>
    public Scope Module { get; }

    public override void VisitModule(ModuleSyntax node)
    {
        foreach (var statement in node.Statements) Visit(statement);
    }

    // ------------------------------------------------------------------ blocks

    private Scope EnterBlock(ScopeKind kind, string name, SyntaxNode syntax, int position, string? comprehension = null, bool annotation = false)
    {
        var scope = new Scope(kind, name, syntax, _current, LineOf(position))
        {
            IsAnnotationBlock = annotation,
            ComprehensionDescription = comprehension,
            IterableExpressionDepth = _current.IterableExpressionDepth,
        };
        // An annotation block is attached to nothing: CPython never analyzes its names.
        if (!annotation)
        {
            _current.AddChild(scope);
            _scopesBySyntax.TryAdd(syntax, scope);
        }
        _stack.Add(scope);
        _current = scope;
        return scope;
    }

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _current = _stack[^1];
    }

    private int LineOf(int position) => _tree.Lines.GetLineIndex(position) + 1;

    // ------------------------------------------------------------------ names

    /// <summary>CPython's identifier: NFKC-normalized when not ASCII.</summary>
    internal static string Identifier(SyntaxToken token)
    {
        var text = token.Text;
        foreach (var c in text)
        {
            if (c >= 0x80) return text.Normalize(NormalizationForm.FormKC);
        }
        return text;
    }

    /// <summary>_Py_Mangle: a private name <c>__x</c> inside class C becomes <c>_C__x</c>.</summary>
    internal static string Mangle(string? privateName, string name)
    {
        if (privateName is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.', StringComparison.Ordinal)) return name;
        var stripped = privateName.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    private NameFlags LookupFlags(string name) => _current.Lookup(Mangle(_private, name))?.Flags ?? NameFlags.None;

    /// <summary>
    /// symtable_add_def: records <paramref name="flag"/> for the name in <paramref name="scope"/> (the current block
    /// unless given), and the syntax that binds or reads it; <paramref name="token"/> is the identifier a later
    /// <see cref="ScopeTree.Resolve(SyntaxToken)"/> asks about.
    /// </summary>
    private ScopeName? AddDef(string name, NameFlags flag, SyntaxNode? node, SyntaxToken token, TextSpan errorSpan, Scope? scope = null)
    {
        scope ??= _current;
        if (name.Length == 0) return null; // a missing identifier of a tree with syntax errors
        var mangled = Mangle(_private, name);
        var symbol = scope.Lookup(mangled);
        if (symbol is not null && (flag & NameFlags.Parameter) != 0 && (symbol.Flags & NameFlags.Parameter) != 0)
        {
            Report(BindingDiagnosticDescriptors.DuplicateArgument, errorSpan, name);
            return symbol;
        }
        var value = (symbol?.Flags ?? NameFlags.None) | flag;
        if (scope.InIterationTarget)
        {
            // An iteration variable: a walrus target of this comprehension may not be rebound by a later loop.
            if ((value & (NameFlags.DeclaredGlobal | NameFlags.DeclaredNonlocal)) != 0)
            {
                Report(BindingDiagnosticDescriptors.InnerLoopRebindsAssignmentExpressionTarget, errorSpan, name);
                return symbol;
            }
            value |= NameFlags.ComprehensionIteration;
        }
        symbol ??= scope.GetOrAdd(mangled);
        symbol.Flags = value;
        if ((flag & NameFlags.DeclaredGlobal) != 0)
        {
            // A global declaration anywhere also records the name in the module's table.
            var global = Module.GetOrAdd(mangled);
            global.Flags |= flag;
        }
        if (node is not null)
        {
            if ((flag & NameFlags.Referenced) != 0) symbol.AddReference(node);
            else if ((flag & Bound) != 0) symbol.AddBinding(node);
        }
        if (token.Kind != SyntaxKind.None && !scope.IsAnnotationBlock) _occurrences[token.SpanStart] = symbol;
        return symbol;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, _tree.GetLocation(span), arguments));

    // ------------------------------------------------------------------ statements

    public override void VisitFunctionDefinition(FunctionDefinitionSyntax node)
    {
        AddDef(Identifier(node.Name), NameFlags.Assigned, node, node.Name, node.Name.Span);
        var parameters = node.Parameters.Parameters;
        VisitDefaults(parameters);
        VisitParameterAnnotations(node, parameters, node.Returns);
        foreach (var decorator in node.Decorators) Visit(decorator.Expression);
        var start = node.AsyncKeyword.Kind != SyntaxKind.None ? node.AsyncKeyword.SpanStart : node.DefKeyword.SpanStart;
        EnterBlock(ScopeKind.Function, Identifier(node.Name), node, start);
        AddParameters(parameters);
        Visit(node.Body);
        ExitBlock();
    }

    public override void VisitClassDefinition(ClassDefinitionSyntax node)
    {
        var name = Identifier(node.Name);
        AddDef(name, NameFlags.Assigned, node, node.Name, node.Name.Span);
        if (node.Arguments is { } arguments) VisitArguments(arguments);
        foreach (var decorator in node.Decorators) Visit(decorator.Expression);
        EnterBlock(ScopeKind.Class, name, node, node.ClassKeyword.SpanStart);
        var saved = _private;
        _private = name;
        Visit(node.Body);
        _private = saved;
        ExitBlock();
    }

    public override void VisitAssignmentStatement(AssignmentStatementSyntax node)
    {
        foreach (var target in node.Targets) VisitTarget(target.Target);
        Visit(node.Value);
    }

    public override void VisitAugmentedAssignmentStatement(AugmentedAssignmentStatementSyntax node)
    {
        VisitTarget(node.Target);
        Visit(node.Value);
    }

    public override void VisitAnnotatedAssignmentStatement(AnnotatedAssignmentStatementSyntax node)
    {
        var simple = node.Target is NameExpressionSyntax;
        if (Unparenthesize(node.Target) is NameExpressionSyntax target)
        {
            var name = Identifier(target.Identifier);
            var current = LookupFlags(name);
            if ((current & (NameFlags.DeclaredGlobal | NameFlags.DeclaredNonlocal)) != 0 && _current != Module && simple)
            {
                Report((current & NameFlags.DeclaredGlobal) != 0 ? BindingDiagnosticDescriptors.AnnotatedGlobal : BindingDiagnosticDescriptors.AnnotatedNonlocal,
                    node.Span, name);
            }
            else if (simple)
            {
                AddDef(name, NameFlags.Annotated | NameFlags.Assigned, target, target.Identifier, target.Span);
            }
            else if (node.Value is not null)
            {
                AddDef(name, NameFlags.Assigned, target, target.Identifier, target.Span);
            }
        }
        else
        {
            Visit(node.Target);
        }
        VisitAnnotation(node.Annotation);
        if (node.Value is not null) Visit(node.Value);
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        VisitTarget(node.Target);
        Visit(node.Iterable);
        Visit(node.Body);
        if (node.ElseClause is not null) Visit(node.ElseClause);
    }

    public override void VisitWithItem(WithItemSyntax node)
    {
        Visit(node.Expression);
        if (node.Target is not null) VisitTarget(node.Target);
    }

    public override void VisitDeleteStatement(DeleteStatementSyntax node)
    {
        foreach (var target in node.Targets) VisitTarget(target);
    }

    public override void VisitTryStatement(TryStatementSyntax node)
    {
        // symtable.c: body, else, handlers, finally.
        Visit(node.Body);
        if (node.ElseClause is not null) Visit(node.ElseClause);
        foreach (var clause in node.ExceptClauses) Visit(clause);
        if (node.FinallyClause is not null) Visit(node.FinallyClause);
    }

    public override void VisitExceptClause(ExceptClauseSyntax node)
    {
        if (node.Type is not null) Visit(node.Type);
        if (node.Name.Kind != SyntaxKind.None) AddDef(Identifier(node.Name), NameFlags.Assigned, node, node.Name, node.Span);
        Visit(node.Body);
    }

    public override void VisitImportStatement(ImportStatementSyntax node)
    {
        foreach (var alias in node.Names)
        {
            // `import a.b.c` binds a; `import a.b as c` binds c.
            var token = alias.AsKeyword.Kind != SyntaxKind.None ? alias.Alias : alias.Name.Names[0].Identifier;
            AddDef(Identifier(token), NameFlags.Imported, alias, token, alias.Span);
        }
    }

    public override void VisitFromImportStatement(FromImportStatementSyntax node)
    {
        if (node.StarToken.Kind != SyntaxKind.None)
        {
            if (_current.Kind != ScopeKind.Module) Report(BindingDiagnosticDescriptors.ImportStarNotAtModuleLevel, node.StarToken.Span);
            return;
        }
        foreach (var alias in node.Names)
        {
            var token = alias.AsKeyword.Kind != SyntaxKind.None ? alias.Alias : alias.Name.Names[0].Identifier;
            AddDef(Identifier(token), NameFlags.Imported, alias, token, alias.Span);
        }
    }

    public override void VisitGlobalStatement(GlobalStatementSyntax node) => VisitDeclaration(node, node.Names, global: true);

    public override void VisitNonlocalStatement(NonlocalStatementSyntax node) => VisitDeclaration(node, node.Names, global: false);

    private void VisitDeclaration(SyntaxNode statement, SeparatedSyntaxList<NameExpressionSyntax> names, bool global)
    {
        foreach (var nameSyntax in names)
        {
            var name = Identifier(nameSyntax.Identifier);
            var current = LookupFlags(name);
            if ((current & (NameFlags.Parameter | NameFlags.Assigned | NameFlags.Referenced | NameFlags.Annotated)) != 0)
            {
                var descriptor = (current & NameFlags.Parameter) != 0
                    ? (global ? BindingDiagnosticDescriptors.ParameterAndGlobal : BindingDiagnosticDescriptors.ParameterAndNonlocal)
                    : (current & NameFlags.Referenced) != 0
                        ? (global ? BindingDiagnosticDescriptors.UsedBeforeGlobal : BindingDiagnosticDescriptors.UsedBeforeNonlocal)
                        : (current & NameFlags.Annotated) != 0
                            ? (global ? BindingDiagnosticDescriptors.AnnotatedGlobal : BindingDiagnosticDescriptors.AnnotatedNonlocal)
                            : (global ? BindingDiagnosticDescriptors.AssignedBeforeGlobal : BindingDiagnosticDescriptors.AssignedBeforeNonlocal);
                Report(descriptor, statement.Span, name);
                continue;
            }
            AddDef(name, global ? NameFlags.DeclaredGlobal : NameFlags.DeclaredNonlocal, null, nameSyntax.Identifier, statement.Span);
            RecordDirective(_current, name, statement.Span);
        }
    }

    private void RecordDirective(Scope scope, string name, TextSpan span) => scope.Directives.TryAdd(Mangle(_private, name), span);

    public override void VisitReturnStatement(ReturnStatementSyntax node)
    {
        if (node.Value is not null) Visit(node.Value);
    }

    public override void VisitMatchStatement(MatchStatementSyntax node)
    {
        Visit(node.Subject);
        foreach (var @case in node.Cases)
        {
            Visit(@case.Pattern);
            if (@case.Guard is not null) Visit(@case.Guard);
            Visit(@case.Body);
        }
    }

    // ------------------------------------------------------------------ patterns

    public override void VisitCapturePattern(CapturePatternSyntax node) => AddCapture(node, node.Name);

    public override void VisitStarPattern(StarPatternSyntax node) => AddCapture(node, node.Name);

    public override void VisitAsPattern(AsPatternSyntax node)
    {
        Visit(node.Pattern);
        AddCapture(node, node.Name);
    }

    public override void VisitMappingPattern(MappingPatternSyntax node)
    {
        // Keys first, then the value patterns, then **rest.
        foreach (var entry in node.Entries)
        {
            if (entry is KeyPatternEntrySyntax key) Visit(key.Key);
        }
        foreach (var entry in node.Entries)
        {
            if (entry is KeyPatternEntrySyntax key) Visit(key.Pattern);
        }
        foreach (var entry in node.Entries)
        {
            if (entry is DoubleStarPatternEntrySyntax rest) AddCapture(rest, rest.Name);
        }
    }

    private void AddCapture(SyntaxNode pattern, SyntaxToken name)
    {
        // `_` is the wildcard: it binds nothing.
        if (name.Kind == SyntaxKind.None || name.Text == "_") return;
        AddDef(Identifier(name), NameFlags.Assigned, pattern, name, pattern.Span);
    }

    // ------------------------------------------------------------------ expressions

    public override void VisitNameExpression(NameExpressionSyntax node)
    {
        var name = Identifier(node.Identifier);
        AddDef(name, NameFlags.Referenced, node, node.Identifier, node.Span);
        // super() reads the implicit __class__ cell.
        if (name == "super" && _current.IsFunctionLike && !_current.IsAnnotationBlock)
            AddDef("__class__", NameFlags.Referenced, null, default, node.Span);
    }

    /// <summary>A store or del target: names bind; attribute and subscript targets only read their parts.</summary>
    private void VisitTarget(ExpressionSyntax target)
    {
        switch (target)
        {
            case NameExpressionSyntax name:
                AddDef(Identifier(name.Identifier), NameFlags.Assigned, name, name.Identifier, name.Span);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                VisitTarget(parenthesized.Expression);
                break;
            case TupleExpressionSyntax tuple:
                foreach (var element in tuple.Elements) VisitTarget(element);
                break;
            case ListExpressionSyntax list:
                foreach (var element in list.Elements) VisitTarget(element);
                break;
            case StarredExpressionSyntax starred:
                VisitTarget(starred.Expression);
                break;
            default:
                Visit(target);
                break;
        }
    }

    private static ExpressionSyntax Unparenthesize(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
        return expression;
    }

    public override void VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        if (_current.IsAnnotationBlock)
        {
            Report(BindingDiagnosticDescriptors.ExpressionInPostponedAnnotation, node.Span, "named expression");
            return;
        }
        if (_current.IterableExpressionDepth > 0)
        {
            Report(BindingDiagnosticDescriptors.AssignmentExpressionInComprehensionIterable, node.Span);
            return;
        }
        if (_current.Kind == ScopeKind.Comprehension && !ExtendAssignmentExpressionScope(node.Name)) return;
        Visit(node.Value);
        VisitTarget(node.Name);
    }

    /// <summary>
    /// symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest enclosing function
    /// (nonlocal in the comprehension) or the module (global in the comprehension); a class body is an error.
    /// </summary>
    private bool ExtendAssignmentExpressionScope(NameExpressionSyntax target)
    {
        var name = Identifier(target.Identifier);
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var scope = _stack[i];
            if (scope.Kind == ScopeKind.Comprehension)
            {
                // symtable.c looks the unmangled name up here.
                if (((scope.Lookup(name)?.Flags ?? NameFlags.None) & NameFlags.ComprehensionIteration) != 0)
                {
                    Report(BindingDiagnosticDescriptors.AssignmentExpressionRebindsIterationVariable, target.Span, name);
                    return false;
                }
                continue;
            }
            if (scope.IsFunctionLike && !scope.IsAnnotationBlock)
            {
                var global = ((scope.Lookup(name)?.Flags ?? NameFlags.None) & NameFlags.DeclaredGlobal) != 0;
                AddDef(name, global ? NameFlags.DeclaredGlobal : NameFlags.DeclaredNonlocal, null, default, target.Span);
                RecordDirective(_current, name, target.Span);
                AddDef(name, NameFlags.Assigned, target, default, target.Span, scope);
                return true;
            }
            if (scope.Kind == ScopeKind.Module)
            {
                AddDef(name, NameFlags.DeclaredGlobal, null, default, target.Span);
                RecordDirective(_current, name, target.Span);
                AddDef(name, NameFlags.DeclaredGlobal, null, default, target.Span, scope)?.AddBinding(target);
                return true;
            }
            if (scope.Kind == ScopeKind.Class)
            {
                Report(BindingDiagnosticDescriptors.AssignmentExpressionInComprehensionInClass, target.Span);
                return false;
            }
        }
        return true;
    }

    public override void VisitLambdaExpression(LambdaExpressionSyntax node)
    {
        var parameters = node.Parameters.Parameters;
        VisitDefaults(parameters);
        EnterBlock(ScopeKind.Lambda, "lambda", node, node.LambdaKeyword.SpanStart);
        AddParameters(parameters);
        Visit(node.Body);
        ExitBlock();
    }

    public override void VisitListComprehension(ListComprehensionSyntax node) =>
        VisitComprehension(node, "listcomp", "list comprehension", node.Clauses, node.Element, null, node.SpanStart);

    public override void VisitSetComprehension(SetComprehensionSyntax node) =>
        VisitComprehension(node, "setcomp", "set comprehension", node.Clauses, node.Element, null, node.SpanStart);

    public override void VisitDictionaryComprehension(DictionaryComprehensionSyntax node) =>
        VisitComprehension(node, "dictcomp", "dict comprehension", node.Clauses, node.Key, node.Value, node.SpanStart);

    public override void VisitGeneratorExpression(GeneratorExpressionSyntax node) =>
        VisitComprehension(node, "genexpr", "generator expression", node.Clauses, node.Element, null, GeneratorStart(node));

    /// <summary>The position CPython gives a generator expression: the sole argument of a call takes the call's parentheses.</summary>
    internal static int GeneratorStart(GeneratorExpressionSyntax node) =>
        node.OpenParen.Kind == SyntaxKind.None && node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } ? list.OpenParen.SpanStart : node.SpanStart;

    private void VisitComprehension(SyntaxNode node, string name, string description, SyntaxList<ComprehensionClauseSyntax> clauses,
        ExpressionSyntax element, ExpressionSyntax? value, int position)
    {
        if (clauses.Count == 0 || clauses[0] is not ComprehensionForClauseSyntax outermost) return;
        // The outermost iterable is evaluated in the enclosing block and passed in as the parameter ".0".
        _current.IterableExpressionDepth++;
        Visit(outermost.Iterable);
        _current.IterableExpressionDepth--;
        var scope = EnterBlock(ScopeKind.Comprehension, name, node, position, description);
        AddDef(".0", NameFlags.Parameter, null, default, default);
        scope.InIterationTarget = true;
        VisitTarget(outermost.Target);
        scope.InIterationTarget = false;
        for (var i = 1; i < clauses.Count; i++)
        {
            if (clauses[i] is ComprehensionForClauseSyntax inner)
            {
                scope.InIterationTarget = true;
                VisitTarget(inner.Target);
                scope.InIterationTarget = false;
                scope.IterableExpressionDepth++;
                Visit(inner.Iterable);
                scope.IterableExpressionDepth--;
            }
            else if (clauses[i] is ComprehensionIfClauseSyntax condition)
            {
                Visit(condition.Condition);
            }
        }
        // A dict comprehension visits its value before its key.
        if (value is not null) Visit(value);
        Visit(element);
        scope.IsGenerator = node is GeneratorExpressionSyntax;
        ExitBlock();
    }

    public override void VisitYieldExpression(YieldExpressionSyntax node)
    {
        if (_current.IsAnnotationBlock)
        {
            Report(BindingDiagnosticDescriptors.ExpressionInPostponedAnnotation, node.Span, "yield expression");
            return;
        }
        if (node.Value is not null) Visit(node.Value);
        _current.IsGenerator = true;
        if (_current.ComprehensionDescription is { } description)
            Report(BindingDiagnosticDescriptors.YieldInsideComprehension, node.Span, description);
    }

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        if (_current.IsAnnotationBlock)
        {
            Report(BindingDiagnosticDescriptors.ExpressionInPostponedAnnotation, node.Span, "await expression");
            return;
        }
        Visit(node.Expression);
    }

    public override void VisitDictionaryExpression(DictionaryExpressionSyntax node)
    {
        // Dict(keys, values): every key, then every value (a `**mapping` is a value without a key).
        foreach (var entry in node.Entries)
        {
            if (entry is KeyValueEntrySyntax keyValue) Visit(keyValue.Key);
        }
        foreach (var entry in node.Entries)
        {
            if (entry is KeyValueEntrySyntax keyValue) Visit(keyValue.Value);
            else if (entry is DictionaryUnpackEntrySyntax unpack) Visit(unpack.Expression);
        }
    }

    public override void VisitCallExpression(CallExpressionSyntax node)
    {
        Visit(node.Expression);
        VisitArguments(node.ArgumentList);
    }

    /// <summary>Call(args, keywords) and ClassDef(bases, keywords): positional and <c>*</c> arguments, then <c>name=</c> and <c>**</c> ones.</summary>
    private void VisitArguments(ArgumentListSyntax list)
    {
        foreach (var argument in list.Arguments)
        {
            if (!IsKeyword(argument)) Visit(argument.Expression);
        }
        foreach (var argument in list.Arguments)
        {
            if (IsKeyword(argument)) Visit(argument.Expression);
        }
    }

    private static bool IsKeyword(ArgumentSyntax argument) =>
        argument.Name.Kind != SyntaxKind.None || argument.Prefix.Kind == SyntaxKind.StarStarToken;

    public override void VisitConditionalExpression(ConditionalExpressionSyntax node)
    {
        Visit(node.Condition);
        Visit(node.WhenTrue);
        Visit(node.WhenFalse);
    }

    // ------------------------------------------------------------------ parameters

    private void VisitDefaults(SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.Default is not null) Visit(parameter.Default);
        }
    }

    /// <summary>symtable_visit_arguments: positional, keyword-only, then *args, then **kwargs.</summary>
    private void AddParameters(SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        var (positional, varArgs, keywordOnly, kwArgs) = Classify(parameters);
        foreach (var parameter in positional.Concat(keywordOnly)) AddParameter(parameter);
        if (varArgs is not null) AddParameter(varArgs);
        if (kwArgs is not null) AddParameter(kwArgs);
    }

    private void AddParameter(ParameterSyntax parameter) =>
        AddDef(Identifier(parameter.Name), NameFlags.Parameter, parameter, parameter.Name, parameter.Name.Span);

    /// <summary>symtable_visit_annotations: positional, *args, **kwargs, keyword-only, then the return annotation.</summary>
    private void VisitParameterAnnotations(SyntaxNode function, SeparatedSyntaxList<ParameterSyntax> parameters, ExpressionSyntax? returns)
    {
        var (positional, varArgs, keywordOnly, kwArgs) = Classify(parameters);
        if (_futureAnnotations) EnterBlock(ScopeKind.Function, "_annotation", function, function.SpanStart, annotation: true);
        foreach (var parameter in positional) VisitIfPresent(parameter.Annotation);
        VisitIfPresent(varArgs?.Annotation);
        VisitIfPresent(kwArgs?.Annotation);
        foreach (var parameter in keywordOnly) VisitIfPresent(parameter.Annotation);
        if (_futureAnnotations) ExitBlock();
        if (returns is not null) VisitAnnotation(returns);
    }

    private void VisitIfPresent(ExpressionSyntax? expression)
    {
        if (expression is not null) Visit(expression);
    }

    /// <summary>symtable_visit_annotation: under <c>from __future__ import annotations</c> in a detached block.</summary>
    private void VisitAnnotation(ExpressionSyntax annotation)
    {
        if (_futureAnnotations) EnterBlock(ScopeKind.Function, "_annotation", annotation, annotation.SpanStart, annotation: true);
        Visit(annotation);
        if (_futureAnnotations) ExitBlock();
    }

    private static (List<ParameterSyntax> Positional, ParameterSyntax? VarArgs, List<ParameterSyntax> KeywordOnly, ParameterSyntax? KwArgs) Classify(
        SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        var positional = new List<ParameterSyntax>();
        var keywordOnly = new List<ParameterSyntax>();
        ParameterSyntax? varArgs = null, kwArgs = null;
        var afterStar = false;
        foreach (var parameter in parameters)
        {
            switch (parameter.Prefix.Kind)
            {
                case SyntaxKind.StarToken:
                    afterStar = true;
                    if (parameter.Name.Kind != SyntaxKind.None) varArgs = parameter;
                    break;
                case SyntaxKind.StarStarToken:
                    kwArgs = parameter;
                    break;
                case SyntaxKind.SlashToken:
                    break;
                default:
                    (afterStar ? keywordOnly : positional).Add(parameter);
                    break;
            }
        }
        return (positional, varArgs, keywordOnly, kwArgs);
    }
}
