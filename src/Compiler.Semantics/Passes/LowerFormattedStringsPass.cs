using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// f-strings → calls, as CPython's FORMAT_VALUE and BUILD_STRING: each field is converted (<c>!s</c>
/// <c>builtins.str</c>, <c>!r</c> <c>builtins.repr</c>, <c>!a</c> <c>builtins.ascii</c>), then formatted with
/// <c>builtins.format(value, spec)</c> when it has a spec or is not a str (<c>builtins.format(value)</c> without a
/// spec); the pieces are joined by <c>str.join('', [pieces])</c>, or used as they are when there is one. Nested
/// specs (<c>{x:>{width}}</c>) are lowered first, so a spec is a str expression. Overloads come from
/// <see cref="PassContext.ResolveOverload"/>.
/// </summary>
public sealed class LowerFormattedStringsPass : FunctionPass
{
    /// <inheritdoc/>
    public override string Name => "lower-fstrings";

    /// <inheritdoc/>
    public override string Description => "f-strings become conversion and format calls joined by str.join";

    /// <inheritdoc/>
    public override IReadOnlyCollection<IrNodeKind> RemovedKinds => [IrNodeKind.FormattedString];

    /// <inheritdoc/>
    public override void Run(IrFunction function, PassContext context) => new Rewriter(context).RewriteFunction(function);

    private sealed class Rewriter(PassContext context) : IrRewriter
    {
        protected override IrExpression RewriteFormattedString(IrFormattedString node)
        {
            base.RewriteFormattedString(node);
            var location = node.Location;
            var pieces = new List<IrExpression>();
            foreach (var part in node.Parts)
            {
                if (part.Literal is not null)
                {
                    if (part.Literal.Length > 0) pieces.Add(new IrConstant(part.Literal) { Location = location });
                    continue;
                }
                var value = part.Value!;
                var conversion = part.Conversion switch
                {
                    IrFormatConversion.Str => "builtins.str",
                    IrFormatConversion.Repr => "builtins.repr",
                    IrFormatConversion.Ascii => "builtins.ascii",
                    _ => null,
                };
                if (conversion is not null)
                {
                    if (Call(conversion, [value], location) is not { } converted) return node;
                    value = converted;
                }
                if (part.FormatSpec is not null || value.Type != PyType.Str)
                {
                    IrExpression[] arguments = part.FormatSpec is null ? [value] : [value, part.FormatSpec];
                    if (Call("builtins.format", arguments, location) is not { } formatted) return node;
                    value = formatted;
                }
                pieces.Add(value);
            }
            if (pieces.Count == 0) return new IrConstant("") { Location = location };
            if (pieces.Count == 1) return pieces[0];
            var list = new IrBuild(IrBuildKind.List, new ListType(PyType.Str), pieces) { Location = location };
            return Call("str.join", [new IrConstant("") { Location = location }, list], location) ?? (IrExpression)node;
        }

        private IrCall? Call(string operation, IrExpression[] arguments, IrLocation? location)
        {
            var types = arguments.Select(a => a.Type).ToArray();
            if (context.RequireOverload(operation, types, location) is not { } overload) return null;
            if (IrTypeMatcher.InferResultType(overload, types) is not { } type || type != PyType.Str)
            {
                context.Report(PassDiagnosticSeverity.Error, location, $"{overload} does not return str for ({string.Join(", ", types.Select(t => t.DisplayName))})");
                return null;
            }
            return new IrCall(overload, arguments, type) { Location = location };
        }
    }
}
