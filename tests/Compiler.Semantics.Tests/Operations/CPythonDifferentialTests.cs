using System.Text;
using System.Text.Json.Nodes;
using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

/// <summary>
/// The default library against CPython: every operator over every pair of sample types (int, float, bool, str,
/// list[int], tuple[int, ...], dict[str, int], set[int]), every unary operator, every in-place operator (with the
/// compiler's fallback to the plain one) and a list of builtin, method, math and dict view calls are evaluated by
/// python3 and resolved by the <see cref="OverloadResolver"/>. The rules:
/// <list type="bullet">
/// <item>CPython returns a value whose containers have one item type: the call must resolve, to a type that value has.</item>
/// <item>CPython returns a mixed container (<c>[1, 2, 'c']</c>) or mutates an argument into one: the call must not resolve.</item>
/// <item>CPython raises TypeError: the call must not resolve, unless the chosen overload declares TypeError (a runtime
/// TypeError, as <c>ord('ab')</c>).</item>
/// <item>CPython raises another exception: the call must resolve and the overload must declare that exception or a base of it
/// (or call a function argument, which may raise anything: <c>map(float, ["x"])</c>).</item>
/// </list>
/// The only exceptions are listed in <see cref="Divergences"/> with their reasons, plus one rule: == and != between
/// values of unrelated types, and <c>in</c> with an item of another type, are rejected (Python answers False/True).
/// </summary>
public class CPythonDifferentialTests
{
    private static readonly string[] Left = ["i", "f", "b", "s", "li", "ti", "d", "si"];
    private static readonly string[] Right = ["j", "g", "b", "t", "lj", "tj", "e", "sj"];

    private static readonly string[] BinaryOperators =
        "add sub mul truediv floordiv mod pow matmul lshift rshift and_ or_ xor eq ne lt le gt ge contains is_ is_not".Split(' ');

    private static readonly string[] UnaryOperators = ["neg", "pos", "invert", "not_", "truth"];

    /// <summary>Deliberate, documented differences from CPython (expression → why).</summary>
    private static readonly Dictionary<string, string> Divergences = new()
    {
        ["operator.pow(i, neg)"] = "int ** negative int is a float in Python; PythonAot's int ** int stays int and raises ValueError (documented on the overload)",
        ["operator.ipow(i, neg)"] = "as operator.pow(i, neg)",
        ["builtins.pow(i, neg)"] = "as operator.pow(i, neg)",
        ["builtins.min(i, f)"] = "min returns one of its arguments unchanged (the int 7 or the float 2.5): mixed int/float arguments are rejected rather than promoted",
        ["builtins.max(f, i)"] = "as builtins.min(i, f)",
        ["builtins.len(pair)"] = "the length of a fixed-shape tuple is a constant the compiler knows; no overload is needed",
        ["operator.contains(li, b)"] = "True in [1, 2]: a bool item in a container of ints is rejected (an item of another type); Python compares by ==",
        ["operator.contains(ti, b)"] = "as operator.contains(li, b)",
        ["operator.contains(si, b)"] = "as operator.contains(li, b)",
        ["builtins.min(i, b)"] = "as builtins.min(i, f): min(7, True) is the bool True",
        ["operator.ior(d, t)"] = "iterating a str gives 1-character strings, never (key, value) pairs: CPython always raises ValueError (unless the str is empty); rejected",
        ["operator.getitem(d, one)"] = "a key of another type than the dict's keys is never found (KeyError in Python); rejected",
        ["builtins.slice(u)"] = "slice bounds other than int | None cannot index a builtin sequence; rejected",
        ["tuple.count(pair, one)"] = "count/index of a fixed-shape tuple with items of several types would compare across types; rejected",
        ["builtins.next(li)"] = "Iterator[T] parameters accept any iterable, so next() of a list resolves; CPython raises TypeError (a list is not an iterator)",
    };

