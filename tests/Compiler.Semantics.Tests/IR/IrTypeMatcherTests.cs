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
    [TestCase("dict_keys", "int")]
    [TestCase("dict_values", "str")]
    [TestCase("dict_items", "tuple[int, str]")]
    public void IterablesHaveElementTypes(string container, string element)
    {
        PyType type = container switch
        {
            "list" => new ListType(PyType.Int),
            "set" => new SetType(PyType.Int),
            "dict" => new DictType(PyType.Int, PyType.Str),
            "dict_keys" => new DictKeysType(PyType.Int, PyType.Str),
            "dict_values" => new DictValuesType(PyType.Int, PyType.Str),
            "dict_items" => new DictItemsType(PyType.Int, PyType.Str),
            "str" => PyType.Str,
            "range" => PyType.Range,
            _ => new TupleType([PyType.Int, PyType.Int]),
        };
        Assert.That(TypeFacts.GetIterationType(type)?.DisplayName, Is.EqualTo(element));
    }

    [Test]
    public void DictViewsMatchTheirOwnKindOnly()
    {
        var bindings = new Dictionary<TypeParameter, PyType>();
        Assert.That(IrTypeMatcher.TryMatch(new DictKeysType(K, V), new DictKeysType(PyType.Str, PyType.Int), bindings), Is.True);
        Assert.That(bindings[V], Is.EqualTo(PyType.Int));
        Assert.That(IrTypeMatcher.TryMatch(new DictKeysType(K, V), new DictValuesType(PyType.Str, PyType.Int), []), Is.False);
        Assert.That(IrTypeMatcher.TryMatch(new DictItemsType(K, V), new DictType(PyType.Str, PyType.Int), []), Is.False);
        Assert.That(IrTypeMatcher.TryMatch(new ListType(K), new DictKeysType(PyType.Str, PyType.Int), []), Is.False, "a view is not a list");
        Assert.That(IrTypeMatcher.TryMatch(new IteratorType(new TupleType([K, V])), new DictItemsType(PyType.Str, PyType.Int), bindings), Is.True, "Iterator[T] takes a view by its items");
    }

    [Test]
    public void InferResultTypeSubstitutes()
    {
        Assert.That(IrTypeMatcher.InferResultType(GetItemDict, [new DictType(PyType.Str, PyType.Float), PyType.Str]), Is.EqualTo(PyType.Float));
        Assert.That(IrTypeMatcher.InferResultType(GetItemDict, [new DictType(PyType.Str, PyType.Float), PyType.Int]), Is.Null);
        Assert.That(IrTypeMatcher.InferResultType(AddInt, [PyType.Int]), Is.Null);
    }
}
