using Microsoft.CodeAnalysis.Text;
using PythonAot.Compiler.Semantics.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>The markup helper the checker tests rely on.</summary>
public sealed class MarkedSourceTests
{
    [Test]
    public void Parse_StripsMarkersAndReturnsOrderedSpans()
    {
        var (source, spans) = MarkedSource.Parse("a = [|f|]([|[|x|].y|])");
        Assert.That(source, Is.EqualTo("a = f(x.y)"));
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(4, 1), new TextSpan(6, 3), new TextSpan(6, 1) }.OrderBy(s => s.Start).ThenBy(s => s.End)));
    }

    [TestCase("[|x")]
    [TestCase("x|]")]
    public void Parse_RejectsUnbalancedMarkers(string marked) =>
        Assert.That(() => MarkedSource.Parse(marked), Throws.ArgumentException);
}
