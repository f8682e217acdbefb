namespace PythonAot.Cli.Tests;

public class AstDumpPrinterTests
{
    private const string Source =
        "def embed_prompts(texts: list[str], task: str) -> list[str]:\n" +
        "    return [PREFIXES[task] + t for t in texts if t != 'a, b)']\n";

    [Test]
    public void Format_NodeEqualsCPythonsIndentedDumpWithoutAttributes()
    {
        var oneLine = Python.Output("-c",
            "import ast,sys; print(ast.dump(ast.parse(sys.argv[1]), include_attributes=True))", Source).TrimEnd('\n');
        var expected = Python.Output("-c",
            "import ast,sys; print(ast.dump(ast.parse(sys.argv[1]).body[0], indent=2))", Source).TrimEnd('\n');
        Assert.That(AstDumpPrinter.Format(oneLine, "FunctionDef"), Is.EqualTo(expected));
    }

    [Test]
    public void Format_WholeDumpEqualsCPythonsIndentedDump()
    {
        const string source = "x: dict[str, int] = {'a': 1, **b}\nprint(f'{x!r}', *y, sep=None)\n";
        var oneLine = Python.Output("-c",
            "import ast,sys; print(ast.dump(ast.parse(sys.argv[1]), include_attributes=True))", source).TrimEnd('\n');
        var expected = Python.Output("-c",
            "import ast,sys; print(ast.dump(ast.parse(sys.argv[1]), indent=2))", source).TrimEnd('\n');
        Assert.That(AstDumpPrinter.Format(oneLine), Is.EqualTo(expected));
    }

    [Test]
    public void Format_MissingNodeGivesNull() =>
        Assert.That(AstDumpPrinter.Format("Module(body=[], type_ignores=[])", "FunctionDef"), Is.Null);
}
