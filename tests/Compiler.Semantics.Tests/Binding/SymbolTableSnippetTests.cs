using System.Globalization;
using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>
/// Tricky scoping cases and every PA1xxx error, each checked against CPython at test time: the scope dump must
/// equal <c>symtable.symtable</c>'s, and an error must carry CPython's message, line and column.
/// </summary>
[TestFixture]
public class SymbolTableSnippetTests
{
    /// <summary>Sources CPython accepts; the name says what each one exercises.</summary>
    public static readonly (string Name, string Source)[] Accepted =
    [
        ("implicit __class__ cell from super", "class C:\n    def m(self):\n        return super().m()\n"),
        ("explicit __class__", "class C:\n    def m(self):\n        return __class__\n"),
        ("class scope invisible to methods", "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n"),
        ("free in class body", "def f():\n    y = 1\n    class C:\n        z = y\n    return C\n"),
        ("walrus in comprehension in function", "def f(data):\n    if any((hit := v) > 3 for v in data):\n        return hit\n"),
        ("walrus in comprehension at module", "[last := n for n in range(3)]\nprint(last)\n"),
        ("walrus in nested comprehension with global", "def f():\n    global g\n    [[(g := i) for i in r] for r in rows]\n"),
        ("comprehension variable is local", "x = 10\nys = [x for x in range(3)]\n"),
        ("first iterable evaluated outside", "def f(a):\n    return [b for b in a for c in b]\n"),
        ("lambda defaults outside", "def f(k):\n    return lambda x=k, *, y=k: x + y\n"),
        ("del binds", "def f():\n    del x\n"),
        ("except as, with as, for targets", "def f():\n    try:\n        pass\n    except E as e:\n        pass\n    with a as (b, [c, *d]):\n        for i, j in z:\n            pass\n"),
        ("import forms", "def f():\n    import a.b.c\n    import d.e as f2\n    from m import x as y, z\nfrom n import *\n"),
        ("match captures", "def f(p):\n    match p:\n        case [a, *rest] | (a, *rest) if a:\n            pass\n        case {'k': v, **kw}:\n            pass\n        case Point(x=px, y=_) as pt:\n            pass\n        case _:\n            pass\n"),
        ("global in nested function", "def outer():\n    def inner():\n        global counter\n        counter = 1\n    return inner\n"),
        ("nonlocal makes cell and free", "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n"),
        ("free through intermediate function", "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n"),
        ("annotations evaluated outside", "def f(p: P, *args: A, k: K = d, **kw: W) -> R:\n    x: int\n    y: str = ''\n"),
        ("future annotations hides annotation names", "from __future__ import annotations\ndef f(p: P = d) -> R:\n    x: X = 1\n"),
        ("annotated assignment forms", "class C:\n    a: int\n    (b): int = 1\n    self.c: int = 2\n"),
        ("name mangling", "class Foo:\n    __x = 1\n    def __m(self, __p):\n        import __mod\n        return self.__x, __p, __dunder__\nclass _:\n    __y = 2\n"),
        ("parameter order", "def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n"),
        ("dict and call visit order", "d = {k1: v1, **m, k2: v2}\nf(p1, *s, kw=v3, **k, p2=v4)\n"),
        ("conditional and dict comprehension order", "r = yes if cond else no\nq = {key: value for key, value in items}\n"),
        ("generator in call and nested lambdas", "sum(x for x in range(3))\nf = lambda: (lambda y: y)\n"),
        ("try visit order", "try:\n    t1\nexcept E1 as e1:\n    t3\nelse:\n    t2\nfinally:\n    t4\n"),
        ("class bases, keywords, decorators", "@deco\nclass C(Base, metaclass=Meta, **opts):\n    pass\n"),
        ("decorators after defaults", "@dec\ndef f(x=default): pass\n"),
        ("names called like their scope", "def genexpr(): pass\nlambda_ = 1\nx = (genexpr for genexpr in y)\n"),
        ("global declared at module level", "global g\ng = 1\ndef f():\n    return g\n"),
        ("class local shadowing free method variable", "def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n"),
        ("yield makes generator, await, async comprehension", "async def f(xs):\n    yield [await x async for x in xs]\n"),
    ];

