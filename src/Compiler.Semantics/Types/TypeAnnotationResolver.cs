using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// Turns an annotation expression into a <see cref="PyType"/>: builtin generics (<c>list[int]</c>), the typing forms
/// (<c>List[int]</c>, <c>Optional[str]</c>, <c>Union[int, str]</c>, <c>Callable[[int], str]</c>, <c>Iterator[T]</c>,
/// <c>Generator[Y, S, R]</c>, <c>Final[int]</c>), <c>X | None</c>, string annotations, and names the caller resolves
/// (user classes, type parameters of op signatures). Errors go to <paramref name="reportError"/> and give <see cref="PyType.Error"/>.
/// </summary>
public sealed class TypeAnnotationResolver(Func<string, PyType?> resolveName, Action<SyntaxNode, string> reportError)
{
    /// <summary>
    /// Whether <c>dict_keys[K, V]</c>, <c>dict_values[K, V]</c> and <c>dict_items[K, V]</c> name the dict view types.
    /// Only the op library's signatures set it: those names are no builtins in Python (an annotation naming one fails
    /// wherever CPython evaluates it), so a user annotation gets the unknown-type diagnostic, as typing's
    /// KeysView/ValuesView/ItemsView do.
    /// </summary>
    public bool AllowsDictViews { get; init; }

    /// <summary>Resolves an annotation, allowing a top-level <c>Final</c> / <c>Final[T]</c>.</summary>
    public AnnotationResult ResolveAnnotation(ExpressionSyntax annotation)
    {
        var (name, arguments) = Decompose(annotation);
        if (name == "Final")
        {
            if (arguments is null) return new AnnotationResult(null, IsFinal: true);
            return new AnnotationResult(arguments.Count == 1 ? Resolve(arguments[0]) : Fail(annotation, "Final takes exactly one type"), IsFinal: true);
        }
        return new AnnotationResult(Resolve(annotation), IsFinal: false);
    }

