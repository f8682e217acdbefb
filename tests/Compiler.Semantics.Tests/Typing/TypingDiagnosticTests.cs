using System.Globalization;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.Tests.Infrastructure;
using SyntaxTree = PythonAot.Compiler.Syntax.SyntaxTree;

namespace PythonAot.Compiler.Semantics.Tests.Typing;

/// <summary>
/// One test per typing diagnostic situation: the id, the exact span (marked with [| |]) and the exact message of
/// every error the whole compilation reports; and correct code that must give none.
/// </summary>
public sealed class TypingDiagnosticTests
{
    private static (string, string) Incompatible(string name, string first, int firstLine, string second, int secondLine) =>
        ("PA2001", $"variable '{name}' is given types that cannot be unified: {first} (line {firstLine}) and {second} (line {secondLine})");
    private static (string, string) Heterogeneous(string kind, string a, string b) =>
        ("PA2002", $"{kind} elements have different types: {a} and {b}; a native container holds one element type");
    private static (string, string) CannotInfer(string name) =>
        ("PA2003", $"cannot determine the type of '{name}': nothing in the program fixes it; add an annotation");
    private static (string, string) NoOverload(string message) => ("PA2004", message);
    private static (string, string) UntypedExport(string parameter, string function) =>
        ("PA2005", $"parameter '{parameter}' of exported function '{function}' has no annotation and no call gives it a type; annotate it");
    private static (string, string) RecursiveReturn(string function) =>
        ("PA2006", $"the return type of recursive function '{function}' is never fixed; add a return annotation");
    private static (string, string) ArgumentMismatch(string parameter, string function, string given, string declared) =>
        ("PA2007", $"argument '{parameter}' of '{function}' is {given}, but the parameter is {declared}");
    private static (string, string) InvalidAnnotation(string message) => ("PA2008", message);
    private static (string, string) UnknownAttribute(string type, string name) => ("PA2009", $"'{type}' object has no attribute '{name}'");
    private static (string, string) NotCallable(string type) => ("PA2010", $"'{type}' object is not callable");
    private static (string, string) NotSupported(string construct) => ("PA2011", $"{construct} is not supported");
    private static (string, string) TooLarge(string literal) => ("PA2012", $"the integer literal {literal} does not fit in a 64-bit int");
    private static (string, string) ReturnMismatch(string function, string given, string declared) =>
        ("PA2013", $"'{function}' returns {given}, but its annotation says {declared}");
    private static (string, string) Undefined(string name) => ("PA2014", $"name '{name}' is not defined");
    private static (string, string) WrongArguments(string message) => ("PA2015", message);
    private static (string, string) OperandsNeverFixed(string operation) =>
        ("PA2016", $"cannot determine the operand types of '{operation}': nothing in the program fixes them; add an annotation");
    private static (string, string) CannotImport(string name, string module) => ("PA2017", $"cannot import name '{name}' from '{module}'");
    private static (string, string) Override(string method, string overridden, string mine, string theirs) =>
        ("PA2018", $"method '{method}' overrides '{overridden}' with an incompatible signature: {mine} vs {theirs}");
    private static (string, string) NotIterable(string type) => ("PA2019", $"'{type}' object is not iterable");
    private static (string, string) UnpackCount(int values, int targets) => ("PA2020", $"cannot unpack {values} values into {targets} targets");
    private static (string, string) AssignmentMismatch(string name, string declared, string given, string hint = "") =>
        ("PA2021", $"'{name}' is declared {declared}, but is given {given}{hint}");

    private const string FloatHint = " (an int stays an int in Python and prints without '.0': write a float literal such as 0.0, or convert with float())";

    // ------------------------------------------------------------------ PA2001

    [Test]
    public void IntThenStr_ReportsTheSecondAssignment_WithTheFirstAsAdditionalLocation()
    {
        var diagnostics = Verify("x = 1\n[|x|] = \"a\"\n", Incompatible("x", "int", 1, "str", 2));
        var additional = diagnostics[0].AdditionalLocations;
        Assert.That(additional, Has.Count.EqualTo(1));
        Assert.That(additional[0].SourceSpan, Is.EqualTo(new Microsoft.CodeAnalysis.Text.TextSpan(0, 1)), "the first assignment's target");
    }