    /// <summary>Sources CPython's symbol table rejects.</summary>
    public static readonly (string Id, string Source)[] Rejected =
    [
        ("PA1001", "def f(x):\n    global x\n"),
        ("PA1002", "def f(x):\n    def g():\n        pass\n    nonlocal x\n"),
        ("PA1003", "def f():\n    x = 1\n    global x\n"),
        ("PA1004", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"),
        ("PA1005", "def f():\n    print(x)\n    global x\n"),
        ("PA1006", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"),
        ("PA1007", "def f():\n    global x\n    x: int = 1\n"),
        ("PA1007", "def f():\n    x: int\n    global x\n"),
        ("PA1008", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n"),
        ("PA1009", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
        ("PA1010", "nonlocal x\n"),
        ("PA1011", "def f():\n    def g():\n        nonlocal q\n"),
        ("PA1011", "x = 1\nclass C:\n    def m(self):\n        nonlocal x\n"),
        ("PA1012", "def f(a, b, *, a): pass\n"),
        ("PA1012", "g = lambda x, x: x\n"),
        ("PA1013", "def f():\n    from os import *\n"),
        ("PA1014", "[x for x in (y := [1, 2])]\n"),
        ("PA1015", "class C:\n    items = [(last := i) for i in range(3)]\n"),
        ("PA1016", "[i := 0 for i in range(3)]\n"),
        ("PA1017", "[i for i in range(5) if (j := 0) for j in range(5)]\n"),
        ("PA1018", "def f():\n    return [(yield x) for x in y]\n"),
        ("PA1018", "def f():\n    return ((yield x) for x in y)\n"),
        ("PA1018", "def f():\n    return {k: (yield) for k in y}\n"),
        ("PA1019", "from __future__ import annotations\ndef f(x: (y := int)): pass\n"),
        ("PA1020", "from __future__ import rested_snails\n"),
        ("PA1021", "import os; from __future__ import annotations\n"),
        ("PA1022", "from __future__ import braces\n"),
    ];

    private IReadOnlyList<SymtableResult> _accepted = [];
    private IReadOnlyList<SymtableResult> _rejected = [];

    /// <summary>Runs CPython over all snippets at once.</summary>
    [OneTimeSetUp]
    public void RunCPython()
    {
        _accepted = SymtableOracle.RunSources(Accepted.Select(a => a.Source).ToList());
        _rejected = SymtableOracle.RunSources(Rejected.Select(r => r.Source).ToList());
    }

    private static IEnumerable<TestCaseData> AcceptedCases() =>
        Accepted.Select((a, i) => new TestCaseData(i).SetName("Symtable: " + a.Name));

    private static IEnumerable<TestCaseData> RejectedCases() =>
        Rejected.Select((r, i) => new TestCaseData(i).SetName($"Error {r.Id} #{i}"));

    /// <summary>The scope dump equals CPython's symtable, and there is no diagnostic.</summary>
    [TestCaseSource(nameof(AcceptedCases))]
    public void MatchesCPythonSymtable(int index)
    {
        var oracle = _accepted[index];
        Assert.That(oracle.Accepted, Is.True, $"CPython rejects the snippet: {oracle.ErrorMessage}");
        var scopes = ScopeTree.Build(SyntaxTree.ParseText(Accepted[index].Source, path: "example.py"));
        Assert.That(scopes.Diagnostics, Is.Empty);
        Assert.That(SymbolTableParityTests.FirstDifference(ScopeDump.Write(scopes), oracle.Dump!), Is.Null);
    }

    /// <summary>CPython's symtable error: same message, line and column, under the expected id.</summary>
    [TestCaseSource(nameof(RejectedCases))]
    public void ReportsCPythonError(int index)
    {
        var oracle = _rejected[index];
        Assert.That(oracle.ErrorStage, Is.EqualTo("symtable"), $"CPython: {oracle.ErrorMessage}");
        var tree = SyntaxTree.ParseText(Rejected[index].Source, path: "example.py");
        Assert.That(tree.GetDiagnostics(), Is.Empty, "the snippet must parse");
        var scopes = ScopeTree.Build(tree);
        Assert.That(scopes.Diagnostics, Is.Not.Empty);
        var first = scopes.Diagnostics[0];
        var position = first.Location.GetLineSpan().StartLinePosition;
        Assert.Multiple(() =>
        {
            Assert.That(first.Id, Is.EqualTo(Rejected[index].Id));
            Assert.That(first.GetMessage(CultureInfo.InvariantCulture), Is.EqualTo(oracle.ErrorMessage));
            Assert.That(position.Line + 1, Is.EqualTo(oracle.ErrorLine));
            // future.c reports a late future statement at its 0-based column; we point at the statement itself.
            var offset = Rejected[index].Id == "PA1021" ? oracle.ErrorOffset + 1 : oracle.ErrorOffset;
            Assert.That(position.Character + 1, Is.EqualTo(offset));
        });
    }
}
