using static PythonAot.Compiler.Semantics.Tests.Untranslatable.UntranslatableVerifier;

namespace PythonAot.Compiler.Semantics.Tests.Untranslatable;

/// <summary>One test per construct: the id, the exact span (marked with [| |]) and the message; and the allowed forms.</summary>
public sealed class UntranslatableConstructCheckerTests
{
    private static (string, string) DynamicCode(string name) => ("PA3001", $"'{name}' executes code built at run time; it cannot be compiled ahead of time");
    private static (string, string) Namespace(string name) => ("PA3002", $"'{name}' exposes variables as a dictionary at run time; compiled code has no such dictionary, use the names directly");
    private static (string, string) ComputedName(string name) => ("PA3003", $"'{name}' with an attribute name computed at run time cannot be compiled ahead of time; write the name as a string literal or access the attribute directly");
    private static readonly (string, string) s_dict = ("PA3004", "'__dict__' exposes attributes as a dictionary; compiled objects have fixed fields, access them by name");
    private static (string, string) Metaclass(string name) => ("PA3005", $"class '{name}' uses a metaclass, which creates classes at run time; use a plain class, a decorator or a class method instead");
    private static readonly (string, string) s_typeCall = ("PA3006", "'type' with three arguments creates a class at run time; declare the class with a class statement");
    private static (string, string) External(string target, string owner) => ("PA3007", $"'{target}' modifies {owner} from outside its definition; its attributes are fixed when compiled ahead of time");
    private static (string, string) Variadic(string parameter) => ("PA3008", $"parameter '{parameter}' has no type annotation; annotate the type of each extra argument, as in '{parameter}: int'");
    private static (string, string) Unsupported(string module) => ("PA3009", $"module '{module}' is not supported; it has no ahead-of-time translation");
    private static readonly (string, string) s_any = ("PA3010", "'Any' gives no type to translate; name the concrete type");
    private static (string, string) Hook(string name) => ("PA3011", $"'{name}' intercepts attribute access by name at run time; declare the attributes, or use properties");
    private static (string, string) Star(string module) => ("PA3012", $"'from {module} import *' brings in names that are not known ahead of time; import the names you use explicitly");
    private static (string, string) Coroutine(string name) => ("PA3013", $"coroutine '{name}' cannot be compiled: 'async def' is not supported; write a regular function");
    private static (string, string) DynamicImport(string callee) => ("PA3014", $"'{callee}' imports a module chosen at run time; use an import statement");
    private static (string, string) ClassChange(string attribute) => ("PA3015", $"assigning '{attribute}' changes a class at run time; compiled classes and objects keep the class they were created with");

    // ------------------------------------------------------------------ PA3001

    [Test]
    public void Eval_ReportsTheCallee() =>
        Verify("x = [|eval|](\"1 + 2\")\n", DynamicCode("eval"));

    [Test]
    public void Exec_InsideAFunction_IsReported() =>
        Verify("def run(code: str) -> None:\n    [|exec|](code)\n", DynamicCode("exec"));

    [Test]
    public void Compile_IsReported() =>
        Verify("c = [|compile|](\"x\", \"<string>\", \"eval\")\n", DynamicCode("compile"));

    [Test]
    public void Eval_ThroughTheBuiltinsModule_ReportsTheWholeCallee() =>
        Verify("import builtins\nx = [|builtins.eval|](\"1\")\n", DynamicCode("eval"));

    [Test]
    public void Eval_ShadowedByAModuleFunction_IsAllowed() =>
        VerifyNone("def eval(text: str) -> int:\n    return len(text)\n\nx = eval(\"1\")\n");

    [Test]
    public void Eval_AsAParameterOrMethod_IsAllowed() =>
        VerifyNone("def apply(eval, obj) -> None:\n    eval(1)\n    obj.exec(2)\n");

    // ------------------------------------------------------------------ PA3002

