namespace PythonAot.Cli.Tests;

public class IrCommandTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void PrintsTheTalkScenarioIr()
    {
        var file = _dir.Write("talk.py", "PREFIXES: dict[str, str] = {'query': 'q: '}\n\ndef embed_prompts(texts: list[str], task: str) -> list[str]:\n    return [PREFIXES[task] + t for t in texts]\n\nprint(embed_prompts(['a'], 'query'))\n");
        var result = Cli.Run("ir", file);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Does.StartWith("module talk\nglobal PREFIXES: dict[str, str]\n"));
        Assert.That(result.Stdout, Does.Contain("{operator.add(str, str) -> str}"));
    }

    [Test]
    public void FunctionOptionPrintsAllInstancesOfOneFunction()
    {
        var file = _dir.Write("sq.py", "def square(x):\n    return x * x\n\ndef other() -> int:\n    return 1\n\nprint(square(2), square(2.5), other())\n");
        var result = Cli.Run("ir", "--function", "square", file);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Does.Contain("def square[int](x: int) -> int:"));
        Assert.That(result.Stdout, Does.Contain("def square[float](x: float) -> float:"));
        Assert.That(result.Stdout, Does.Not.Contain("other"));
    }

    [Test]
    public void ErrorsArePrintedAndExit1()
    {
        var file = _dir.Write("bad.py", "x = 1\nx = 'a'\n");
        var result = Cli.Run("ir", file);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stdout, Does.Contain("error PA2001"));
    }

    [Test]
    public void SiblingModulesImportedByNameAreCompiled()
    {
        _dir.Write("config.py", "SCALE: int = 3\n\ndef scale(x: int) -> int:\n    return x * SCALE\n");
        var file = _dir.Write("main.py", "from config import scale\n\nprint(scale(2))\n");
        var result = Cli.Run("ir", file);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Does.Contain("call scale(2)"));
    }

    [Test]
    public void UnknownStageListsTheValidOnes()
    {
        var file = _dir.Write("ok.py", "print(1)\n");
        var result = Cli.Run("ir", "--after", "fold-constants", file);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("unknown stage 'fold-constants'").And.Contain("valid stages: lowering"));
        Assert.That(Cli.Run("ir", "--after", "lowering", file).ExitCode, Is.EqualTo(0));
    }
}