    [Test]
    public void IncompatibleAssignment_InABranchOfAFunction_IsReportedThere() =>
        Verify("def parse_port(text: str) -> int:\n    port = 8080\n    if text:\n        [|port|] = text.strip()\n    return port\n",
            Incompatible("port", "int", 2, "str", 4));

    [Test]
    public void NoneThenInt_IsAnOptional_NotAnError() =>
        VerifyNone("best = None\nbest = 3\nprint(best)\n");

    [Test]
    public void IntAndBool_AreNotUnified() =>
        Verify("flag = 0\n[|flag|] = True\n", Incompatible("flag", "int", 1, "bool", 2));

    [Test]
    public void ExceptHandlersOfDifferentClasses_ShareTheName_NotAnError() =>
        VerifyNone("try:\n    x = int('z')\nexcept ValueError as e:\n    print('bad', e)\ntry:\n    d: dict[str, int] = {}\n    print(d['k'])\nexcept KeyError as e:\n    print('missing', e)\n");

    [Test]
    public void ExceptHandlerName_AlsoAssignedAnInt_IsStillReported() =>
        Verify("def f() -> None:\n    e = 1\n    try:\n        pass\n    [|except ValueError as e:\n        print(e)\n|]",
            Incompatible("e", "int", 2, "ValueError", 5));

    // ------------------------------------------------------------------ PA2002

    [Test]
    public void ListOfIntAndStr_ReportsTheFirstOddElement() =>
        Verify("row = [1, [|\"a\"|]]\n", Heterogeneous("list", "int", "str"));

    [Test]
    public void DictValuesOfTwoTypes_ReportsTheValue() =>
        Verify("scores = {\"ann\": 1, \"bob\": [|\"high\"|]}\n", Heterogeneous("dict value", "int", "str"));

    [Test]
    public void ConditionalExpressionBranches_OfTwoTypes_AreReported() =>
        Verify("def pick(flag: bool) -> None:\n    print([|1 if flag else \"one\"|])\n", Heterogeneous("the branches of the conditional expression", "int", "str"));

    [Test]
    public void ListWithNone_IsAnOptionalElement_NotAnError() =>
        VerifyNone("values = [1, None, 3]\nprint(values)\n");

    [Test]
    public void Tuple_OfMixedTypes_IsAllowed() =>
        VerifyNone("row = (1, \"two\", 3.0)\nprint(row)\n");

    // ------------------------------------------------------------------ PA2003

    [Test]
    public void EmptyListNeverUsed_ReportsTheVariable() =>
        Verify("[|xs|] = []\n", CannotInfer("xs"));

    [Test]
    public void EmptyDictOnlyMeasured_InAFunction_ReportsTheVariable() =>
        Verify("def main() -> None:\n    [|cache|] = {}\n    print(len(cache))\n", CannotInfer("cache"));

    [Test]
    public void EmptyListFilledLater_IsTyped() =>
        VerifyNone("xs = []\nxs.append(1.5)\nprint(xs)\n");

    [Test]
    public void AnnotatedEmptyList_IsTyped() =>
        VerifyNone("def main() -> None:\n    pending: list[str] = []\n    print(len(pending))\n");

    // ------------------------------------------------------------------ PA2004

    [Test]
    public void StrPlusInt_UsesCPythonsWording() =>
        Verify("s = [|\"a\" + 1|]\n", NoOverload("unsupported operand type(s) for +: 'str' and 'int'"));

    [Test]
    public void StrPlusIntParameter_InAReturn_IsReported() =>
        Verify("def label(count: int) -> str:\n    return [|\"items: \" + count|]\n", NoOverload("unsupported operand type(s) for +: 'str' and 'int'"));

    [Test]
    public void UnaryMinusOfAStr_UsesCPythonsWording() =>
        Verify("def negate(text: str) -> None:\n    print([|-text|])\n", NoOverload("bad operand type for unary -: 'str'"));

    [Test]
    public void FloatTimesAnInstance_UsesItsReflectedMethod() =>
        VerifyNone("class V:\n    def __rmul__(self, k: float) -> 'V':\n        return self\n\nv = 2.0 * V()\nw = v\n");

