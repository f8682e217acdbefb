using System.Text.Json;
using System.Text.Json.Nodes;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>
/// Evaluates many Python expressions in one python3 process, each against fresh sample values, and describes each
/// result's type (<c>["list", ["int", "int"]]</c>) or the exception it raised (with the exception class's MRO).
/// </summary>
internal static class CPythonOracle
{
    /// <summary>The sample variables; <see cref="DifferentialCase"/> gives each the type PythonAot would.</summary>
    private const string Script = """
        import sys, json, math, operator, builtins, io, contextlib, collections.abc, warnings
        warnings.simplefilter("ignore")
        def env():
            v = dict(i=7, j=2, one=1, zero=0, big=10, neg=-2, huge=2**62, f=2.5, g=0.5, fz=0.0, b=True, c=False,
                s="a%s", t="cd", u="ab", sp="a b\nc", ka="a", ch="x", empty="", num="42", fmt="{}-{}",
                li=[1, 2], lj=[3], lf=[1.5, 2.5], ls=["x", "yz"], lb=[True, False], lli=[[1], [2]], le=[],
                ti=(1, 2), tj=(3,), ts=("a", "b"), pair=(1, "a"), kv=("a", 1),
                d={"a": 1}, e={"b": 2}, pairs=[("b", 2)],
                si={1, 2}, sj={2, 3}, r=range(3), sl=slice(0, 1), n=None, bs=b"ab", it=iter([1, 2]), itf=iter([0.5]))
            v.update(dk=v["d"].keys(), dv=v["d"].values(), di=v["d"].items(), ek=v["e"].keys(), ei=v["e"].items())
            return v
        VIEWS = (type({}.keys()), type({}.values()), type({}.items()))
        NAMES = {"math": math, "operator": operator, "builtins": builtins, "dict_keys": VIEWS[0], "dict_items": VIEWS[2]}
        def desc(v):
            if v is None: return "None"
            tp = type(v)
            if tp in (bool, int, float, str, bytes, range, slice): return tp.__name__
            if tp in VIEWS: return [tp.__name__, [desc(x) for x in v]]
            if tp is list: return ["list", [desc(x) for x in v]]
            if tp is set: return ["set", [desc(x) for x in v]]
            if tp is tuple: return ["tuple", [desc(x) for x in v]]
            if tp is dict: return ["dict", [[desc(k), desc(x)] for k, x in v.items()]]
            if isinstance(v, collections.abc.Iterator): return ["iter", [desc(x) for x in v]]
            return "?" + tp.__name__
        def top(x):
            return type(x).__name__ + (str(len(x)) if type(x) is tuple else "")
        def hetero(v):
            if type(v) in (list, set, frozenset) or isinstance(v, VIEWS):
                return len({top(x) for x in v}) > 1 or any(hetero(x) for x in v)
            if type(v) is tuple:
                return any(hetero(x) for x in v)
            if type(v) is dict:
                return hetero(list(v.keys())) or hetero(list(v.values()))
            return False
        out = []
        for expr in json.loads(sys.stdin.read()):
            values = env()
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    v = eval(expr, dict(NAMES), values)
                    d = desc(v)
                out.append({"type": d, "hetero": hetero(v) or any(hetero(x) for x in values.values()), "value": v if type(v) is bool else None})
            except Exception as ex:
                out.append({"error": type(ex).__name__, "mro": [c.__name__ for c in type(ex).__mro__], "message": str(ex)})
        print(json.dumps(out))
        """;

    /// <summary>One result per expression, in order.</summary>
    public static IReadOnlyList<JsonObject> Evaluate(IReadOnlyList<string> expressions)
    {
        var output = Python.RunScript(Script, JsonSerializer.Serialize(expressions));
        var results = JsonNode.Parse(output)!.AsArray().Select(n => n!.AsObject()).ToList();
        if (results.Count != expressions.Count) throw new InvalidOperationException($"python3 gave {results.Count} results for {expressions.Count} expressions");
        return results;
    }
}
