using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Syntax.Tests;

public class SmokeTests
{
    [Test]
    public void ParseText_RoundTripsSimpleModule()
    {
        const string text = "x = 1\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.That(tree.GetRoot().ToFullString(), Is.EqualTo(text));
    }
}
