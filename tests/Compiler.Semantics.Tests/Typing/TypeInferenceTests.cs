namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>Runs every <see cref="TypeCases"/> snippet: no error diagnostics, and each marked expression has its expected type.</summary>
[TestFixture]
public class TypeInferenceTests
{
    private static IEnumerable<TestCaseData> Cases => TypeCases.All.Select(c => new TestCaseData(c).SetName("Type: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public void MarkedExpressionsHaveTheirExpectedTypes(TypeCase testCase)
    {
        var types = TypeTestHarness.TypesOf(testCase.Source, out var errors);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, TypeTestHarness.Format(errors));
            Assert.That(types, Is.EqualTo(testCase.Expected));
        });
    }
}