    private static IEnumerable<string> Cases()
    {
        foreach (var op in BinaryOperators)
            foreach (var a in Left)
                foreach (var b in Right)
                    yield return $"operator.{op}({a}, {b})";
        foreach (var op in DifferentialCase.InPlaceOperators)
            foreach (var a in Left)
                foreach (var b in Right)
                    yield return $"{op}({a}, {b})";
        foreach (var op in UnaryOperators)
            foreach (var a in Left)
                yield return $"operator.{op}({a})";
        foreach (var line in CallCases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var call in line.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return call;
    }

    /// <summary>Builtins, methods and math calls over the sample variables (see <see cref="CPythonOracle"/>).</summary>
    private const string CallCases = """
        operator.pow(i, neg); operator.ipow(i, neg); operator.truediv(i, zero); operator.floordiv(i, zero); operator.mod(i, zero); operator.truediv(f, fz); operator.floordiv(f, fz); operator.mod(f, fz)
        operator.lshift(i, neg); operator.rshift(i, neg); operator.mul(huge, huge); operator.pow(fz, neg); operator.neg(huge)
        operator.getitem(li, one); operator.getitem(li, sl); operator.getitem(li, big); operator.getitem(li, b); operator.getitem(li, u); operator.getitem(li, f)
        operator.getitem(u, one); operator.getitem(u, sl); operator.getitem(u, big); operator.getitem(ti, one); operator.getitem(ti, sl); operator.getitem(ti, big)
        operator.getitem(d, ka); operator.getitem(d, t); operator.getitem(d, one); operator.getitem(r, one); operator.getitem(r, sl); operator.getitem(bs, one); operator.getitem(bs, sl)
        operator.getitem(si, one); operator.getitem(i, one); operator.getitem(lli, one)
        operator.setitem(li, one, i); operator.setitem(li, big, i); operator.setitem(li, one, f); operator.setitem(li, sl, lj); operator.setitem(li, sl, r); operator.setitem(li, sl, ls)
        operator.setitem(d, t, one); operator.setitem(d, t, u); operator.setitem(u, one, ch); operator.setitem(ti, one, i); operator.setitem(si, one, i)
        operator.delitem(li, one); operator.delitem(li, sl); operator.delitem(li, big); operator.delitem(d, ka); operator.delitem(d, t); operator.delitem(u, one)
        operator.contains(r, one); operator.contains(bs, one); operator.contains(it, one); operator.contains(ts, ka); operator.contains(lli, lj); operator.contains(r, f)
        operator.add(bs, bs); operator.eq(ls, ls); operator.lt(ls, ls); operator.lt(lli, lli); operator.eq(pair, pair); operator.eq(n, n); operator.is_(n, n); operator.ne(lf, lf)
        operator.iadd(li, r); operator.iadd(li, it); operator.iadd(ls, u); operator.iadd(ls, ls); operator.imul(ls, j); operator.ior(d, pairs); operator.ior(d, li)
        builtins.len(u); builtins.len(li); builtins.len(ti); builtins.len(d); builtins.len(si); builtins.len(r); builtins.len(bs); builtins.len(pair); builtins.len(ts)
        builtins.len(i); builtins.len(f); builtins.len(it); builtins.len(n)
        builtins.range(big); builtins.range(one, big); builtins.range(one, big, j); builtins.range(f); builtins.range(one, big, zero); builtins.range(b); builtins.range(u)
        builtins.enumerate(ls); builtins.enumerate(ls, one); builtins.enumerate(u); builtins.enumerate(d); builtins.enumerate(i); builtins.enumerate(ls, start=big); builtins.enumerate(it)
        builtins.zip(li, ls); builtins.zip(li, ls, lf); builtins.zip(u, r); builtins.zip(li); builtins.zip(d, si); builtins.zip(li, i); builtins.zip(li, lj, strict=b)
        builtins.reversed(li); builtins.reversed(u); builtins.reversed(r); builtins.reversed(ti); builtins.reversed(d); builtins.reversed(si); builtins.reversed(it); builtins.reversed(i)
        builtins.sorted(li); builtins.sorted(ls, key=len); builtins.sorted(u); builtins.sorted(d); builtins.sorted(si, reverse=b); builtins.sorted(li, key=abs); builtins.sorted(lli); builtins.sorted(i)
        builtins.sorted(li, key=len); builtins.sorted(lf, key=round); builtins.sorted(it); builtins.sorted(ls, key=str, reverse=c)
        builtins.min(i, j); builtins.max(i, j); builtins.min(i, f); builtins.max(f, i); builtins.max(f, g); builtins.min(li); builtins.max(ls, key=len); builtins.min(u); builtins.max(i, j, one)
        builtins.min(le); builtins.min(le, default=zero); builtins.max(d); builtins.min(li, lj); builtins.min(s, t); builtins.min(i); builtins.max(lf, default=f); builtins.max(le, key=abs, default=n)
        builtins.min(i, b); builtins.max(u, key=ord); builtins.min(r); builtins.min(si)
        builtins.sum(li); builtins.sum(lf); builtins.sum(lb); builtins.sum(li, f); builtins.sum(li, one); builtins.sum(lli, le); builtins.sum(ls); builtins.sum(r); builtins.sum(lf, f); builtins.sum(li, start=big)
        builtins.abs(i); builtins.abs(f); builtins.abs(b); builtins.abs(u); builtins.abs(neg); builtins.any(li); builtins.all(ls); builtins.any(d); builtins.all(u); builtins.any(i); builtins.all(it)
        builtins.map(str, li); builtins.map(len, ls); builtins.map(abs, lf); builtins.map(pow, li, lj); builtins.map(len, li); builtins.map(chr, r); builtins.map(float, ls)
        builtins.filter(n, li); builtins.filter(bool, ls); builtins.filter(n, u); builtins.filter(len, ls)
        builtins.print(i, s); builtins.print(i, s, sep=t); builtins.print(end=t); builtins.print(li); builtins.print(); builtins.print(i, sep=i)
        builtins.input(); builtins.input(u)
        builtins.isinstance(i, int); builtins.isinstance(li, str)
        builtins.int(f); builtins.int(u); builtins.int(num); builtins.int(num, big); builtins.int(num, base=big); builtins.int(b); builtins.int(); builtins.int(i); builtins.int(li); builtins.int(f, j)
        builtins.float(i); builtins.float(b); builtins.float(); builtins.float(num); builtins.float(u); builtins.float(f); builtins.float(li)
        builtins.str(li); builtins.str(); builtins.str(i); builtins.bool(li); builtins.bool(); builtins.bool(u); builtins.repr(d); builtins.repr(u); builtins.ascii(u)
        builtins.format(f, num); builtins.format(i); builtins.format(u, i)
        builtins.round(f); builtins.round(f, one); builtins.round(i); builtins.round(i, one); builtins.round(f, n); builtins.round(u); builtins.round(b); builtins.round(i, neg)
        builtins.divmod(i, j); builtins.divmod(f, g); builtins.divmod(i, g); builtins.divmod(i, zero); builtins.divmod(u, j); builtins.divmod(b, b)
        builtins.pow(i, j); builtins.pow(i, j, big); builtins.pow(f, g); builtins.pow(i, g); builtins.pow(i, neg); builtins.pow(i, j, zero); builtins.pow(u, j)
        builtins.chr(big); builtins.chr(neg); builtins.ord(ch); builtins.ord(u); builtins.ord(i); builtins.hex(i); builtins.oct(i); builtins.bin(i); builtins.hex(f); builtins.bin(b)
        builtins.hash(u); builtins.hash(li); builtins.hash(i); builtins.hash(ti)
        builtins.iter(li); builtins.iter(d); builtins.iter(u); builtins.iter(i); builtins.next(it); builtins.next(it, zero); builtins.next(it, n); builtins.next(li)
        builtins.list(); builtins.list(u); builtins.list(d); builtins.list(r); builtins.list(it); builtins.list(i); builtins.list(ti)
        builtins.dict(); builtins.dict(d); builtins.dict(pairs); builtins.dict(li); builtins.dict(i)
        builtins.set(); builtins.set(li); builtins.set(u); builtins.set(lli); builtins.set(d); builtins.tuple(); builtins.tuple(li); builtins.tuple(u); builtins.tuple(i)
        builtins.slice(one); builtins.slice(one, big); builtins.slice(n, one, j); builtins.slice(u)
        str.join(u, ls); str.join(u, li); str.join(empty, u); str.split(sp); str.split(u, ch); str.split(sp, n, one); str.split(u, empty); str.split(sp, maxsplit=one); str.rsplit(sp); str.rsplit(u, ka, one)
        str.splitlines(sp); str.splitlines(sp, b); str.strip(sp); str.lstrip(u, ch); str.rstrip(u, n); str.strip(u, i)
        str.upper(u); str.lower(u); str.casefold(u); str.title(sp); str.capitalize(u); str.swapcase(u); str.upper(i)
        str.replace(u, ch, t); str.replace(u, ch, t, one); str.replace(u, ch); str.startswith(u, ch); str.startswith(u, ts); str.endswith(u, ts, one); str.endswith(u, li); str.startswith(u, ka, one, n)
        str.find(u, ch); str.rfind(u, ch, one); str.index(u, ka); str.index(u, t); str.rindex(u, ka); str.count(u, ka); str.find(u, i)
        str.isdigit(num); str.isalpha(u); str.isalnum(u); str.isspace(sp); str.isupper(u); str.islower(u); str.isnumeric(num); str.isdecimal(num); str.isidentifier(u); str.istitle(u); str.isprintable(sp); str.isascii(u)
        str.center(u, big); str.ljust(u, big, ch); str.rjust(u, big); str.center(u, big, u); str.zfill(num, big); str.center(u, f)
        str.partition(u, ka); str.rpartition(sp, ch); str.partition(u, empty); str.format(fmt, i, u); str.format(fmt, i); str.format(u)
        str.encode(u); str.removeprefix(u, ka); str.removesuffix(u, ch); str.expandtabs(u); str.expandtabs(u, j); bytes.decode(bs); str.encode(u, t)
        list.append(li, i); list.append(li, f); list.append(le, i); list.extend(li, lj); list.extend(li, u); list.extend(li, r); list.insert(li, zero, i); list.pop(li); list.pop(li, zero); list.pop(le)
        list.remove(li, one); list.remove(li, big); list.clear(li); list.copy(li); list.count(li, one); list.index(li, j); list.index(li, big); list.reverse(li)
        list.sort(li); list.sort(ls, key=len); list.sort(li, reverse=b); list.append(i, i); list.sort(lli); list.pop(li, big); list.sort(li, key=abs, reverse=c)
        dict.get(d, ka); dict.get(d, ka, zero); dict.get(d, t, n); dict.get(d, t, u); dict.keys(d); dict.values(d); dict.items(d); dict.pop(d, ka); dict.pop(d, t); dict.pop(d, t, zero)
        dict.popitem(d); dict.setdefault(d, t, one); dict.update(d, e); dict.update(d, pairs); dict.clear(d); dict.copy(d); dict.update(d, li); dict.setdefault(d, t, u); dict.get(li, one)
        builtins.len(dk); builtins.len(dv); builtins.len(di); builtins.reversed(dk); builtins.reversed(dv); builtins.reversed(di); builtins.list(di); builtins.sorted(dv); builtins.set(dk)
        builtins.dict(di); builtins.sum(dv); builtins.max(dk); builtins.iter(di); builtins.hash(dk); builtins.hash(di); builtins.repr(di); builtins.str(dv); builtins.tuple(dv); builtins.zip(dk, dv)
        operator.contains(dk, ka); operator.contains(dk, t); operator.contains(dv, one); operator.contains(di, kv); operator.contains(di, pair); operator.contains(dk, one)
        operator.getitem(dk, one); operator.getitem(dv, zero); operator.getitem(di, sl); operator.setitem(dk, one, ka); operator.add(dk, ek); operator.mul(dv, j); operator.iadd(dk, ek)
        operator.eq(dk, ek); operator.eq(dk, dk); operator.ne(di, ei); operator.eq(dv, dv); operator.eq(dk, ts); operator.eq(ts, dk); operator.eq(di, pairs); operator.ne(ek, ek)
        operator.lt(dk, ek); operator.le(dk, ts); operator.gt(ts, dk); operator.ge(di, ei); operator.le(di, di); operator.lt(dv, dv); operator.lt(dk, ls); operator.gt(dk, lj)
        operator.and_(dk, ek); operator.and_(dk, ls); operator.and_(ls, dk); operator.and_(ts, dk); operator.and_(di, pairs); operator.and_(di, ei); operator.and_(dv, dv); operator.and_(dk, i)
        operator.or_(dk, ek); operator.or_(ls, dk); operator.or_(di, pairs); operator.or_(pairs, di); operator.or_(dk, u); operator.or_(dv, dk)
        operator.sub(dk, ts); operator.sub(ts, dk); operator.sub(di, ei); operator.sub(pairs, di)
        operator.xor(dk, ek); operator.xor(ls, dk); operator.xor(di, ei); operator.xor(di, pairs); operator.xor(pairs, di); operator.iand(dk, ek); operator.ior(di, pairs); operator.isub(dk, ls); operator.ixor(dk, ek)
        dict_keys.isdisjoint(dk, ls); dict_keys.isdisjoint(dk, ek); dict_items.isdisjoint(di, pairs); dict_items.isdisjoint(di, di)
        set.add(si, i); set.add(si, u); set.add(si, lj); set.discard(si, one); set.remove(si, one); set.remove(si, big); set.pop(si); set.clear(si); set.copy(si)
        set.union(si, sj); set.union(si, li, r); set.union(si); set.intersection(si, li); set.difference(si, sj, lj); set.symmetric_difference(si, li); set.union(si, ls)
        set.issubset(si, li); set.issuperset(si, r); set.isdisjoint(si, lj); set.update(si, li); set.intersection_update(si, sj); set.difference_update(si, li); set.symmetric_difference_update(si, sj)
        tuple.count(ti, one); tuple.index(ti, j); tuple.count(ts, ka); tuple.index(ti, big); tuple.count(pair, one)
        math.pi; math.e; math.tau; math.inf; math.nan
        math.sqrt(i); math.sqrt(f); math.sqrt(neg); math.sqrt(u); math.sqrt(b); math.cbrt(big); math.exp(f); math.exp2(i); math.expm1(g); math.log(f); math.log(big, j); math.log(zero); math.log(i, one)
        math.log2(big); math.log10(big); math.log1p(g); math.pow(i, j); math.pow(neg, g); math.sin(f); math.cos(i); math.tan(g); math.asin(g); math.acos(g); math.asin(big); math.atan(f); math.atan2(f, g)
        math.sinh(f); math.cosh(f); math.tanh(f); math.asinh(f); math.acosh(f); math.atanh(g); math.acosh(zero); math.degrees(f); math.radians(i); math.erf(g); math.erfc(g); math.gamma(f); math.lgamma(f); math.gamma(zero)
        math.floor(f); math.floor(i); math.ceil(f); math.ceil(i); math.trunc(f); math.trunc(i); math.floor(b); math.floor(u); math.fabs(neg); math.fmod(f, g); math.fmod(f, fz); math.remainder(f, g); math.copysign(f, neg)
        math.hypot(f, g); math.hypot(i, j, one); math.hypot(); math.dist(lf, lf); math.dist(li, lf); math.isnan(f); math.isinf(f); math.isfinite(i); math.isclose(f, g); math.isclose(f, g, rel_tol=g); math.isclose(i, j)
        math.modf(f); math.frexp(f); math.ldexp(f, j); math.fsum(lf); math.fsum(li); math.prod(li); math.prod(lf); math.prod(li, start=j); math.prod(r)
        math.factorial(big); math.factorial(neg); math.factorial(f); math.gcd(i, j); math.gcd(); math.lcm(i, j); math.comb(big, j); math.perm(big, j); math.perm(big); math.isqrt(big); math.isqrt(neg); math.gcd(f, j)
        """;

    [Test]
    public void Library_AgreesWithCPython()
    {
        var cases = Cases().Distinct().Select(DifferentialCase.Parse).ToList();
        var results = CPythonOracle.Evaluate(cases.Select(c => c.Expression).ToList());
        var failures = new List<string>();
        int calleeError = 0, typed = 0, rejectedMixed = 0, rejectedTypeError = 0, runtimeTypeError = 0, runtimeError = 0, unequalTypes = 0, divergent = 0;
        for (var k = 0; k < cases.Count; k++)
        {
            var c = cases[k];
            var python = results[k];
            var ours = c.Resolve();
            string Describe(string what) =>
                $"{c.Expression}: {what}; CPython: {(python["error"] is { } e ? e + ": " + python["message"] : PythonTypeMatcher.Format(python["type"]))}; ours: {(ours.IsResolved ? ours.Overload + " => " + ours.ReturnType.DisplayName : ours.Kind.ToString())}";
            string? failure = null;
            if (python["error"] is { } error)
            {
                var mro = python["mro"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
                if (error.GetValue<string>() == "TypeError" && !(ours.IsResolved && ours.Overload!.Raises.Contains("TypeError")))
                {
                    if (ours.IsResolved) failure = Describe("CPython rejects the types, we resolve");
                    else rejectedTypeError++;
                }
                else if (!ours.IsResolved) failure = Describe("CPython raises at run time only; we do not resolve");
                else if (ours.Overload!.Effects.HasFlag(OperationEffects.CallsArgument)) calleeError++;
                else if (!ours.Overload!.Raises.Any(mro.Contains)) failure = Describe($"the overload does not declare {error} (raises: [{string.Join(", ", ours.Overload.Raises)}])");
                else if (error.GetValue<string>() == "TypeError") runtimeTypeError++;
                else runtimeError++;
            }
            else if (python["hetero"]!.GetValue<bool>())
            {
                if (ours.IsResolved) failure = Describe("CPython builds a container of mixed types, we resolve");
                else rejectedMixed++;
            }
            else if (!ours.IsResolved)
            {
                var trivial = python["value"] is JsonValue v && v.GetValue<bool>() == (c.Operation == "operator.ne");
                if (trivial && c.Operation is "operator.eq" or "operator.ne" or "operator.contains") unequalTypes++;
                else failure = Describe("CPython accepts, we do not resolve");
            }
            else if (!PythonTypeMatcher.Matches(ours.ReturnType, python["type"])) failure = Describe("the result types differ");
            else typed++;

            if (Divergences.TryGetValue(c.Expression, out var reason))
            {
                if (failure is null) failures.Add($"{c.Expression}: listed as a divergence ({reason}) but agrees with CPython: remove it from the list");
                else divergent++;
            }
            else if (failure is not null) failures.Add(failure);
        }
        var summary = new StringBuilder()
            .AppendLine($"{cases.Count} cases: {typed} typed as CPython's result, {rejectedTypeError} rejected as CPython rejects them (TypeError), ")
            .AppendLine($"{rejectedMixed} rejected because CPython builds a mixed-type container, {runtimeTypeError} runtime TypeErrors and {runtimeError} other runtime errors declared by the overload, {calleeError} raised by a called function argument, ")
            .AppendLine($"{unequalTypes} ==/!=/in across unrelated types rejected (Python answers False), {divergent} documented divergences.")
            .ToString();
        TestContext.Out.WriteLine(summary);
        Assert.That(failures, Is.Empty, summary + string.Join("\n", failures.Take(80)) + (failures.Count > 80 ? $"\n... and {failures.Count - 80} more" : ""));
        Assert.That(cases, Has.Count.GreaterThan(1500));
        Assert.That(Divergences.Keys.Where(key => !cases.Any(c => c.Expression == key)), Is.Empty, "every divergence is a case");
    }
}
