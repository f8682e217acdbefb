using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.IR;

public class IrTypeMatcherTests
{
    [Test]
    public void TypeParametersBindOnce()
    {
        var bindings = new Dictionary<TypeParameter, PyType>();
        Assert.That(IrTypeMatcher.TryMatch(new DictType(K, V), new DictType(PyType.Str, PyType.Int), bindings), Is.True);
        Assert.That(IrTypeMatcher.TryMatch(K, PyType.Str, bindings), Is.True);
        Assert.That(IrTypeMatcher.TryMatch(K, PyType.Int, bindings), Is.False);
        Assert.That(IrTypeMatcher.Substitute(new ListType(V), bindings), Is.EqualTo(new ListType(PyType.Int)));
    }

    [Test]
    public void NoImplicitWidening()
    {
        var bindings = new Dictionary<TypeParameter, PyType>();
        Assert.That(IrTypeMatcher.TryMatch(PyType.Float, PyType.Int, bindings), Is.False);
        Assert.That(IrTypeMatcher.TryMatch(PyType.Optional(PyType.Int), PyType.Int, bindings), Is.False);
        Assert.That(IrTypeMatcher.TryMatch(PyType.Object, new ListType(PyType.Int), bindings), Is.True);
    }

    [TestCase("list", "int")]
    [TestCase("set", "int")]
    [TestCase("dict", "int")]
    [TestCase("str", "str")]
    [TestCase("range", "int")]
    [TestCase("tuple", "int")]
    public void IterablesHaveElementTypes(string container, string element)
    {
        PyType type = container switch
        {
            "list" => new ListType(PyType.Int),
            "set" => new SetType(PyType.Int),
            "dict" => new DictType(PyType.Int, PyType.Str),
            "str" => PyType.Str,
            "range" => PyType.Range,
            _ => new TupleType([PyType.Int, PyType.Int]),
        };
        Assert.That(TypeFacts.GetIterationType(type)?.DisplayName, Is.EqualTo(element));
    }

    [Test]
    public void InferResultTypeSubstitutes()
    {
        Assert.That(IrTypeMatcher.InferResultType(GetItemDict, [new DictType(PyType.Str, PyType.Float), PyType.Str]), Is.EqualTo(PyType.Float));
        Assert.That(IrTypeMatcher.InferResultType(GetItemDict, [new DictType(PyType.Str, PyType.Float), PyType.Int]), Is.Null);
        Assert.That(IrTypeMatcher.InferResultType(AddInt, [PyType.Int]), Is.Null);
    }
}