    [Test]
    public void Globals_IsReported() =>
        Verify("names = [|globals|]()\n", Namespace("globals"));

    [Test]
    public void LocalsAndVars_AreReported() =>
        Verify("def f(obj: object) -> None:\n    a = [|locals|]()\n    b = [|vars|](obj)\n", Namespace("locals"), Namespace("vars"));

    // ------------------------------------------------------------------ PA3003

    [Test]
    public void Getattr_WithAVariableName_ReportsTheNameArgument() =>
        Verify("def read(obj: object, name: str) -> object:\n    return getattr(obj, [|name|])\n", ComputedName("getattr"));

    [Test]
    public void SetattrDelattrHasattr_WithComputedNames_AreReported() =>
        Verify("setattr(o, [|\"x\" + s|], 1)\ndelattr(o, [|names[0]|])\nok = hasattr(o, [|f\"x{i}\"|])\n",
            ComputedName("setattr"), ComputedName("delattr"), ComputedName("hasattr"));

    [Test]
    public void Getattr_WithStarredArguments_ReportsTheStarredArgument() =>
        Verify("v = getattr([|*pair|])\n", ComputedName("getattr"));

    [Test]
    public void Getattr_WithABytesName_IsReported() =>
        Verify("v = getattr(o, [|b\"x\"|])\n", ComputedName("getattr"));

    [Test]
    public void AttributeFunctions_WithLiteralNames_AreAllowed() =>
        VerifyNone("a = getattr(o, \"x\")\nb = getattr(o, 'y', None)\nsetattr(o, \"x\", 1)\ndelattr(o, r'x')\nc = hasattr(o, \"na\" \"me\")\n");

    [Test]
    public void ObjectSetattr_WithAComputedName_IsReported() =>
        Verify("class P:\n    def __init__(self, name: str) -> None:\n        object.__setattr__(self, [|name|], 1)\n", ComputedName("object.__setattr__"));

    [Test]
    public void ObjectSetattr_WithALiteralName_IsAllowed() =>
        VerifyNone("class P:\n    def __init__(self) -> None:\n        object.__setattr__(self, \"x\", 1)\n");

    // ------------------------------------------------------------------ PA3004

    [Test]
    public void Dict_ReportsTheAttributeName() =>
        Verify("def dump(obj: object) -> None:\n    print(obj.[|__dict__|])\n", s_dict);

    [Test]
    public void Dict_InAMethodCallAndAnAssignment_IsReportedEachTime() =>
        Verify("self.[|__dict__|].update(state)\nother.[|__dict__|] = {}\n", s_dict, s_dict);

    [Test]
    public void Getattr_OfDictByLiteral_IsReportedAsDict() =>
        Verify("d = getattr(o, [|\"__dict__\"|])\n", s_dict);

    // ------------------------------------------------------------------ PA3005

    [Test]
    public void MetaclassKeyword_ReportsTheKeywordArgument() =>
        Verify("class Meta(Base):\n    pass\n\nclass C(Base, [|metaclass=Meta|]):\n    pass\n", Metaclass("C"));

    [Test]
    public void ClassDerivedFromType_ReportsTheBase() =>
        Verify("class Meta([|type|]):\n    pass\n", Metaclass("Meta"));

    [Test]
    public void OrdinaryBasesAndKeywords_AreAllowed() =>
        VerifyNone("class A:\n    pass\n\nclass B(A, flag=True):\n    pass\n\nclass C(object):\n    pass\n");

    // ------------------------------------------------------------------ PA3006

    [Test]
    public void ThreeArgumentType_ReportsTheCall() =>
        Verify("Point = [|type(\"Point\", (), {\"x\": 0})|]\n", s_typeCall);

    [Test]
    public void OneArgumentType_IsAllowed() =>
        VerifyNone("def kind(x: int) -> str:\n    return type(x).__name__\n");

    // ------------------------------------------------------------------ PA3007

