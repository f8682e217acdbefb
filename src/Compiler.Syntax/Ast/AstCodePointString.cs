namespace PythonAot.Compiler.Syntax;

/// <summary>
/// A str constant that holds surrogate code points (from escapes such as <c>"\ud800"</c> or
/// <c>"\ud83d\ude00"</c>), which a .NET string cannot tell apart from a surrogate pair. Str constants without
/// surrogate code points are plain <see cref="string"/> values.
/// </summary>
public sealed class AstCodePointString
{
    /// <summary>Creates the value from its code points.</summary>
    public AstCodePointString(IReadOnlyList<int> codePoints) => CodePoints = codePoints;

    /// <summary>The code points, as Python sees them.</summary>
    public IReadOnlyList<int> CodePoints { get; }

    /// <summary>The UTF-16 text (surrogate code points become single UTF-16 units).</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder(CodePoints.Count);
        foreach (var cp in CodePoints)
        {
            if (cp < 0x10000) builder.Append((char)cp);
            else builder.Append(char.ConvertFromUtf32(cp));
        }
        return builder.ToString();
    }
}
