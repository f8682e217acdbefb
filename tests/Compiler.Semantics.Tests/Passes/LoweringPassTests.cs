using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.Passes;

public class LoweringPassTests
{
    [Test]
    public void AugmentedAssignmentUsesTheStoredOverload()
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var f = Function("f", PyType.None, xs);
        var n = f.Local("n", PyType.Int);
        f.Add(
            new IrAssign(n, Const(0)),
            new IrAugmentedAssign(n, AddInt, Const(1)).WithLocation(3, 5),
            new IrAugmentedAssign(xs, IAddList, new IrBuild(IrBuildKind.List, new ListType(PyType.Int), [Load(n)])).WithLocation(4, 5));
        Assert.That(RunPass(new LowerAugmentedAssignmentPass(), f), Is.EqualTo(Lines(
            "def f(xs: list[int]) -> None:                               # example.py:1",
            "  n: int = 0",
            "  n: int = {operator.add(int, int) -> int}(n, 1)            # 3:5",
            "  xs: list[int] = {operator.iadd(list[T], Iterator[T]) -> list[T]}(xs, build list[int] [n]): list[int]  # 4:5")));
    }

    [Test]
    public void ListComprehensionBecomesALoopInAFlowExpression()
    {
        // [t.upper() for t in texts if t < "m"]
        var texts = Param("texts", new ListType(PyType.Str));
        var f = Function("f", new ListType(PyType.Str), texts);
        var t = f.Local("t", PyType.Str);
        var comprehension = new IrComprehension(IrBuildKind.List, new ListType(PyType.Str), Call(UpperStr, Load(t)), null,
            [new IrComprehensionFor(IrForKind.Sequence, IrTarget.ForVariable(t), Load(texts)), new IrComprehensionIf(Call(LtStr, Load(t), Const("m")))]);
        f.Add(new IrReturn(comprehension).WithLocation(2, 5));
        Assert.That(RunPass(new LowerComprehensionsPass(), f), Is.EqualTo(Lines(
            "def f(texts: list[str]) -> list[str]:                       # example.py:1",
            "  return flow:                                              # 2:5",
            "    $0: list[str] = build list[str] []",
            "    for t: str in sequence texts:",
            "      if {operator.lt(str, str) -> bool}(t, 'm'):",
            "        {list.append(list[T], T) -> None}($0, {str.upper(str) -> str}(t))",
            "    => $0")));
    }

    [Test]
    public void DictAndSetComprehensionsUseSetitemAndAdd()
    {
        var words = Param("words", new ListType(PyType.Str));
        var f = Function("f", PyType.None, words);
        var w = f.Local("w", PyType.Str);
        var d = f.Local("d", new DictType(PyType.Str, PyType.Str));
        var s = f.Local("s", new SetType(PyType.Str));
        f.Add(
            new IrAssign(d, new IrComprehension(IrBuildKind.Dict, new DictType(PyType.Str, PyType.Str), Load(w), Call(UpperStr, Load(w)),
                [new IrComprehensionFor(IrForKind.Sequence, IrTarget.ForVariable(w), Load(words))])),
            new IrAssign(s, new IrComprehension(IrBuildKind.Set, new SetType(PyType.Str), Load(w), null,
                [new IrComprehensionFor(IrForKind.Iterator, IrTarget.ForVariable(w), Load(d))])));
        var printed = RunPass(new LowerComprehensionsPass(), f);
        Assert.That(printed, Does.Contain("{operator.setitem(dict[K, V], K, V) -> None}($0, w, {str.upper(str) -> str}(w))"));
        Assert.That(printed, Does.Contain("for w: str in iterator d:"));
        Assert.That(printed, Does.Contain("{set.add(set[T], T) -> None}($1, w)"));
    }

    [Test]
    public void GeneratorExpressionBecomesAGeneratorFunction()
    {
        // sum-like use: (x * k for x in xs) with k captured
        var xs = Param("xs", new ListType(PyType.Int));
        var k = Param("k", PyType.Int);
        var f = Function("f", new GeneratorType(PyType.Int), xs, k);
        var x = f.Local("x", PyType.Int);
        f.Add(new IrReturn(new IrComprehension(IrBuildKind.Generator, new GeneratorType(PyType.Int), Call(MulInt, Load(x), Load(k)), null,
            [new IrComprehensionFor(IrForKind.Sequence, IrTarget.ForVariable(x), Load(xs))])));
        var module = Module(f);
        var context = Context(module);
        new LowerComprehensionsPass().Run(module, context);
        AssertValid(module, IrNodeKind.Comprehension);
        Assert.That(f.Locals, Is.Empty, "the comprehension variable moved into the generator");
        Assert.That(IrPrinter.Print(module), Is.EqualTo(Lines(
            "module example",
            "",
            "def f(xs: list[int], k: int) -> Generator[int, None, None]:  # example.py:1",
            "  return call_indirect (closure f.<genexpr-1>(k))(xs): Generator[int, None, None]",
            "",
            "def f.<genexpr-1>($iterable: list[int]) -> None, yields int:",
            "  captures k: int",
            "  for x: int in sequence $iterable:",
            "    yield {operator.mul(int, int) -> int}(x, k)")));
    }

    [Test]
    public void FormattedStringBecomesFormatCallsAndAJoin()
    {
        // f"{name!r}: {value:>{width}} items"
        var name = Param("name", PyType.Str);
        var value = Param("value", PyType.Int);
        var width = Param("width", PyType.Int);
        var f = Function("f", PyType.Str, name, value, width);
        var spec = new IrFormattedString([IrFormatPart.Text(">"), IrFormatPart.Field(Load(width))]);
        f.Add(new IrReturn(new IrFormattedString([
            IrFormatPart.Field(Load(name), IrFormatConversion.Repr), IrFormatPart.Text(": "), IrFormatPart.Field(Load(value), formatSpec: spec), IrFormatPart.Text(" items"),
        ])));
        Assert.That(RunPass(new LowerFormattedStringsPass(), f), Is.EqualTo(Lines(
            "def f(name: str, value: int, width: int) -> str:            # example.py:1",
            "  return {str.join(str, Iterator[str]) -> str}('', build list[str] [{builtins.repr(T) -> str}(name), ': ', {builtins.format(T, str) -> str}(value, {str.join(str, Iterator[str]) -> str}('', build list[str] ['>', {builtins.format(T) -> str}(width)])), ' items'])")));
    }

    [Test]
    public void SingleStrFieldNeedsNoJoin()
    {
        var name = Param("name", PyType.Str);
        var f = Function("f", PyType.Str, name).Add(new IrReturn(new IrFormattedString([IrFormatPart.Field(Load(name))])));
        Assert.That(RunPass(new LowerFormattedStringsPass(), f), Does.EndWith("  return name\n"));
    }

    [Test]
    public void MissingOverloadIsReportedAndTheNodeKept()
    {
        var value = Param("value", new ListType(PyType.Int));
        var f = Function("f", PyType.Str, value).Add(new IrReturn(new IrFormattedString([IrFormatPart.Field(Load(value), IrFormatConversion.Ascii)])));
        var module = Module(f);
        var context = Context(module);
        new LowerFormattedStringsPass().Run(module, context);
        Assert.That(context.Diagnostics.Single().ToString(), Is.EqualTo("error [] the op library has no overload builtins.ascii(list[int])"));
        Assert.That(f.Body.Statements[0], Is.InstanceOf<IrReturn>().With.Property("Value").InstanceOf<IrFormattedString>());
    }

    [Test]
    public void WithBecomesTryFinally()
    {
        var resource = new PythonAot.Compiler.Semantics.Symbols.ClassSymbol("Resource", null, null);
        var self = Param("self", new ClassType(resource));
        var enter = new IrFunction("__enter__", "Resource.__enter__", [self], PyType.Int);
        enter.Add(new IrReturn(Const(1)));
        var exitSelf = Param("self", new ClassType(resource));
        var exit = new IrFunction("__exit__", "Resource.__exit__", [exitSelf], PyType.None);
        var f = Function("f", PyType.None);
        var cm = f.NewTemporary(new ClassType(resource));
        var n = f.Local("n", PyType.Int);
        f.Add(new IrWith(new IrNew(new ClassType(resource), null, []), cm, new IrMethodCall(Load(cm), enter, false, []), new IrMethodCall(Load(cm), exit, false, []), n,
            new IrBlock([new IrEvaluate(Call(AddInt, Load(n), Const(1)))])).WithLocation(2, 5));
        Assert.That(RunPass(new LowerWithPass(), f), Is.EqualTo(Lines(
            "def f() -> None:                                            # example.py:1",
            "  $0: Resource = new Resource()                             # 2:5",
            "  n: int = call Resource.__enter__($0)",
            "  try:",
            "    {operator.add(int, int) -> int}(n, 1)",
            "  finally:",
            "    call Resource.__exit__($0)")));
    }

    [Test]
    public void AssertBecomesIfRaise()
    {
        var a = Param("a", PyType.Int);
        var f = Function("f", PyType.None, a).Add(new IrAssert(Call(LtInt, Load(a), Const(10)), Const("too big")).WithLocation(2, 5));
        Assert.That(RunPass(new LowerAssertsPass(), f), Is.EqualTo(Lines(
            "def f(a: int) -> None:                                      # example.py:1",
            "  if not {operator.lt(int, int) -> bool}(a, 10):            # 2:5",
            "    raise new AssertionError('too big')")));
    }
}