    [Test]
    public void ModuleAttributeAssignment_ReportsTheTarget() =>
        Verify("import math\n[|math.pi|] = 3\n", External("math.pi", "module 'math'"));

    [Test]
    public void AliasedModuleAttributeAssignment_NamesTheModule() =>
        Verify("import os as o\n[|o.sep|] = \"/\"\n", External("o.sep", "module 'os'"));

    [Test]
    public void ModuleAttributeDelete_IsReported() =>
        Verify("import math\ndel [|math.e|]\n", External("math.e", "module 'math'"));

    [Test]
    public void ClassAttribute_AssignedAtModuleLevel_IsReported() =>
        Verify("class Counter:\n    count = 0\n\n[|Counter.count|] = 5\n", External("Counter.count", "class 'Counter'"));

    [Test]
    public void ClassAttribute_AugmentedInAFunction_IsReported() =>
        Verify("class Counter:\n    count = 0\n\ndef bump() -> None:\n    [|Counter.count|] += 1\n", External("Counter.count", "class 'Counter'"));

    [Test]
    public void ClassAttribute_AssignedInItsOwnMethod_IsReported() =>
        Verify("class Counter:\n    count = 0\n\n    def reset(self) -> None:\n        [|Counter.count|] = 0\n", External("Counter.count", "class 'Counter'"));

    [Test]
    public void ClassAttribute_AnnotatedAndInATupleTarget_AreReported() =>
        Verify("class C:\n    pass\n\n[|C.x|]: int = 0\n[|C.y|], z = 1, 2\n", External("C.x", "class 'C'"), External("C.y", "class 'C'"));

    [Test]
    public void ClassAttribute_AsALoopTarget_IsReported() =>
        Verify("class C:\n    pass\n\nfor [|C.i|] in range(3):\n    pass\n", External("C.i", "class 'C'"));

    [Test]
    public void InstanceAndClassBodyAttributes_AreAllowed() =>
        VerifyNone("class C:\n    total = 0\n    total += 1\n\n    def __init__(self) -> None:\n        self.x = 1\n        self.x += 1\n\nc = C()\nc.y = 2\n");

    [Test]
    public void ReadingModuleAndClassAttributes_IsAllowed() =>
        VerifyNone("import math\n\nclass C:\n    k = 1\n\nx = math.pi + C.k\n");

    // ------------------------------------------------------------------ PA3008

    [Test]
    public void UnannotatedArgs_ReportsTheParameter() =>
        Verify("def total([|*args|]) -> int:\n    return 0\n", Variadic("*args"));

    [Test]
    public void UnannotatedKwargs_ReportsTheParameter() =>
        Verify("def build(name: str, [|**options|]) -> None:\n    pass\n", Variadic("**options"));

    [Test]
    public void AnnotatedVariadics_BareStarAndLambdas_AreAllowed() =>
        VerifyNone("def f(*args: int, **kwargs: str) -> None:\n    pass\n\ndef g(a: int, *, b: int) -> None:\n    pass\n\nh = lambda *xs: xs\n");

    // ------------------------------------------------------------------ PA3009

    [Test]
    public void UnsupportedImport_ReportsTheDottedName() =>
        Verify("import math, [|xml.etree.ElementTree|] as ET\n", Unsupported("xml.etree.ElementTree"));

    [Test]
    public void UnsupportedFromImport_ReportsTheModule() =>
        Verify("from [|pickle|] import dumps, loads\n", Unsupported("pickle"));

    [Test]
    public void UnsupportedImport_InsideAFunction_IsReported() =>
        Verify("def save(x: int) -> None:\n    import [|pickle|]\n", Unsupported("pickle"));

    [Test]
    public void SupportedAndRelativeImports_AreAllowed() =>
        VerifyNone("from __future__ import annotations\nimport os.path\nfrom typing import List\nfrom . import sibling\nfrom ..pkg.mod import thing\n");

    // ------------------------------------------------------------------ PA3010