    /// <summary>Resolves a type expression.</summary>
    public PyType Resolve(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Resolve(parenthesized.Expression);
            case LiteralExpressionSyntax { Token.Kind: SyntaxKind.NoneKeyword }:
                return PyType.None;
            case StringExpressionSyntax str when str.Parts.Count == 1 && str.Parts[0] is StringLiteralPartSyntax part:
                return ResolveString(str, part);
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.BarToken } union:
                return UnionType.Create([Resolve(union.Left), Resolve(union.Right)]);
        }
        var (name, arguments) = Decompose(expression);
        if (name is null) return Fail(expression, $"'{expression}' is not a type");
        return arguments is null ? ResolveBareName(expression, name) : ResolveGeneric(expression, name, arguments);
    }

    private PyType ResolveBareName(ExpressionSyntax expression, string name)
    {
        switch (name)
        {
            case "int": return PyType.Int;
            case "float": return PyType.Float;
            case "bool": return PyType.Bool;
            case "str": return PyType.Str;
            case "bytes": return PyType.Bytes;
            case "object": return PyType.Object;
            case "None" or "NoneType": return PyType.None;
            case "Tensor": return PyType.Tensor;
            case "range": return PyType.Range;
            case "list" or "List" or "dict" or "Dict" or "set" or "Set" or "tuple" or "Tuple" or "Optional" or "Callable"
                or "Iterator" or "Iterable" or "Generator" or "Sequence" or "Mapping" or "Union":
                return Fail(expression, $"'{name}' needs type arguments: write {name}[...] with the element types");
            case "Any":
                return Fail(expression, "'Any' gives no type to translate; name the concrete type");
        }
        return resolveName(name) ?? Fail(expression, $"unknown type '{name}'");
    }

    private PyType ResolveGeneric(ExpressionSyntax expression, string name, IReadOnlyList<ExpressionSyntax> arguments)
    {
        PyType One() => arguments.Count == 1 ? Resolve(arguments[0]) : Fail(expression, $"{name}[...] takes one type argument");
        switch (name)
        {
            case "list" or "List" or "Sequence" or "MutableSequence":
                return new ListType(One());
            case "set" or "Set" or "AbstractSet" or "MutableSet":
                return new SetType(One());
            case "Iterator":
                return new IteratorType(One());
            case "Iterable":
                return new IterableType(One());
            case "dict" or "Dict" or "Mapping" or "MutableMapping":
                return arguments.Count == 2 ? new DictType(Resolve(arguments[0]), Resolve(arguments[1])) : Fail(expression, $"{name}[...] takes a key and a value type");
            case DictKeysType.Name or DictValuesType.Name or DictItemsType.Name when AllowsDictViews:
                return arguments.Count == 2 ? DictViewType.Create(name, Resolve(arguments[0]), Resolve(arguments[1])) : Fail(expression, $"{name}[...] takes the dict's key and value types");
            case "Optional":
                return PyType.Optional(One());
            case "Union":
                return UnionType.Create(arguments.Select(Resolve));
            case "tuple" or "Tuple":
                if (arguments.Count == 2 && arguments[1] is LiteralExpressionSyntax { Token.Kind: SyntaxKind.DotDotDotToken })
                    return TupleType.Variadic(Resolve(arguments[0]));
                if (arguments.Count == 1 && arguments[0] is TupleExpressionSyntax { Elements.Count: 0 })
                    return new TupleType([]);
                return new TupleType(arguments.Select(Resolve).ToArray());
            case "Generator":
                return arguments.Count == 3 ? new GeneratorType(Resolve(arguments[0]), Resolve(arguments[1]), Resolve(arguments[2])) : Fail(expression, "Generator[...] takes three types: yield, send and return");
            case "Callable":
                if (arguments.Count == 2 && arguments[0] is ListExpressionSyntax parameters)
                    return new CallableType(parameters.Elements.Select(Resolve).ToArray(), Resolve(arguments[1]));
                return Fail(expression, "Callable needs a parameter list and a return type: Callable[[int, str], bool]");
            case "Final":
                return Fail(expression, "Final is only allowed as the outermost annotation of a variable");
            case "type" or "Type" when arguments.Count == 1 && Resolve(arguments[0]) is ClassType classType:
                return new ClassObjectType(classType.Class);
        }
        return Fail(expression, $"'{name}' is not a generic type PythonAot knows");
    }

    private PyType ResolveString(StringExpressionSyntax str, StringLiteralPartSyntax part)
    {
        var text = PythonLiterals.GetStringValue(part.Token);
        var tree = SyntaxTree.ParseText(text);
        if (tree.GetDiagnostics().Any() || tree.GetRoot() is not ModuleSyntax { Statements: [SimpleStatementLineSyntax { Statements: [ExpressionStatementSyntax statement] }] })
            return Fail(str, $"the string annotation '{text}' is not a type expression");
        // Errors inside the string are reported at the string literal: the inner tree has no place in the file.
        var inner = new TypeAnnotationResolver(resolveName, (_, message) => reportError(str, message)) { AllowsDictViews = AllowsDictViews };
        return inner.Resolve(statement.Expression);
    }

    /// <summary>Splits <c>typing.List[int]</c> into ("List", [int]); a bare name gives null arguments.</summary>
    private static (string? Name, IReadOnlyList<ExpressionSyntax>? Arguments) Decompose(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NameExpressionSyntax simpleName:
                return (simpleName.Identifier.ValueText, null);
            case MemberAccessExpressionSyntax member:
                // typing.List, t.Optional, torch.Tensor: the module prefix does not change the type.
                return (member.Name.ValueText, null);
            case SubscriptExpressionSyntax subscript:
                var (genericName, _) = Decompose(subscript.Expression);
                IReadOnlyList<ExpressionSyntax> arguments = subscript.Slices.Count == 1 && subscript.Slices[0] is TupleExpressionSyntax { OpenParen.Kind: SyntaxKind.None } tuple && tuple.Elements.Count > 0
                    ? tuple.Elements.ToList()
                    : subscript.Slices.ToList();
                return (genericName, arguments);
            default:
                return (null, null);
        }
    }

    private PyType Fail(SyntaxNode node, string message)
    {
        reportError(node, message);
        return PyType.Error;
    }
}
