using System.Text;

namespace PythonAot.Compiler.Syntax;

/// <summary>
/// Prints an <see cref="AstNode"/> exactly as CPython 3.11's <c>ast.dump(node, include_attributes=True)</c>
/// (single-line form): <c>Type(field=value, ..., lineno=.., col_offset=.., end_lineno=.., end_col_offset=..)</c>;
/// an optional field whose value is None is left out, empty lists print as <c>[]</c>, scalars use Python's repr.
/// </summary>
internal static class AstDumper
{
    public static string Dump(AstNode node, bool includeAttributes)
    {
        var builder = new StringBuilder(4096);
        Write(builder, node, includeAttributes);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, bool includeAttributes)
    {
        switch (value)
        {
            case AstNode node:
            {
                builder.Append(node.TypeName).Append('(');
                var first = true;
                foreach (var field in node.Fields)
                {
                    if (field.Value is null && field.IsOptional) continue;
                    if (!first) builder.Append(", ");
                    first = false;
                    builder.Append(field.Name).Append('=');
                    Write(builder, field.Value, includeAttributes);
                }
                if (includeAttributes && node.Location is { } location)
                {
                    if (!first) builder.Append(", ");
                    builder.Append("lineno=").Append(location.Lineno)
                        .Append(", col_offset=").Append(location.ColOffset)
                        .Append(", end_lineno=").Append(location.EndLineno)
                        .Append(", end_col_offset=").Append(location.EndColOffset);
                }
                builder.Append(')');
                break;
            }
            case IReadOnlyList<object?> list:
            {
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    Write(builder, list[i], includeAttributes);
                }
                builder.Append(']');
                break;
            }
            default:
                builder.Append(PythonRepr.Of(value));
                break;
        }
    }
}
