using System.Text.Json.Nodes;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>The differential test's matcher must be able to fail.</summary>
public class PythonTypeMatcherTests
{
    [TestCase("\"int\"", "int", true)]
    [TestCase("\"int\"", "float", false)]
    [TestCase("\"bool\"", "int", false)]
    [TestCase("[\"list\", [\"int\", \"int\"]]", "list[int]", true)]
    [TestCase("[\"list\", [\"int\", \"str\"]]", "list[int]", false)]
    [TestCase("[\"list\", []]", "list[str]", true)]
    [TestCase("[\"tuple\", [\"int\", \"str\"]]", "tuple[int, str]", true)]
    [TestCase("[\"tuple\", [\"int\", \"int\"]]", "tuple[int, ...]", true)]
    [TestCase("[\"tuple\", [\"int\"]]", "tuple[int, int]", false)]
    [TestCase("[\"iter\", [[\"tuple\", [\"int\", \"str\"]]]]", "Iterator[tuple[int, str]]", true)]
    [TestCase("[\"dict\", [[\"str\", \"int\"]]]", "dict[str, int]", true)]
    [TestCase("[\"dict\", [[\"str\", \"int\"]]]", "dict[int, str]", false)]
    [TestCase("\"None\"", "int | None", true)]
    [TestCase("[\"set\", [\"int\"]]", "list[int]", false)]
    public void Matches(string description, string type, bool expected)
    {
        var resolver = new TypeAnnotationResolver(_ => null, (_, message) => throw new InvalidOperationException(message));
        var tree = Syntax.SyntaxTree.ParseText(type + "\n");
        var expression = ((Syntax.ExpressionStatementSyntax)((Syntax.SimpleStatementLineSyntax)((Syntax.ModuleSyntax)tree.GetRoot()).Statements[0]).Statements[0]).Expression;
        Assert.That(PythonTypeMatcher.Matches(resolver.Resolve(expression), JsonNode.Parse(description)), Is.EqualTo(expected));
    }
}
