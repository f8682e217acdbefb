using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.Operations.Resolution;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

public class OverloadResolverTests
{
    private static readonly PyType Int = PyType.Int, Float = PyType.Float, Bool = PyType.Bool, Str = PyType.Str;

    private static void AssertResolved(OverloadResolutionResult result, string returnType)
    {
        Assert.That(result.Kind, Is.EqualTo(OverloadResolutionKind.Resolved));
        Assert.That(result.ReturnType.DisplayName, Is.EqualTo(returnType));
    }

    [Test]
    public void IntPlusInt_IsInt()
    {
        var r = Resolve("operator.add", Int, Int);
        AssertResolved(r, "int");
        Assert.That(r.Conversions, Is.EqualTo(new[] { ArgumentConversion.Identity, ArgumentConversion.Identity }));
        Assert.That(r.Overload!.Raises, Does.Contain("OverflowError"));
    }

    [Test]
    public void IntPlusFloat_PromotesTheInt()
    {
        var r = Resolve("operator.add", Int, Float);
        AssertResolved(r, "float");
        Assert.That(r.Conversions, Is.EqualTo(new[] { ArgumentConversion.IntToFloat, ArgumentConversion.Identity }));
    }

    [Test]
    public void FloatPlusInt_PromotesTheSecond()
    {
        var r = Resolve("operator.add", Float, Int);
        AssertResolved(r, "float");
        Assert.That(r.Conversions, Is.EqualTo(new[] { ArgumentConversion.Identity, ArgumentConversion.IntToFloat }));
    }

    [Test]
    public void TruePlusOne_IsInt()
    {
        var r = Resolve("operator.add", Bool, Int);
        AssertResolved(r, "int");
        Assert.That(r.Conversions[0], Is.EqualTo(ArgumentConversion.BoolToInt));
    }

    [Test]
    public void StrPlusStr_IsStr()
    {
        var r = Resolve("operator.add", Str, Str);
        AssertResolved(r, "str");
        Assert.That(r.Overload!.ToString(), Is.EqualTo("operator.add(str, str) -> str"));
    }