    [Test]
    public void FloatTimesAnInstanceWithoutAReflectedMethod_IsReported() =>
        Verify("class V:\n    def __mul__(self, k: float) -> 'V':\n        return self\n\nv = [|2.0 * V()|]\n", NoOverload("unsupported operand type(s) for *: 'float' and 'V'"));

    [Test]
    public void IndexingADictView_IsRejected_AsCPythonRaisesTypeError() =>
        Verify("d = {'a': 1}\nk = [|d.keys()[0]|]\n", NoOverload("unsupported operand type(s) for []: 'dict_keys[str, int]' and 'int'"));

    [Test]
    public void OrderingValuesViews_IsRejected_AsTheyHaveNoOrder() =>
        Verify("d = {'a': 1}\nx = d.values() [|< d.values()|]\n", NoOverload("unsupported operand type(s) for <: 'dict_values[str, int]' and 'dict_values[str, int]'"));

    [Test]
    public void IntPlusFloat_IsPromoted_NotAnError() =>
        VerifyNone("total = 1 + 2.5\nprint(total)\n");

    // ------------------------------------------------------------------ PA2005

    [Test]
    public void ExportedFunction_WithAnUnannotatedParameterAndNoCaller_IsReported() =>
        Verify("def double([|value|]):\n    return value * 2\n", UntypedExport("value", "double"));

    [Test]
    public void ExportedFunction_ReportsEachUnannotatedParameter() =>
        Verify("def area([|width|], height: int, [|depth|]) -> int:\n    return 0\n", UntypedExport("width", "area"), UntypedExport("depth", "area"));

    [Test]
    public void PrivateFunction_WithoutCaller_IsNotReported() =>
        VerifyNone("def _double(value):\n    return value * 2\n");

    [Test]
    public void UnannotatedFunction_WithACaller_TakesTheArgumentTypes() =>
        VerifyNone("def double(value):\n    return value * 2\n\nprint(double(21))\n");

    // ------------------------------------------------------------------ PA2006

    [Test]
    public void RecursionWithoutABaseReturn_ReportsTheFunction() =>
        Verify("[|def walk(depth: int):\n    if depth > 10:\n        raise RecursionError(\"too deep\")\n    return walk(depth + 1)\n|]\nwalk(0)\n",
            RecursiveReturn("walk"));

    [Test]
    public void RecursionWithoutABaseReturn_IsReportedWithoutACaller() =>
        Verify("[|def countdown(n: int):\n    return countdown(n - 1)\n|]", RecursiveReturn("countdown"));

    [Test]
    public void RecursionWithABaseReturn_IsTyped() =>
        VerifyNone("def fact(n: int):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\nprint(fact(5))\n");

    // ------------------------------------------------------------------ PA2007

    [Test]
    public void IntArgumentForAStrParameter_ReportsTheArgument() =>
        Verify("def greet(name: str) -> str:\n    return \"hello \" + name\n\nprint(greet([|42|]))\n", ArgumentMismatch("name", "greet", "int", "str"));

    [Test]
    public void KeywordArgumentOfTheWrongType_ReportsThatArgument_NotTheOneAtTheParametersPosition() =>
        Verify("def f(a: int, b: str) -> None:\n    pass\n\nf([|b=1|], a=2)\n", ArgumentMismatch("b", "f", "int", "str"));

    [Test]
    public void AnyIterableForAnIterableParameter_IsAccepted() =>
        VerifyNone("from typing import Iterable\ndef total(xs: Iterable[int]) -> int:\n    return sum(xs)\n\n"
            + "print(total([1, 2]), total(range(3)), total({1: 'a'}), total({4}), total((5, 6)), total(x for x in [7]))\n");

    [Test]
    public void AnIterableOfTheWrongItemType_ReportsTheArgument() =>
        Verify("from typing import Iterable\ndef total(xs: Iterable[int]) -> int:\n    return sum(xs)\n\nprint(total([|['a']|]))\n",
            ArgumentMismatch("xs", "total", "list[str]", "Iterable[int]"));

    [Test]
    public void AListForAnIteratorParameter_IsReported() =>
        Verify("from typing import Iterator\ndef first(it: Iterator[int]) -> int:\n    return next(it)\n\nprint(first([|[1, 2]|]))\n",
            ArgumentMismatch("it", "first", "list[int]", "Iterator[int]"));

