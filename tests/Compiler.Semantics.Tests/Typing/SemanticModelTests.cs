using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>The semantic model's API beyond expression types: symbols, declarations, lookup, modules, user operations.</summary>
[TestFixture]
public class SemanticModelTests
{
    [Test]
    public void ModulesImportEachOtherByName()
    {
        var helpers = SyntaxTree.ParseText("SCALE: float = 2.0\n\ndef double(x: float) -> float:\n    return x * SCALE\n", path: "helpers.py");
        var main = SyntaxTree.ParseText("from helpers import double, SCALE\nimport helpers\n\nv = double(1.5)\nw = SCALE\nu = helpers.double(2.0)\n", path: "main.py");
        var compilation = PythonCompilation.Create([helpers, main]);
        Assert.That(compilation.GetDiagnostics(), Is.Empty, TypeTestHarness.Format(compilation.GetDiagnostics()));
        var model = compilation.GetSemanticModel(main);
        var calls = main.GetRoot().DescendantNodes().OfType<CallExpressionSyntax>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(model.GetTypeInfo(calls[0]).Type, Is.EqualTo(PyType.Float));
            Assert.That(model.GetSymbolInfo(calls[0]).Symbol, Is.InstanceOf<FunctionSymbol>().And.Property("Name").EqualTo("double"));
            Assert.That(model.GetTypeInfo(calls[1]).Type, Is.EqualTo(PyType.Float));
            var w = main.GetRoot().DescendantNodes().OfType<NameExpressionSyntax>().Single(n => n.Identifier.ValueText == "SCALE" && n.Parent is AssignmentStatementSyntax);
            Assert.That(model.GetTypeInfo(w).Type, Is.EqualTo(PyType.Float));
        });
    }

    [Test]
    public void DeclaredSymbolsOfDefinitionsParametersAndTargets()
    {
        var (compilation, model, _) = TypeTestHarness.Compile("class Point:\n    x: float\n    def __init__(self, x: float) -> None:\n        self.x = x\n\ndef norm(p: Point) -> float:\n    total = p.x * p.x\n    return total\n");
        Assert.That(compilation.GetDiagnostics(), Is.Empty, TypeTestHarness.Format(compilation.GetDiagnostics()));
        var root = model.SyntaxTree.GetRoot();
        var cls = root.DescendantNodes().OfType<ClassDefinitionSyntax>().Single();
        var def = root.DescendantNodes().OfType<FunctionDefinitionSyntax>().Single(d => d.Name.ValueText == "norm");
        var parameter = def.Parameters.Parameters[0];
        var total = root.DescendantNodes().OfType<NameExpressionSyntax>().First(n => n.Identifier.ValueText == "total");
        Assert.Multiple(() =>
        {
            Assert.That(model.GetDeclaredSymbol(cls), Is.InstanceOf<ClassSymbol>().And.Property("Name").EqualTo("Point"));
            var function = (FunctionSymbol)model.GetDeclaredSymbol(def)!;
            Assert.That(function.ToDisplayString(), Is.EqualTo("function norm(p: Point) -> float"));
            Assert.That(model.GetDeclaredSymbol(parameter), Is.SameAs(function.Parameters[0]));
            var variable = model.GetDeclaredSymbol(total);
            Assert.That(variable, Is.InstanceOf<VariableSymbol>());
            Assert.That(model.GetSymbolType(variable!), Is.EqualTo(PyType.Float));
            Assert.That(((ClassSymbol)model.GetDeclaredSymbol(cls)!).Fields.Select(f => f.Name), Is.EqualTo(new[] { "x" }));
        });
    }

    [Test]
    public void LookupSymbolsFollowsPythonScoping()
    {
        var source = "LIMIT = 3\n\nclass C:\n    attr = 1\n    def m(self) -> int:\n        local = 2\n        return local\n";
        var (_, model, _) = TypeTestHarness.Compile(source);
        var inMethod = model.LookupSymbols(source.IndexOf("return local", StringComparison.Ordinal)).Select(s => s.Name).ToList();
        var inClass = model.LookupSymbols(source.IndexOf("attr = 1", StringComparison.Ordinal)).Select(s => s.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(inMethod, Does.Contain("local").And.Contain("self").And.Contain("LIMIT").And.Contain("C").And.Contain("len"));
            Assert.That(inMethod, Does.Not.Contain("attr"), "class-body names are invisible inside methods");
            Assert.That(inClass, Does.Contain("attr").And.Contain("LIMIT"));
        });
    }

    [Test]
    public void UsersRegisterNativeOperations()
    {
        var library = OperationLibrary.Default
            .WithNativeType("Image")
            .WithOperation("imaging.load", OperationKind.ModuleFunction, "(path: str) -> Image")
            .WithOperation("imaging.resize", OperationKind.ModuleFunction, "(image: Image, width: int, height: int) -> Image");
        var options = PythonCompilationOptions.Default.WithOperationLibrary(library);
        var compilation = PythonCompilation.FromSource("import imaging\n\ndef thumb(path: str) -> Image:\n    return imaging.resize(imaging.load(path), 64, 64)\n", "thumbs.py", options);
        Assert.That(compilation.GetDiagnostics(), Is.Empty, TypeTestHarness.Format(compilation.GetDiagnostics()));
        var tree = compilation.SyntaxTrees[0];
        var call = tree.GetRoot().DescendantNodes().OfType<CallExpressionSyntax>().First();
        var model = compilation.GetSemanticModel(tree);
        Assert.That(model.GetTypeInfo(call).Type, Is.EqualTo(new NativeType("Image")));

        var without = PythonCompilation.FromSource("import imaging\n", "thumbs.py");
        Assert.That(without.GetDiagnostics().Select(d => d.Id), Does.Contain("PA3009"), "without the registration, imaging is an unsupported module");
    }

    [Test]
    public void CompilationIsImmutable()
    {
        var first = PythonCompilation.FromSource("x = 1\n", "a.py");
        var second = first.AddSyntaxTrees(SyntaxTree.ParseText("y = 'a'\n", path: "b.py"));
        Assert.Multiple(() =>
        {
            Assert.That(first.SyntaxTrees, Has.Length.EqualTo(1));
            Assert.That(second.SyntaxTrees, Has.Length.EqualTo(2));
            Assert.That(second.WithOptions(PythonCompilationOptions.Default.WithTargets(BackendIds.Rust)).Options.Targets, Is.EqualTo(new[] { "rust" }));
            Assert.That(first.Options.Targets, Is.EqualTo(new[] { "cpp" }));
        });
    }

    [Test]
    public void AnySyntacticallyValidStdlibFileGivesDiagnosticsOrTypesButNeverThrows()
    {
        // The promise of point 7: every syntactically valid file gets IR or diagnostics, never a crash. The stdlib is
        // full of untranslatable Python, which makes it the harshest input we have.
        var files = PythonAot.Compiler.Syntax.Tests.Infrastructure.StdlibCorpus.Files;
        var failures = PythonAot.Compiler.Syntax.Tests.Infrastructure.StdlibComparison.FindMismatches(files.Count, i =>
        {
            var tree = SyntaxTree.ParseBytes(File.ReadAllBytes(files[i]), path: files[i]);
            if (tree.GetDiagnostics().Any()) return null;
            _ = PythonCompilation.Create([tree]).GetDiagnostics();
            return null;
        });
        Assert.That(failures.Select(f => files[f.Index] + ": " + f.Message.Split('\n')[0]), Is.Empty);
    }
}