    [Test]
    public void ListPlusList_IsTheSameList()
    {
        AssertResolved(Resolve("operator.add", List(Int), List(Int)), "list[int]");
        Assert.That(Resolve("operator.add", List(Int), List(Str)).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
    }

    [Test]
    public void StrTimesInt_AndIntTimesStr()
    {
        AssertResolved(Resolve("operator.mul", Str, Int), "str");
        AssertResolved(Resolve("operator.mul", Int, Str), "str");
        AssertResolved(Resolve("operator.mul", List(Float), Int), "list[float]");
        Assert.That(Resolve("operator.mul", Str, Str).IsResolved, Is.False);
    }

    [Test]
    public void TrueDivision_OfInts_IsFloat() => AssertResolved(Resolve("operator.truediv", Int, Int), "float");

    [Test]
    public void BoolAndBool_IsBool_BoolAndInt_IsInt()
    {
        AssertResolved(Resolve("operator.and_", Bool, Bool), "bool");
        AssertResolved(Resolve("operator.or_", Bool, Int), "int");
        AssertResolved(Resolve("operator.xor", Int, Int), "int");
    }

    [Test]
    public void IntEqualsFloat_ComparesWithoutConversion()
    {
        var r = Resolve("operator.eq", Int, Float);
        AssertResolved(r, "bool");
        Assert.That(r.Conversions, Is.EqualTo(new[] { ArgumentConversion.Identity, ArgumentConversion.Identity }));
        AssertResolved(Resolve("operator.lt", Float, Int), "bool");
    }

    [Test]
    public void Equality_OfOneType_IsGeneric()
    {
        AssertResolved(Resolve("operator.eq", List(Str), List(Str)), "bool");
        AssertResolved(Resolve("operator.ne", Dict(Str, Int), Dict(Str, Int)), "bool");
        Assert.That(Resolve("operator.eq", Str, Int).IsResolved, Is.False);
    }

    [Test]
    public void Comparison_OfLists_IsLexicographic_AndDictsAreNotOrdered()
    {
        AssertResolved(Resolve("operator.lt", List(Int), List(Int)), "bool");
        AssertResolved(Resolve("operator.le", Set(Int), Set(Int)), "bool");
        Assert.That(Resolve("operator.lt", Dict(Str, Int), Dict(Str, Int)).IsResolved, Is.False);
    }

    [Test]
    public void Contains_TakesTheContainerFirst()
    {
        AssertResolved(Resolve("operator.contains", List(Int), Int), "bool");
        AssertResolved(Resolve("operator.contains", Dict(Str, Int), Str), "bool");
        AssertResolved(Resolve("operator.contains", Str, Str), "bool");
        Assert.That(Resolve("operator.contains", Int, List(Int)).IsResolved, Is.False);
    }

    [Test]
    public void Getitem_ListIndexAndSlice_DictKey()
    {
        AssertResolved(Resolve("operator.getitem", List(Str), Int), "str");
        AssertResolved(Resolve("operator.getitem", List(Str), PyType.Slice), "list[str]");
        AssertResolved(Resolve("operator.getitem", Dict(Str, Float), Str), "float");
        Assert.That(Resolve("operator.getitem", Dict(Str, Float), Int).IsResolved, Is.False);
    }

    [Test]
    public void InPlaceAdd_OnAList_ExtendsWithAnyIterable()
    {
        var r = Resolve("operator.iadd", List(Int), PyType.Range);
        AssertResolved(r, "list[int]");
        Assert.That(r.Overload!.Effects, Is.EqualTo(OperationEffects.MutatesArgument));
        Assert.That(r.Overload.MutatedParameter, Is.EqualTo(0));
        Assert.That(Resolve("operator.iadd", Int, Int).IsResolved, Is.False, "immutable types fall back to operator.add");
    }

    [Test]
    public void Len_OfListAndDict_IsInt()
    {
        AssertResolved(Resolve("builtins.len", List(Str)), "int");
        AssertResolved(Resolve("builtins.len", Dict(Str, Int)), "int");
        Assert.That(Resolve("builtins.len", Int).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
    }

    [Test]
    public void Sorted_KeepsTheItemType()
    {
        var r = Resolve("builtins.sorted", List(Str));
        AssertResolved(r, "list[str]");
        Assert.That(r.Conversions[0], Is.EqualTo(ArgumentConversion.ToIterator));
        Assert.That(r.Overload!.Effects, Is.EqualTo(OperationEffects.Pure));
    }

    [Test]
    public void Sorted_WithKeyLen_CallsTheBuiltin()
    {
        var r = Resolve("builtins.sorted", new CallArgument(List(Str)), new CallArgument(Builtin("len"), "key"));
        AssertResolved(r, "list[str]");
        Assert.That(r.Conversions[1], Is.EqualTo(ArgumentConversion.ToCallable));
        Assert.That(r.Overload!.Effects, Is.EqualTo(OperationEffects.CallsArgument));
    }

    [Test]
    public void Sorted_WithAKeyThatDoesNotAcceptTheItems_IsNotResolved() =>
        Assert.That(Resolve("builtins.sorted", new CallArgument(List(Int)), new CallArgument(Builtin("len"), "key")).IsResolved, Is.False);

    [Test]
    public void Sorted_WithoutInstantiator_DoesNotMatchACallable()
    {
        var r = new OverloadResolver(new TypeUnifier()).Resolve(Library.GetOperation("builtins.sorted")!, [new CallArgument(List(Str)), new CallArgument(Builtin("len"), "key")]);
        Assert.That(r.Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
    }

    [Test]
    public void Sorted_UnknownKeyword_IsNoMatch() =>
        Assert.That(Resolve("builtins.sorted", new CallArgument(List(Str)), new CallArgument(Bool, "reversed")).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));

    [Test]
    public void Enumerate_GivesIndexItemPairs()
    {
        AssertResolved(Resolve("builtins.enumerate", List(Str)), "Iterator[tuple[int, str]]");
        AssertResolved(Resolve("builtins.enumerate", new CallArgument(Str), new CallArgument(Int, "start")), "Iterator[tuple[int, str]]");
    }

    [Test]
    public void Zip_TwoAndThreeIterables()
    {
        AssertResolved(Resolve("builtins.zip", List(Int), Str), "Iterator[tuple[int, str]]");
        AssertResolved(Resolve("builtins.zip", List(Int), Dict(Str, Float), PyType.Range), "Iterator[tuple[int, str, int]]");
    }

    [Test]
    public void DictGet_WithoutDefault_IsOptional_WithDefault_IsTheValueType()
    {
        var d = Dict(Str, Int);
        AssertResolved(Resolve("dict.get", d, Str), "int | None");
        AssertResolved(Resolve("dict.get", d, Str, Int), "int");
        AssertResolved(Resolve("dict.get", d, Str, PyType.None), "int | None");
        AssertResolved(Resolve("dict.get", d, Str, Str), "int | str");
    }

    [Test]
    public void Append_ToAListOfUnknownItems_BindsTheItemType()
    {
        var element = new TypeVariable();
        var unifier = new TypeUnifier();
        var r = CreateResolver(unifier).Resolve(Library.GetOperation("list.append")!, [new CallArgument(List(element)), new CallArgument(Float)]);
        AssertResolved(r, "None");
        Assert.That(element.Prune(), Is.EqualTo(Float));
        Assert.That(r.Overload!.MutatedParameter, Is.EqualTo(0));
    }

    [Test]
    public void UnboundPlusInt_IsDeferred_AndBindsNothing()
    {
        var unknown = new TypeVariable();
        var r = CreateResolver().Resolve(Library.GetOperation("operator.add")!, [new CallArgument(unknown), new CallArgument(Int)]);
        Assert.That(r.Kind, Is.EqualTo(OverloadResolutionKind.Deferred));
        Assert.That(unknown.Prune(), Is.SameAs(unknown));
    }

    [Test]
    public void NoMatch_Cases()
    {
        Assert.That(Resolve("operator.sub", Str, Str).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        Assert.That(Resolve("operator.add", Int, Str).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        Assert.That(Resolve("builtins.len", Array.Empty<PyType>()).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        Assert.That(Resolve("builtins.len", Str, Str).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        Assert.That(Resolve("list.append", List(Int), Str).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        Assert.That(Resolve("str.upper", Int).Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
    }

    [Test]
    public void MathSqrt_OfAnInt_PromotesIt()
    {
        var r = Resolve("math.sqrt", Int);
        AssertResolved(r, "float");
        Assert.That(r.Conversions[0], Is.EqualTo(ArgumentConversion.IntToFloat));
    }

    [Test]
    public void MathFloor_OfAnInt_PicksTheIntOverload()
    {
        var r = Resolve("math.floor", Int);
        AssertResolved(r, "int");
        Assert.That(r.Conversions[0], Is.EqualTo(ArgumentConversion.Identity));
    }

    /// <summary>
    /// min(1, 2.5) is the int 1 in Python (min returns one of its arguments unchanged), so no overload may promote the
    /// int: the faithful answer is NoMatch (the compiler reports that the arguments need one type).
    /// </summary>
    [Test]
    public void MinOfIntAndFloat_IsNotResolvedToAFloat()
    {
        var r = Resolve("builtins.min", Int, Float);
        Assert.That(r.Kind, Is.EqualTo(OverloadResolutionKind.NoMatch));
        AssertResolved(Resolve("builtins.min", Int, Int), "int");
        AssertResolved(Resolve("builtins.max", Float, Float, Float), "float");
    }

    [Test]
    public void MinOfAnIterable_AndWithDefault()
    {
        AssertResolved(Resolve("builtins.min", List(Str)), "str");
        AssertResolved(Resolve("builtins.max", new CallArgument(List(Int)), new CallArgument(Int, "default")), "int");
        var r = Resolve("builtins.max", new CallArgument(List(Str)), new CallArgument(Builtin("len"), "key"));
        AssertResolved(r, "str");
        Assert.That(r.Overload!.Effects, Is.EqualTo(OperationEffects.CallsArgument));
    }

    [Test]
    public void AbsAndRound_DoNotPromote()
    {
        AssertResolved(Resolve("builtins.abs", Int), "int");
        AssertResolved(Resolve("builtins.abs", Bool), "int");
        AssertResolved(Resolve("builtins.round", Int), "int");
        AssertResolved(Resolve("builtins.round", Float), "int");
        AssertResolved(Resolve("builtins.round", Float, Int), "float");
        AssertResolved(Resolve("builtins.round", Int, Int), "int");
    }

    [Test]
    public void Sum_OfIntsFloatsAndBools()
    {
        AssertResolved(Resolve("builtins.sum", List(Int)), "int");
        AssertResolved(Resolve("builtins.sum", List(Float)), "float");
        AssertResolved(Resolve("builtins.sum", List(Bool)), "int");
        AssertResolved(Resolve("builtins.sum", List(Int), Float), "float");
    }

    [Test]
    public void Map_AndFilter()
    {
        AssertResolved(Resolve("builtins.map", Builtin("str"), List(Int)), "Iterator[str]");
        AssertResolved(Resolve("builtins.map", Builtin("pow"), List(Int), List(Int)), "Iterator[int]");
        AssertResolved(Resolve("builtins.filter", PyType.None, List(Str)), "Iterator[str]");
        AssertResolved(Resolve("builtins.filter", Builtin("bool"), List(Str)), "Iterator[str]");
    }

    [Test]
    public void Print_TakesAnythingAndDoesOutput()
    {
        var r = Resolve("builtins.print", new CallArgument(Int), new CallArgument(List(Str)), new CallArgument(Str, "sep"));
        AssertResolved(r, "None");
        Assert.That(r.Overload!.Effects, Is.EqualTo(OperationEffects.InputOutput));
        Assert.That(r.Conversions.Take(2), Is.All.EqualTo(ArgumentConversion.ToObject));
    }

    [Test]
    public void EmptyConstructors_LeaveTheItemTypeOpen()
    {
        var r = Resolve("builtins.list", Array.Empty<PyType>());
        Assert.That(r.IsResolved, Is.True);
        Assert.That(r.ReturnType, Is.TypeOf<ListType>());
        Assert.That(((ListType)r.ReturnType).Element, Is.TypeOf<TypeVariable>());
        AssertResolved(Resolve("builtins.tuple", Array.Empty<PyType>()), "tuple[()]");
    }

    [Test]
    public void Dict_FromPairsOrADict()
    {
        AssertResolved(Resolve("builtins.dict", List(Tuple(Str, Int))), "dict[str, int]");
        AssertResolved(Resolve("builtins.dict", Dict(Str, Int)), "dict[str, int]");
        AssertResolved(Resolve("dict.items", Dict(Str, Int)), "dict_items[str, int]");
        AssertResolved(Resolve("builtins.dict", new DictItemsType(Str, Int)), "dict[str, int]");
    }

    [Test]
    public void FixedTuple_OfOneItemType_ConvertsToAHomogeneousTuple()
    {
        var r = Resolve("str.startswith", Str, Tuple(Str, Str));
        AssertResolved(r, "bool");
        Assert.That(r.Conversions[1], Is.EqualTo(ArgumentConversion.ToVariadicTuple));
        AssertResolved(Resolve("tuple.count", Tuple(Int, Int, Int), Int), "int");
        Assert.That(Resolve("tuple.count", Tuple(Int, Str), Int).IsResolved, Is.False);
    }

    [Test]
    public void Next_WithADefaultOfAnotherType_IsAUnion()
    {
        AssertResolved(Resolve("builtins.next", Iterator(Int)), "int");
        AssertResolved(Resolve("builtins.next", Iterator(Int), PyType.None), "int | None");
        Assert.That(Resolve("builtins.next", Iterator(Int)).Overload!.Raises, Is.EqualTo(new[] { "StopIteration" }));
    }

    [Test]
    public void Pow_OfInts_IsInt_AndDocumentsTheNegativeExponent()
    {
        var r = Resolve("operator.pow", Int, Int);
        AssertResolved(r, "int");
        Assert.That(r.Overload!.Raises, Does.Contain("ValueError"));
        Assert.That(r.Overload.Documentation, Does.Contain("negative exponent"));
        AssertResolved(Resolve("operator.pow", Int, Float), "float");
    }

    [Test]
    public void SetOperators_AndDictUnion()
    {
        AssertResolved(Resolve("operator.or_", Set(Int), Set(Int)), "set[int]");
        AssertResolved(Resolve("operator.sub", Set(Str), Set(Str)), "set[str]");
        AssertResolved(Resolve("operator.or_", Dict(Str, Int), Dict(Str, Int)), "dict[str, int]");
        Assert.That(Resolve("operator.or_", Set(Int), List(Int)).IsResolved, Is.False);
    }
}
