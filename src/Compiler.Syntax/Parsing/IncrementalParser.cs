using PythonAot.Compiler.Syntax.InternalSyntax;

namespace PythonAot.Compiler.Syntax;

/// <summary>Reparses an edited text against an old tree. (Placeholder: a full reparse until node reuse lands.)</summary>
internal static class IncrementalParser
{
    public static GreenNode Parse(SyntaxTree oldTree, string newText, out IncrementalParseStatistics statistics)
    {
        var green = new Parser(new Lexer(newText, oldTree.Options), oldTree.Options, default).ParseModule();
        statistics = new IncrementalParseStatistics(0, 0);
        return green;
    }
}
