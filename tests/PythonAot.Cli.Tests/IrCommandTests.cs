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
        Assert.That(result.Stderr, Does.Contain("unknown stage 'fold-constants'").And.Contain("valid stages: lowering, start, lower-augmented-assignment"));
        Assert.That(Cli.Run("ir", "--after", "lowering", file).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AfterAPassPrintsTheIrThatPassLeaves()
    {
        var file = _dir.Write("loops.py", "def total(xs: list[int]) -> int:\n    s = 0\n    for x in xs:\n        s += x * 2\n    return s\n\nprint(total([1, 2]))\n");
        var lowered = Cli.Run("ir", file);
        var afterAugmented = Cli.Run("ir", "--after", "lower-augmented-assignment", file);
        var end = Cli.Run("ir", "--after", "end", file);
        Assert.Multiple(() =>
        {
            Assert.That(lowered.Stdout, Does.Contain("s: int += "), "as lowered, the augmented assignment is still there");
            Assert.That(afterAugmented.Stdout, Does.Not.Contain("+= ").And.Contain("s: int = {operator.add(int, int) -> int}(s, "));
            Assert.That(end.Stdout, Does.Contain("checked(overflow)"), "the last passes place overflow checks");
            Assert.That(lowered.Stdout, Does.Not.Contain("checked(overflow)"));
        });
    }

    [Test]
    public void ACustomPassFromAnAssemblyShowsItsEffect()
    {
        // The sample pass of the semantics tests rewrites x ** 2 into x * x at the after-lowering point.
        var assembly = typeof(PythonAot.Compiler.Semantics.Tests.Passes.SquareToMultiplyPass).Assembly.Location;
        var file = _dir.Write("square.py", "def sq(x: int) -> int:\n    return x ** 2\n\nprint(sq(7))\n");
        var without = Cli.Run("ir", "--after", "end", file);
        var with = Cli.Run("ir", "--after", "square-to-multiply", "--pass-assembly", assembly, file);
        Assert.Multiple(() =>
        {
            Assert.That(without.ExitCode, Is.EqualTo(0), without.ToString());
            Assert.That(without.Stdout, Does.Contain("{operator.pow(int, int) -> int}(x, 2)"));
            Assert.That(with.ExitCode, Is.EqualTo(0), with.ToString());
            Assert.That(with.Stdout, Does.Contain("{operator.mul(int, int) -> int}(x, x)").And.Not.Contain("operator.pow"));
        });
    }

    [Test]
    public void AMissingPassAssemblyIsAUsageError()
    {
        var file = _dir.Write("ok.py", "print(1)\n");
        var result = Cli.Run("ir", "--pass-assembly", "nowhere.dll", file);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.Contain("pass assembly not found: nowhere.dll"));
    }
}
