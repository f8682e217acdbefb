namespace PythonAot.Cli.Tests;

public class ProgramTests
{
    [Test]
    public void Version_PrintsNameAndVersion()
    {
        var result = Cli.Run("--version");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Does.Match(@"^pyaot \d+\.\d+\.\d+[^\n]* \(\.NET [^)]+\)\n$"));
    }

    [Test]
    public void NoArguments_PrintsHelpAndExits2()
    {
        var result = Cli.Run();
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stdout, Does.Contain("Usage:"));
        foreach (var command in new[] { "parse", "tokens", "ast", "check", "demo" })
            Assert.That(result.Stdout, Does.Contain(command));
    }

    [Test]
    public void UnknownCommand_IsAUsageErrorWithoutStackTrace()
    {
        var result = Cli.Run("frobnicate");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith("pyaot: error: "));
        Assert.That(result.Stderr, Does.Not.Contain("   at "));
    }

    [Test]
    public void UnknownFormat_IsAUsageError()
    {
        var result = Cli.Run("check", "--format", "xml", "x.py");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.StartWith("pyaot: error: "));
        Assert.That(result.Stderr, Does.Contain("pyaot check --help"));
    }

    [TestCase("check")]
    [TestCase("parse")]
    [TestCase("tokens")]
    [TestCase("ast")]
    public void MissingFile_Exits2WithAClearMessage(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "pyaot-no-such-file-" + Guid.NewGuid().ToString("N") + ".py");
        var result = Cli.Run(command, missing);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr, Does.StartWith("pyaot: error: no such file"));
        Assert.That(result.Stderr, Does.Contain(missing));
        Assert.That(result.Stderr, Does.Not.Contain("   at "));
    }

    [Test]
    public void Help_OfEachCommandListsItsOptions()
    {
        Assert.That(Cli.Run("parse", "--help").Stdout, Does.Contain("--stats").And.Contain("--parallel").And.Contain("--language-version"));
        Assert.That(Cli.Run("check", "--help").Stdout, Does.Contain("--format").And.Contain("--output"));
        Assert.That(Cli.Run("tokens", "--help").Stdout, Does.Contain("--trivia"));
    }
}