    [Test]
    public void IntArgumentForAFloatParameter_IsAccepted() =>
        VerifyNone("def half(x: float) -> float:\n    return x / 2\n\nprint(half(3.0))\n");

    // ------------------------------------------------------------------ PA2008

    [Test]
    public void ListWithoutTypeArguments_IsReported() =>
        Verify("def total(values: [|list|]) -> int:\n    return len(values)\n",
            InvalidAnnotation("'list' needs type arguments: write list[...] with the element types"));

    [Test]
    public void UnknownTypeName_InAVariableAnnotation_IsReported() =>
        Verify("count: [|integer|] = 0\n", InvalidAnnotation("unknown type 'integer'"));

    [Test]
    public void DictWithOneTypeArgument_IsReported() =>
        Verify("def f(d: [|dict[str]|]) -> None:\n    pass\n", InvalidAnnotation("dict[...] takes a key and a value type"));

    [Test]
    public void DictViewAnnotations_AreNotTypesForUsers()
    {
        Verify("def f(k: [|dict_keys[str, int]|]) -> None:\n    pass\n", InvalidAnnotation("'dict_keys' is not a generic type PythonAot knows"));
        Verify("from typing import ItemsView\n\ndef f(k: [|ItemsView[str, int]|]) -> None:\n    pass\n", InvalidAnnotation("'ItemsView' is not a generic type PythonAot knows"));
    }

    [Test]
    public void AnyAnnotation_IsReportedOnceAsUntranslatable_NotAlsoAsInvalid()
    {
        var (source, spans) = MarkedSource.Parse("from typing import Any\n\ndef f(x: [|Any|]) -> None:\n    pass\n");
        var errors = Errors(PythonCompilation.FromSource(source, "example.py"));
        Assert.That(errors.Select(d => (d.Id, d.Location.SourceSpan)), Is.EqualTo(new[] { ("PA3010", spans[0]) }));
    }

    // ------------------------------------------------------------------ PA2009

    [Test]
    public void UnknownFieldOfAUserClass_ReportsTheMemberAccess() =>
        Verify("class Point:\n    def __init__(self, x: int) -> None:\n        self.x = x\n\np = Point(1)\nprint([|p.z|])\n", UnknownAttribute("Point", "z"));

    [Test]
    public void ListMethodOfADictView_IsReported() =>
        Verify("d = {'a': 1}\n[|d.items().append|](('b', 2))\n", UnknownAttribute("dict_items[str, int]", "append"));

    [Test]
    public void UnknownMethodOfAStr_IsReported() =>
        Verify("def shout(text: str) -> str:\n    return [|text.shout|]()\n", UnknownAttribute("str", "shout"));

    // ------------------------------------------------------------------ PA2010

    [Test]
    public void CallingAnInt_ReportsTheCallee_AndTheTargetIsNotAlsoUntyped() =>
        Verify("size = 10\nn = [|size|]()\n", NotCallable("int"));

    [Test]
    public void CallingAnIntField_ReportsTheMemberAccess() =>
        Verify("class Config:\n    def __init__(self) -> None:\n        self.timeout = 30\n\nconfig = Config()\nprint([|config.timeout|]())\n", NotCallable("int"));

    // ------------------------------------------------------------------ PA2011

    [Test]
    public void MatchStatement_IsNotSupported() =>
        Verify("def describe(command: str) -> str:\n    [|match command:\n        case \"go\":\n            return \"moving\"\n        case _:\n            return \"unknown\"\n|]",
            NotSupported("the match statement"));

    [Test]
    public void DeletingAVariable_IsNotSupported() =>
        Verify("x = 1\ndel [|x|]\n", NotSupported("deleting a variable"));

    [Test]
    public void ComplexLiteral_IsNotSupported() =>
        Verify("z = [|2j|]\n", NotSupported("complex numbers"));

    [Test]
    public void MultipleInheritance_IsNotSupported() =>
        Verify("class A:\n    pass\n\nclass B:\n    pass\n\nclass C(A, [|B|]):\n    pass\n", NotSupported("multiple inheritance"));

    // ------------------------------------------------------------------ PA2012

