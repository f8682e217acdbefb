using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Tests.Operations;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>The dict view types: what they are called, what iterating them gives, and that the three never mix.</summary>
public class DictViewTypeTests
{
    private static readonly PyType Keys = new DictKeysType(PyType.Str, PyType.Int);
    private static readonly PyType Values = new DictValuesType(PyType.Str, PyType.Int);
    private static readonly PyType Items = new DictItemsType(PyType.Str, PyType.Int);

    [Test]
    public void DisplayNames_AreCPythonsClassNames_WithTheDictsTypes()
    {
        Assert.That(Keys.DisplayName, Is.EqualTo("dict_keys[str, int]"));
        Assert.That(Values.DisplayName, Is.EqualTo("dict_values[str, int]"));
        Assert.That(new DictItemsType(new TupleType([PyType.Int, PyType.Int]), new ListType(PyType.Float)).DisplayName, Is.EqualTo("dict_items[tuple[int, int], list[float]]"));
        Assert.That(new[] { Keys.Kind, Values.Kind, Items.Kind }, Is.EqualTo(new[] { PyTypeKind.DictKeys, PyTypeKind.DictValues, PyTypeKind.DictItems }));
    }

    [Test]
    public void Iteration_GivesKeysValuesOrPairs()
    {
        Assert.That(TypeFacts.GetIterationType(Keys), Is.EqualTo(PyType.Str));
        Assert.That(TypeFacts.GetIterationType(Values), Is.EqualTo(PyType.Int));
        Assert.That(TypeFacts.GetIterationType(Items), Is.EqualTo(new TupleType([PyType.Str, PyType.Int])));
    }

    [Test]
    public void OnlyTheValuesView_IsHashable()
    {
        Assert.That(TypeFacts.IsHashable(Keys), Is.False);
        Assert.That(TypeFacts.IsHashable(Items), Is.False);
        Assert.That(TypeFacts.IsHashable(Values), Is.True, "dict_values has no __eq__: it hashes by identity");
    }

    [Test]
    public void Views_AreEqualStructurally_ButTheKindsDiffer()
    {
        Assert.That(new DictKeysType(PyType.Str, PyType.Int), Is.EqualTo(Keys));
        Assert.That(Keys, Is.Not.EqualTo(Values));
        Assert.That(Values, Is.Not.EqualTo(Items));
        Assert.That(Keys, Is.Not.EqualTo(new DictType(PyType.Str, PyType.Int)));
    }

    [Test]
    public void Unification_BindsTheDictsTypes_AndNeverMixesKinds()
    {
        var unifier = new TypeUnifier();
        var key = new TypeVariable();
        var value = new TypeVariable();
        Assert.That(unifier.Unify(new DictValuesType(key, value), Keys), Is.False, "values with keys");
        Assert.That(key.Resolve(), Is.InstanceOf<TypeVariable>(), "a failed unification binds nothing");
        Assert.That(unifier.Unify(new DictKeysType(key, value), Items), Is.False, "keys with items");
        Assert.That(unifier.Unify(new DictItemsType(key, value), Items), Is.True);
        Assert.That(new DictItemsType(key, value).Resolve(), Is.EqualTo(Items));
        Assert.That(new DictKeysType(key, value).Resolve(), Is.EqualTo(Keys), "Resolve rebuilds the same kind of view");
    }

    [Test]
    public void LibrarySignatures_NameTheViews()
    {
        var signature = OperationSignatureParser.Parse("(a: dict_items[K, V], b: Iterator[tuple[K, V]], /) -> set[tuple[K, V]]");
        Assert.That(signature.Parameters[0].Type, Is.EqualTo(new DictItemsType(new TypeParameter("K"), new TypeParameter("V"))));
        Assert.That(() => OperationSignatureParser.Parse("(a: dict_keys[K], /) -> int"), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void DictMethods_ReturnTheViews()
    {
        var dict = new DictType(PyType.Str, PyType.Int);
        Assert.That(Resolution.Resolve("dict.keys", dict).ReturnType, Is.EqualTo(Keys));
        Assert.That(Resolution.Resolve("dict.values", dict).ReturnType, Is.EqualTo(Values));
        Assert.That(Resolution.Resolve("dict.items", dict).ReturnType, Is.EqualTo(Items));
        Assert.That(Resolution.Resolve("operator.and_", Keys, new ListType(PyType.Str)).ReturnType, Is.EqualTo(new SetType(PyType.Str)));
        Assert.That(Resolution.Resolve("operator.sub", new SetType(new TupleType([PyType.Str, PyType.Int])), Items).ReturnType,
            Is.EqualTo(new SetType(new TupleType([PyType.Str, PyType.Int]))));
        Assert.That(Resolution.Resolve("operator.getitem", Keys, PyType.Int).IsResolved, Is.False, "a view is not a sequence");
        Assert.That(Resolution.Resolve("operator.and_", Values, Values).IsResolved, Is.False, "a values view is not set-like");
    }

    [Test]
    public void Membership_UsesTheViewsOwnTest_NotTheConsumingIteratorScan()
    {
        foreach (var (view, item) in new[] { (Keys, PyType.Str), (Values, PyType.Int), (Items, new TupleType([PyType.Str, PyType.Int])) })
        {
            var result = Resolution.Resolve("operator.contains", view, item);
            Assert.That(result.Overload!.Signature.Parameters[0].Type, Is.Not.InstanceOf<IteratorType>(), view.DisplayName);
            Assert.That(result.Overload.Effects, Is.EqualTo(OperationEffects.Pure), view.DisplayName);
        }
    }
}
