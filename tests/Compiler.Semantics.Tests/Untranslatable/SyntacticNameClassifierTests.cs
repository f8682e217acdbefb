using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>The approximation the checker tests run with.</summary>
public sealed class SyntacticNameClassifierTests
{
    private static (NameKind Kind, string? Module) Classify(string source, string name)
    {
        var tree = SyntaxTree.ParseText(source, path: "example.py");
        var classifier = new SyntacticNameClassifier(tree);
        var use = tree.GetRoot().DescendantNodes().OfType<NameExpressionSyntax>().Last(n => n.Identifier.Text == name);
        return (classifier.Classify(use), classifier.ModuleNameOf(use));
    }

    [TestCase("import math\nmath\n", "math", NameKind.Module, "math")]
    [TestCase("import numpy as np\nnp\n", "np", NameKind.Module, "numpy")]
    [TestCase("import os.path\nos\n", "os", NameKind.Module, "os")]
    [TestCase("import os.path as p\np\n", "p", NameKind.Module, "os.path")]
    [TestCase("def f():\n    import json\njson\n", "json", NameKind.Module, "json")]
    [TestCase("class C:\n    pass\nC\n", "C", NameKind.Class, null)]
    [TestCase("def f():\n    pass\nf\n", "f", NameKind.Function, null)]
    [TestCase("len\n", "len", NameKind.Builtin, null)]
    [TestCase("def g(len):\n    len\n", "len", NameKind.Variable, null)]
    [TestCase("from m import eval\neval\n", "eval", NameKind.Variable, null)]
    [TestCase("for type in x:\n    type\n", "type", NameKind.Variable, null)]
    [TestCase("undefined_name\n", "undefined_name", NameKind.Variable, null)]
    public void Classifies(string source, string name, NameKind kind, string? module) =>
        Assert.That(Classify(source, name), Is.EqualTo((kind, module)));
}