    [Test]
    public void LiteralBeyondInt64_IsReported() =>
        Verify("big = [|9223372036854775808|]\n", TooLarge("9223372036854775808"));

    [Test]
    public void HexLiteralBeyondInt64_IsReportedAsWritten() =>
        Verify("MASK = [|0xFFFFFFFFFFFFFFFF|]\n", TooLarge("0xFFFFFFFFFFFFFFFF"));

    [Test]
    public void Int64Bounds_AreAccepted() =>
        VerifyNone("high = 9223372036854775807\nlow = -9223372036854775808\nprint(high, low)\n");

    // ------------------------------------------------------------------ PA2013

    [Test]
    public void FloatReturnedFromAnIntFunction_IsReported() =>
        Verify("def average(values: list[float]) -> int:\n    return [|sum(values) / len(values)|]\n", ReturnMismatch("average", "float", "int"));

    [Test]
    public void StrReturnedFromAnIntFunction_IsReported() =>
        Verify("def code(name: str) -> int:\n    return [|name|]\n", ReturnMismatch("code", "str", "int"));

    [Test]
    public void OptionalReturn_AnnotatedAsOptional_IsAccepted() =>
        VerifyNone("def find(xs: list[int], x: int) -> int | None:\n    for i in range(len(xs)):\n        if xs[i] == x:\n            return i\n    return None\n");

    // ------------------------------------------------------------------ PA2014

    [Test]
    public void MisspelledName_IsUndefined() =>
        Verify("def report(total: int) -> None:\n    print([|totl|])\n", Undefined("totl"));

    [Test]
    public void UndefinedName_AtModuleLevel_IsReported() =>
        Verify("print([|missing|])\n", Undefined("missing"));

    // ------------------------------------------------------------------ PA2015

    [Test]
    public void MissingArgument_ReportsTheCall_AndTheTargetIsNotAlsoUntyped() =>
        Verify("def clamp(value: int, low: int, high: int) -> int:\n    return max(low, min(value, high))\n\nx = [|clamp(5, 10)|]\n",
            WrongArguments("clamp() missing required argument: 'high'"));

    [Test]
    public void TooManyArguments_ReportsTheCall() =>
        Verify("def one(a: int) -> int:\n    return a\n\nprint([|one(1, 2)|])\n", WrongArguments("one() takes 1 positional argument but 2 were given"));

    [Test]
    public void UnknownKeyword_ReportsTheArgument() =>
        Verify("def clamp(value: int, low: int = 0) -> int:\n    return max(low, value)\n\nprint(clamp(5, [|lo=1|]))\n",
            WrongArguments("clamp() got an unexpected keyword argument 'lo'"));

    [Test]
    public void KeywordAndDefaultArguments_AreAccepted() =>
        VerifyNone("def clamp(value: int, low: int = 0, high: int = 100) -> int:\n    return max(low, min(value, high))\n\nprint(clamp(5, high=10))\n");

    [Test]
    public void UserExceptionWithoutInit_TakesTheBuiltinConstructor() =>
        VerifyNone("class AppError(Exception):\n    pass\n\nclass NotFound(AppError):\n    pass\n\ntry:\n    raise NotFound('user 7')\nexcept AppError as error:\n    print(error)\nprint(AppError())\n");

    [Test]
    public void UserExceptionInit_CallsTheBuiltinInitThroughSuper() =>
        VerifyNone("class HttpError(Exception):\n    def __init__(self, status: int) -> None:\n        super().__init__(f'status {status}')\n        self.status = status\n\nraise HttpError(404)\n");

    [Test]
    public void UserException_WithTwoArguments_IsNotSupported() =>
        Verify("class AppError(Exception):\n    pass\n\nraise [|AppError('a', 'b')|]\n", NotSupported("AppError with more than one argument"));

    [Test]
    public void UserClassNotAnException_StillTakesNoArguments() =>
        Verify("class Plain:\n    pass\n\nprint([|Plain(1)|])\n", WrongArguments("Plain() takes no arguments"));

    [Test]
    public void SysModule_ArgvExitAndMaxsize_AreAccepted() =>
        VerifyNone("import sys\n\nprint(len(sys.argv), sys.maxsize)\nif len(sys.argv) > 5:\n    sys.exit('too many')\nsys.exit(3)\n");

