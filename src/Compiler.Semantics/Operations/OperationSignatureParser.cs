using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// Reads signatures written as Python stubs, the way typeshed writes them: <c>(self: list[T], item: T, /) -> None</c>,
/// <c>(*objects: object, sep: str = ..., end: str = ...) -> None</c>, <c>(iterable: Iterator[T], /, *, key: Callable[[T], K] = ...) -> list[T]</c>.
/// Names of one capital letter (optionally followed by digits: T, K, V, T1) are type parameters. The text is parsed
/// with the project's own Python parser and the annotations go through <see cref="TypeAnnotationResolver"/>, so library
/// signatures and user annotations mean the same thing; signatures may also name the dict views
/// (<c>dict_keys[K, V]</c>, <c>dict_values[K, V]</c>, <c>dict_items[K, V]</c>), which user annotations cannot.
/// </summary>
public static class OperationSignatureParser
{
    /// <summary>Parses <paramref name="signature"/>; <paramref name="resolveName"/> resolves names other than builtins and type parameters (native types).</summary>
    /// <exception cref="FormatException">The text is not a valid signature.</exception>
    public static OperationSignature Parse(string signature, Func<string, PyType?>? resolveName = null)
    {
        var tree = SyntaxTree.ParseText("def _" + signature.Trim() + ": ...\n");
        if (tree.GetDiagnostics().FirstOrDefault() is { } syntaxError)
            throw new FormatException($"signature '{signature}': {syntaxError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        if (tree.GetRoot() is not ModuleSyntax { Statements: [FunctionDefinitionSyntax def] } || def.Returns is null)
            throw new FormatException($"signature '{signature}' must look like '(a: int, b: int) -> int'");
        var errors = new List<string>();
        var resolver = new TypeAnnotationResolver(
            name => IsTypeParameterName(name) ? new TypeParameter(name) : resolveName?.Invoke(name),
            (node, message) => errors.Add($"{node}: {message}"))
        {
            AllowsDictViews = true,
        };
        var parameters = new List<OperationParameter>();
        var kind = ParameterKind.PositionalOrKeyword;
        foreach (var parameter in def.Parameters.Parameters)
        {
            var prefix = parameter.Prefix.Kind;
            if (prefix == SyntaxKind.SlashToken)
            {
                // Everything so far was positional-only.
                for (var i = 0; i < parameters.Count; i++) parameters[i] = parameters[i] with { Kind = ParameterKind.PositionalOnly };
                continue;
            }
            if (prefix == SyntaxKind.StarToken && parameter.Name.Kind == SyntaxKind.None)
            {
                kind = ParameterKind.KeywordOnly;
                continue;
            }
            var name = parameter.Name;
            if (name.Kind == SyntaxKind.None || parameter.Annotation is null)
                throw new FormatException($"signature '{signature}': every parameter needs a name and a type");
            var type = resolver.Resolve(parameter.Annotation);
            var parameterKind = prefix switch
            {
                SyntaxKind.StarToken => ParameterKind.VarPositional,
                SyntaxKind.StarStarToken => ParameterKind.VarKeyword,
                _ => kind,
            };
            parameters.Add(new OperationParameter(name.ValueText, type, parameterKind, parameter.Default is not null));
            if (parameterKind == ParameterKind.VarPositional) kind = ParameterKind.KeywordOnly;
        }
        var returnType = resolver.Resolve(def.Returns);
        if (errors.Count > 0) throw new FormatException($"signature '{signature}': {string.Join("; ", errors)}");
        return new OperationSignature(parameters, returnType);
    }

    /// <summary>Whether a name in a signature is a type parameter: one capital letter, optionally followed by digits.</summary>
    public static bool IsTypeParameterName(string name) =>
        name.Length >= 1 && char.IsAsciiLetterUpper(name[0]) && name.Skip(1).All(char.IsAsciiDigit);
}
