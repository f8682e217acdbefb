using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>The talk's scenario: a prompt builder over a module-level dict of task prefixes types fully.</summary>
[TestFixture]
public class TalkScenarioTests
{
    private const string Source = """
        PREFIXES: dict[str, str] = {
            "search_query": "search_query: ",
            "search_document": "search_document: ",
            "classification": "classification: ",
        }


        def embed_prompts(texts: list[str], task: str) -> list[str]:
            return [[|[|PREFIXES[task]|] + [|t|]|] for t in [|texts|]]
        """;

    [Test]
    public void PrefixPlusTextIsStrAndTheComprehensionIsListOfStr()
    {
        var (compilation, model, marked) = TypeTestHarness.Compile(Source.Replace("return [[|", "return [|[[|").Replace("in [|texts|]]", "in [|texts|]]|]"));
        Assert.That(compilation.GetDiagnostics(), Is.Empty, TypeTestHarness.Format(compilation.GetDiagnostics()));
        var comprehension = marked.Single(e => e is ListComprehensionSyntax);
        var sum = marked.Single(e => e is BinaryExpressionSyntax);
        Assert.Multiple(() =>
        {
            Assert.That(model.GetTypeInfo(sum).Type, Is.EqualTo(PyType.Str));
            Assert.That(model.GetTypeInfo(comprehension).Type, Is.EqualTo(new ListType(PyType.Str)));
            Assert.That(model.GetSymbolInfo(sum).Overload?.ToString(), Is.EqualTo("operator.add(str, str) -> str"));
            Assert.That(model.GetTypeInfo(marked.Single(e => e is SubscriptExpressionSyntax)).Type, Is.EqualTo(PyType.Str));
            Assert.That(model.GetSymbolInfo(marked.Single(e => e is SubscriptExpressionSyntax)).Overload?.ToString(), Is.EqualTo("operator.getitem(dict[K, V], K) -> V"));
        });
    }
}