    [Test]
    public void UserClassDunders_BackOperatorsComparisonsAndLen() =>
        VerifyNone("class V:\n    def __init__(self, x: int) -> None:\n        self.x = x\n    def __add__(self, other: 'V') -> 'V':\n        return V(self.x + other.x)\n    def __lt__(self, other: 'V') -> bool:\n        return self.x < other.x\n    def __len__(self) -> int:\n        return self.x\n\nprint((V(1) + V(2)).x, V(1) < V(2), len(V(4)))\n");

    [Test]
    public void UserClassWithoutTheDunder_StillReportsTheOperator() =>
        Verify("class V:\n    pass\n\nprint(V() [|< V()|])\n", NoOverload("unsupported operand type(s) for <: 'V' and 'V'"));

    [Test]
    public void AndOr_OfDifferentTypes_InAConditionOnly_AreAccepted() =>
        VerifyNone("def keep(word: str, stop: set[str]) -> bool:\n    if word and word not in stop:\n        return True\n    while not (word or len(stop) > 3):\n        break\n    return False\n");

    [Test]
    public void AndOr_OfDifferentTypes_AsAValue_AreStillReported() =>
        Verify("word = 'a'\nflag = [|word and 3|]\n", Heterogeneous("the operands of 'and'", "str", "int"));

    // ------------------------------------------------------------------ PA2016

    [Test]
    public void MaxOfAnEmptyDisplayWithAKey_IsNeverFixed() =>
        Verify("def longest() -> None:\n    print([|max([], key=len)|])\n", OperandsNeverFixed("max()"));

    [Test]
    public void SortedOfAnEmptyDisplayWithAKey_IsNeverFixed() =>
        Verify("def _size(s):\n    return len(s)\n\nprint([|sorted([], key=_size)|])\n", OperandsNeverFixed("sorted()"));

    [Test]
    public void MaxWithAKey_OverATypedList_IsAccepted() =>
        VerifyNone("def longest(words: list[str]) -> str:\n    return max(words, key=len)\n");

    // ------------------------------------------------------------------ PA2017

    [Test]
    public void ImportOfANameTheModuleDoesNotDefine_ReportsTheName()
    {
        var (source, spans) = MarkedSource.Parse("from helpers import [|missing|]\n");
        var compilation = PythonCompilation.Create([
            SyntaxTree.ParseText("def parse(text: str) -> int:\n    return int(text)\n", path: "helpers.py"),
            SyntaxTree.ParseText(source, path: "example.py"),
        ]);
        AssertErrors(compilation, source, "example.py", spans, CannotImport("missing", "helpers"));
    }

    [Test]
    public void ImportOfADefinedName_IsAccepted()
    {
        var compilation = PythonCompilation.Create([
            SyntaxTree.ParseText("def parse(text: str) -> int:\n    return int(text)\n", path: "helpers.py"),
            SyntaxTree.ParseText("from helpers import parse\n\nprint(parse(\"1\") + 1)\n", path: "example.py"),
        ]);
        Assert.That(Errors(compilation), Is.Empty, () => TypeTestHarness.Format(Errors(compilation)));
    }

    // ------------------------------------------------------------------ PA2018

    [Test]
    public void OverrideWithAnotherReturnType_ReportsTheMethod() =>
        Verify("class Shape:\n    def area(self) -> float:\n        return 0.0\n\nclass Square(Shape):\n    [|def area(self) -> int:\n        return 1\n|]",
            Override("Square.area", "Shape.area", "() -> int", "() -> float"));

    [Test]
    public void OverrideWithTheSameSignature_IsAccepted() =>
        VerifyNone("class Shape:\n    def area(self) -> float:\n        return 0.0\n\nclass Square(Shape):\n    def area(self) -> float:\n        return 1.0\n");

    // ------------------------------------------------------------------ PA2019

    [Test]
    public void ForOverAnInt_ReportsTheIterable_AndTheLoopVariableIsNotAlsoUntyped() =>
        Verify("count = 10\nfor i in [|count|]:\n    print(i)\n", NotIterable("int"));

