using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using static PythonAot.Compiler.Semantics.Tests.IR.IrTestBuilder;

namespace PythonAot.Compiler.Semantics.Tests.IR;

public class IrPrinterTests
{
    [Test]
    public void EmbedPrompts()
    {
        // def embed_prompts(texts: list[str], task: str) -> list[str]:
        //     result = []
        //     for t in texts:
        //         result.append(task + t.upper())
        //     return result
        var texts = Param("texts", new ListType(PyType.Str));
        var task = Param("task", PyType.Str);
        var f = Function("embed_prompts", new ListType(PyType.Str), texts, task);
        f.Location = At(4);
        var result = f.Local("result", new ListType(PyType.Str));
        var t = f.Local("t", PyType.Str);
        f.Add(
            new IrAssign(result, new IrBuild(IrBuildKind.List, new ListType(PyType.Str), [])).WithLocation(5, 5),
            new IrFor(IrForKind.Sequence, IrTarget.ForVariable(t), Load(texts), new IrBlock([
                new IrEvaluate(Call(ListAppend, Load(result), Call(AddStr, Load(task), Call(UpperStr, Load(t))))).WithLocation(7, 9),
            ])).WithLocation(6, 5),
            new IrReturn(Load(result)).WithLocation(8, 5));
        AssertValid(f);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def embed_prompts(texts: list[str], task: str) -> list[str]:  # example.py:4",
            "  result: list[str] = build list[str] []                    # 5:5",
            "  for t: str in sequence texts:                             # 6:5",
            "    {list.append(list[T], T) -> None}(result, {operator.add(str, str) -> str}(task, {str.upper(str) -> str}(t)))  # 7:9",
            "  return result                                             # 8:5")));
    }

    [Test]
    public void ModuleWithClassGlobalsAndTopLevelCode()
    {
        var point = new ClassSymbol("Point", null, null);
        var x = new FieldSymbol("x", PyType.Int, null);
        point.AddField(x);
        var self = Param("self", new ClassType(point));
        var getX = new IrFunction("get_x", "Point.get_x", [self], PyType.Int);
        getX.Add(new IrReturn(new IrFieldLoad(Load(self), x)));
        var module = new IrModule("example");
        var irClass = new IrClass(point);
        irClass.Methods.Add(getX);
        module.Classes.Add(irClass);
        var counter = new IrVariable("counter", PyType.Int, IrVariableKind.Global);
        module.Globals.Add(counter);
        var p = module.Init.Local("p", new ClassType(point));
        module.Init.Add(
            new IrAssign(p, new IrNew(new ClassType(point), null, [])),
            new IrStoreField(Load(p), x, Const(3)),
            new IrAssign(counter, new IrMethodCall(Load(p), getX, isVirtual: true, [])));
        AssertValid(module);
        Assert.That(IrPrinter.Print(module), Is.EqualTo(Lines(
            "module example",
            "global counter: int",
            "",
            "class Point:",
            "  field x: int",
            "",
            "  def Point.get_x(self: Point) -> int:",
            "    return self.x",
            "",
            "def <module>() -> None:",
            "  p: Point = new Point()",
            "  p.x = 3",
            "  counter: int = virtual Point.get_x(p)")));
    }

    [Test]
    public void ControlFlowAndHighLevelNodes()
    {
        var n = Param("n", PyType.Int);
        var f = Function("g", PyType.None, n);
        f.IsGenerator = true;
        f.YieldType = PyType.Str;
        var i = f.Local("i", PyType.Int);
        var e = f.Local("e", new ClassType(AssertionError));
        f.Add(
            IrFor.CreateRange(i, Const(0), Load(n), Const(1), new IrBlock([
                new IrIf(Call(LtInt, Load(i), Const(3)), new IrBlock([new IrContinue()]), new IrBlock([new IrBreak()])),
            ]), new IrBlock([new IrYield(Const("done"))])),
            new IrTry(new IrBlock([new IrAssert(Call(LtInt, Load(n), Const(10)), Const("too big"))]),
                [new IrExceptHandler([AssertionError], e, new IrBlock([new IrRaise()]))],
                @finally: new IrBlock([new IrYield(new IrFormattedString([IrFormatPart.Text("n="), IrFormatPart.Field(Load(n), IrFormatConversion.Repr, Const(">5"))]))])));
        AssertValid(f);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def g(n: int) -> None, yields str:                          # example.py:1",
            "  for i: int in range(0, n, 1):",
            "    if {operator.lt(int, int) -> bool}(i, 3):",
            "      continue",
            "    else:",
            "      break",
            "  else:",
            "    yield 'done'",
            "  try:",
            "    assert {operator.lt(int, int) -> bool}(n, 10), 'too big'",
            "  except AssertionError as e:",
            "    raise",
            "  finally:",
            "    yield f'n={n!r:>5}'")));
    }

    [Test]
    public void ExpressionsShowTheirTypes()
    {
        var xs = Param("xs", new ListType(PyType.Int));
        var flag = Param("flag", PyType.Bool);
        var f = Function("h", PyType.None, xs, flag);
        var t = f.NewTemporary(PyType.Bool);
        var y = f.Local("y", PyType.Optional(PyType.Float));
        f.Add(
            new IrAssign(y, new IrConvert(new IrConditional(Load(flag), new IrConvert(Call(GetItemList, Load(xs), Const(0)), PyType.Float, IrConversionKind.IntToFloat), Const(2.5)), PyType.Optional(PyType.Float), IrConversionKind.WrapOptional)),
            new IrEvaluate(new IrShortCircuit(IrShortCircuitKind.Or, Load(flag), t, Load(t), new IrNot(Load(flag)))),
            new IrEvaluate(new IrBuild(IrBuildKind.Dict, new DictType(PyType.Str, PyType.Int), [Const("a"), Const(1L)])),
            new IrEvaluate(new IrCall(Print, [Const("a"), Const("b")], null, [null, "sep"])));
        AssertValid(f);
        Assert.That(IrPrinter.Print(f), Is.EqualTo(Lines(
            "def h(xs: list[int], flag: bool) -> None:                   # example.py:1",
            "  y: float | None = wrap_optional((int_to_float({operator.getitem(list[T], int) -> T}(xs, 0): int) if flag else 2.5): float): float | None",
            "  (($0 := flag) or not flag): bool",
            "  build dict[str, int] {'a': 1}",
            "  {builtins.print(*object, sep=str) -> None}('a', sep='b')")));
    }

    [Test]
    public void ChecksArePrintedBeforeTheCall()
    {
        var a = Param("a", PyType.Int);
        var call = Call(AddInt, Load(a), Const(1));
        call.Checks = IrCheck.OverflowCheck | IrCheck.BoundsCheck;
        Assert.That(call.ToString(), Is.EqualTo("checked(overflow, bounds) {operator.add(int, int) -> int}(a, 1)"));
    }

    [Test]
    public void ConstantsUsePythonRepr()
    {
        Assert.That(Const(1e16).ToString(), Is.EqualTo("1e+16"));
        Assert.That(Const(2.0).ToString(), Is.EqualTo("2.0"));
        Assert.That(Const("it's").ToString(), Is.EqualTo("\"it's\""));
        Assert.That(Const(null).ToString(), Is.EqualTo("None"));
        Assert.That(Const(true).ToString(), Is.EqualTo("True"));
        Assert.That(Const(new byte[] { 0, 65 }).ToString(), Is.EqualTo("b'\\x00A'"));
    }
}