    [Test]
    public void Any_InParameterAndReturnAnnotations_IsReported() =>
        Verify("from typing import Any\n\ndef f(x: [|Any|]) -> [|Any|]:\n    return x\n", s_any, s_any);

    [Test]
    public void TypingDotAny_NestedInAType_IsReported() =>
        Verify("import typing\n\nconfig: dict[str, [|typing.Any|]] = {}\n", s_any);

    [Test]
    public void Any_ImportedUnderAnAlias_IsReported() =>
        Verify("from typing import Any as Anything\n\nvalues: list[[|Anything|]] = []\n", s_any);

    [Test]
    public void Any_ThroughAnAliasedTypingModuleAndACast_IsReported() =>
        Verify("import typing as t\n\nx = t.cast([|t.Any|], 1)\n", s_any);

    [Test]
    public void Any_FromAStarImportOfTyping_IsReported() =>
        Verify("from typing import [|*|]\n\ndef f(x: [|Any|]) -> None:\n    pass\n", Star("typing"), s_any);

    [Test]
    public void Any_NotFromTyping_IsAllowed() =>
        VerifyNone("class Any:\n    pass\n\ndef f(x: Any) -> Any:\n    return x\n");

    // ------------------------------------------------------------------ PA3011

    [Test]
    public void AttributeHookMethods_ReportTheDefName() =>
        Verify("class Proxy:\n    def [|__getattr__|](self, name: str) -> int:\n        return 0\n\n    def [|__setattr__|](self, name: str, value: int) -> None:\n        pass\n",
            Hook("__getattr__"), Hook("__setattr__"));

    [Test]
    public void ModuleLevelGetattr_IsReported() =>
        Verify("def [|__getattr__|](name: str) -> int:\n    return 0\n", Hook("__getattr__"));

    [Test]
    public void HookNamesInsideFunctions_AreAllowed() =>
        VerifyNone("def outer() -> None:\n    def __getattr__(name: str) -> int:\n        return 0\n\ndef __setattr__(a: int) -> None:\n    pass\n");

    // ------------------------------------------------------------------ PA3012

    [Test]
    public void StarImport_ReportsTheStar() =>
        Verify("from os.path import [|*|]\n", Star("os.path"));

    [Test]
    public void RelativeStarImport_NamesTheDots() =>
        Verify("from .. import [|*|]\n", Star(".."));

    // ------------------------------------------------------------------ PA3013

    [Test]
    public void AsyncDef_ReportsTheAsyncKeyword() =>
        Verify("[|async|] def fetch(url: str) -> str:\n    return url\n", Coroutine("fetch"));

    // ------------------------------------------------------------------ PA3014

    [Test]
    public void DunderImport_IsReported() =>
        Verify("m = [|__import__|](\"os\")\n", DynamicImport("__import__"));

    [Test]
    public void ImportlibImportModule_IsReported() =>
        Verify("import importlib\nm = [|importlib.import_module|](name)\n", DynamicImport("importlib.import_module"));

    // ------------------------------------------------------------------ PA3015

    [Test]
    public void ClassAssignment_IsReported() =>
        Verify("obj = A()\n[|obj.__class__|] = B\n", ClassChange("__class__"));

    // ------------------------------------------------------------------ ordering and robustness

    [Test]
    public void SeveralDiagnostics_ComeBackInSourceOrder() =>
        Verify("import [|pickle|]\n\ndef f([|*args|]) -> None:\n    [|eval|](args[0])\n    x = o.[|__dict__|]\n",
            Unsupported("pickle"), Variadic("*args"), DynamicCode("eval"), s_dict);

    [TestCase("getattr(")]
    [TestCase("import")]
    [TestCase("from import *")]
    [TestCase("class C(metaclass=")]
    [TestCase("def f(*")]
    [TestCase("x.  = 1")]
    [TestCase("async")]
    public void IncompleteSource_DoesNotThrow(string source) =>
        Assert.That(() => Check(source), Throws.Nothing);
}