    [Test]
    public void ComprehensionOverAFloat_IsReported() =>
        Verify("def f(x: float) -> None:\n    print([y for y in [|x|]])\n", NotIterable("float"));

    [Test]
    public void ForOverRangeAndStr_IsAccepted() =>
        VerifyNone("for i in range(3):\n    print(i)\nfor c in \"abc\":\n    print(c)\n");

    // ------------------------------------------------------------------ PA2020

    [Test]
    public void ThreeValuesIntoTwoTargets_ReportsTheTargets() =>
        Verify("[|x, y|] = 1, 2, 3\n", UnpackCount(3, 2));

    [Test]
    public void TupleVariableIntoTooManyTargets_IsReported() =>
        Verify("point = (1, 2)\n[|x, y, z|] = point\n", UnpackCount(2, 3));

    [Test]
    public void MatchingUnpacking_IsAccepted() =>
        VerifyNone("point = (1, 2.5)\nx, y = point\nprint(x + 1, y + 1.0)\n");

    // ------------------------------------------------------------------ PA2021

    [Test]
    public void IntAssignedToAFloatVariable_ReportsTheTargetWithTheHint() =>
        Verify("[|x|]: float = 0\n", AssignmentMismatch("x", "float", "int", FloatHint));

    [Test]
    public void StrAssignedToAnIntVariable_HasNoHint() =>
        Verify("count: int = 0\n[|count|] = \"many\"\n", AssignmentMismatch("count", "int", "str"));

    [Test]
    public void FloatLiteralForAFloatVariable_IsAccepted() =>
        VerifyNone("x: float = 0.0\nprint(x)\n");

    // ------------------------------------------------------------------ no diagnostics

    [Test]
    public void NarrowingWithIsNotNone_IsAccepted() =>
        VerifyNone("def inc(v: int | None) -> int:\n    if v is not None:\n        return v + 1\n    return 0\n");

    [Test]
    public void OptionalVariable_NarrowedBeforeUse_IsAccepted() =>
        VerifyNone("best = None\nfor v in [3, 1, 2]:\n    if best is None or v > best:\n        best = v\nif best is not None:\n    print(best + 1)\n");

    [Test]
    public void ExportedFunctionWithAnnotatedParameters_AndAnInferredReturn_IsAccepted() =>
        VerifyNone("def area(width: float, height: float):\n    return width * height\n");

    [Test]
    public void ClassWithFieldsAndMethods_IsAccepted() =>
        VerifyNone("class Counter:\n    def __init__(self) -> None:\n        self.count = 0\n\n    def bump(self, by: int) -> int:\n        self.count += by\n        return self.count\n\nc = Counter()\nprint(c.bump(2))\n");

    // ------------------------------------------------------------------ helpers

    private static IReadOnlyList<Diagnostic> Errors(PythonCompilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>
    /// Compiles <paramref name="marked"/> as example.py and asserts that its errors are exactly
    /// <paramref name="expected"/>, one per marked span in span order, each with its id and message.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Verify(string marked, params (string Id, string Message)[] expected)
    {
        var (source, spans) = MarkedSource.Parse(marked);
        return AssertErrors(PythonCompilation.FromSource(source, "example.py"), source, "example.py", spans, expected);
    }

    private static void VerifyNone(string source) => Verify(source);

    private static IReadOnlyList<Diagnostic> AssertErrors(PythonCompilation compilation, string source, string path, IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> spans, params (string Id, string Message)[] expected)
    {
        Assert.That(spans, Has.Count.EqualTo(expected.Length), "the markup needs one span per expected diagnostic");
        var actual = Errors(compilation);
        var actualText = actual.Select(Describe).ToArray();
        var expectedText = expected.Select((e, i) => $"{e.Id} {path} {spans[i]} {source.Substring(spans[i].Start, spans[i].Length)}: {e.Message}").ToArray();
        Assert.That(actualText, Is.EqualTo(expectedText));
        return actual;

        string Describe(Diagnostic d)
        {
            var span = d.Location.SourceSpan;
            var text = d.Location.GetLineSpan().Path == path && span.End <= source.Length ? source.Substring(span.Start, span.Length) : "?";
            return $"{d.Id} {d.Location.GetLineSpan().Path} {span} {text}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        }
    }
}
