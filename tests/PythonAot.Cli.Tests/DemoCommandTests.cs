namespace PythonAot.Cli.Tests;

public class DemoCommandTests
{
    [Test]
    public void Demo_WalksThroughEachStepAndSaysWhatItDoes()
    {
        var result = Cli.Run("demo");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stderr, Is.Empty);
        var o = result.Stdout;
        Assert.That(o, Does.Contain("PREFIXES: dict[str, str]"));
        Assert.That(o, Does.Contain("def embed_prompts(texts: list[str], task: str) -> list[str]:"));
        Assert.That(o, Does.Contain("Step 1: parse"));
        Assert.That(o, Does.Match(@"\d+ tokens, \d+ nodes, 0 diagnostics"));
        Assert.That(o, Does.Contain("Step 2: the tree"));
        Assert.That(o, Does.Contain("FunctionDefinition ["));
        Assert.That(o, Does.Contain("Step 3: round trip"));
        Assert.That(o, Does.Contain("ToFullString() == source: True"));
        Assert.That(o, Does.Contain("Step 4: the CPython-AST view"));
        Assert.That(o, Does.Contain("FunctionDef(\n").And.Contain("name='embed_prompts'").And.Contain("ListComp("));
        Assert.That(o, Does.Contain("Step 5: a diagnostic"));
        Assert.That(o, Does.Contain("Step 6: types"));
        Assert.That(o, Does.Contain(": str   via operator.add(str, str) -> str"));
        Assert.That(o, Does.Contain(": list[str]"));
        Assert.That(o, Does.Contain("semantic diagnostics: 0"));
        Assert.That(o, Does.Contain("Step 7: the typed IR").And.Contain("def embed_prompts(texts: list[str], task: str) -> list[str]:"));
        Assert.That(o, Does.Match(@"embed_broken\.py\(4,\d+\): error PA\d{4}: "));
        Assert.That(o, Does.Contain("round trip: True."));
        // The native steps: a shared library called from .NET (its main does not run on load: __name__ is "app"),
        // then an executable whose output and last stderr line equal python3's.
        Assert.That(o, Does.Contain("Step 9: a shared library").And.Contain("libapp.so").And.Contain("int32_t app_embed_prompts("));
        Assert.That(o, Does.Contain("Step 10: call it from .NET"));
        Assert.That(o, Does.Contain("    native:  search_document: héllo wörld | search_document: 日本語\n    CPython: search_document: héllo wörld | search_document: 日本語"));
        Assert.That(o, Does.Match(@"native:  (0\.99\d+)\n    CPython: \1\n"));
        Assert.That(o, Does.Contain("native:  PythonException KeyError: 'summarize'\n    CPython: KeyError: 'summarize'"));
        Assert.That(o, Does.Contain("Step 11: an executable").And.Contain("same stdout: True, same last stderr line: True, exit code 1"));
    }

    [Test]
    public void BrokenSource_LacksOnlyTheColon()
    {
        Assert.That(DemoCommand.BrokenSource.Length, Is.EqualTo(DemoCommand.Source.Length - 1));
        Assert.That(DemoCommand.BrokenSource, Does.Contain("-> list[str]\n"));
    }
}
