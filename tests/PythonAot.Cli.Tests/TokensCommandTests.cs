namespace PythonAot.Cli.Tests;

public class TokensCommandTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void OneTokenPerLine_WithOneBasedSpansKindsAndQuotedText()
    {
        var file = _dir.Write("t.py", "x = 'a'\n");
        var result = Cli.Run("tokens", file);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        var lines = result.StdoutLines;
        Assert.That(lines[0], Is.EqualTo("1:1-1:2 IdentifierToken 'x'"));
        Assert.That(lines[1], Is.EqualTo("1:3-1:4 EqualsToken '='"));
        Assert.That(lines[2], Is.EqualTo("1:5-1:8 StringToken \"'a'\""));
        Assert.That(lines[3], Does.StartWith("1:8-").And.Contain(" NewLineToken "));
        Assert.That(lines[^1], Is.EqualTo("2:1-2:1 EndOfFileToken ''"));
    }

    [Test]
    public void IndentAndDedentAreTokens()
    {
        var file = _dir.Write("t.py", "if x:\n    pass\n");
        var result = Cli.Run("tokens", file);
        Assert.That(result.Stdout, Does.Contain(" IndentToken ").And.Contain(" DedentToken "));
    }

    [Test]
    public void Trivia_ShowsCommentsAndWhitespace()
    {
        var file = _dir.Write("t.py", "x = 1  # note\n");
        var plain = Cli.Run("tokens", file);
        Assert.That(plain.Stdout, Does.Not.Contain("CommentTrivia"));
        var result = Cli.Run("tokens", "--trivia", file);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Stdout, Does.Contain("CommentTrivia '# note'"));
        Assert.That(result.Stdout, Does.Contain("WhitespaceTrivia '  '"));
        Assert.That(result.StdoutLines.Where(l => l.StartsWith("    ", StringComparison.Ordinal)),
            Has.All.Match(@"^    (leading|trailing) \d+:\d+-\d+:\d+ \w+Trivia .+$"));
    }

    [Test]
    public void Folder_IsRejected()
    {
        var result = Cli.Run("tokens", _dir.Path);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("is a folder"));
    }
}
