using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Passes;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.IR;

/// <summary>Builds IR and overloads by hand for tests (the op library and the lowering are written elsewhere).</summary>
internal static class IrTestBuilder
{
    public static readonly TypeParameter T = new("T");
    public static readonly TypeParameter K = new("K");
    public static readonly TypeParameter V = new("V");

    public static OperationOverload Op(string name, PyType[] parameters, PyType result, string[]? raises = null, OperationEffects effects = OperationEffects.Pure, int mutated = -1) =>
        new(name, name.StartsWith("operator.") ? OperationKind.Operator : name.StartsWith("builtins.") ? OperationKind.Builtin : OperationKind.Method,
            new OperationSignature(parameters.Select((p, i) => new OperationParameter(((char)('a' + i)).ToString(), p, ParameterKind.PositionalOnly, false)).ToArray(), result),
            effects, raises, mutated);

    public static readonly OperationOverload AddInt = Op("operator.add", [PyType.Int, PyType.Int], PyType.Int, ["OverflowError"]);
    public static readonly OperationOverload SubInt = Op("operator.sub", [PyType.Int, PyType.Int], PyType.Int, ["OverflowError"]);
    public static readonly OperationOverload MulInt = Op("operator.mul", [PyType.Int, PyType.Int], PyType.Int, ["OverflowError"]);
    public static readonly OperationOverload PowInt = Op("operator.pow", [PyType.Int, PyType.Int], PyType.Int, ["OverflowError", "ValueError"]);
    public static readonly OperationOverload FloorDivInt = Op("operator.floordiv", [PyType.Int, PyType.Int], PyType.Int, ["ZeroDivisionError", "OverflowError"]);
    public static readonly OperationOverload ModInt = Op("operator.mod", [PyType.Int, PyType.Int], PyType.Int, ["ZeroDivisionError"]);
    public static readonly OperationOverload TrueDivInt = Op("operator.truediv", [PyType.Int, PyType.Int], PyType.Float, ["ZeroDivisionError"]);
    public static readonly OperationOverload NegInt = Op("operator.neg", [PyType.Int], PyType.Int, ["OverflowError"]);
    public static readonly OperationOverload LtInt = Op("operator.lt", [PyType.Int, PyType.Int], PyType.Bool);
    public static readonly OperationOverload EqInt = Op("operator.eq", [PyType.Int, PyType.Int], PyType.Bool);
    public static readonly OperationOverload AddFloat = Op("operator.add", [PyType.Float, PyType.Float], PyType.Float);
    public static readonly OperationOverload MulFloat = Op("operator.mul", [PyType.Float, PyType.Float], PyType.Float);
    public static readonly OperationOverload FloorDivFloat = Op("operator.floordiv", [PyType.Float, PyType.Float], PyType.Float, ["ZeroDivisionError"]);
    public static readonly OperationOverload ModFloat = Op("operator.mod", [PyType.Float, PyType.Float], PyType.Float, ["ZeroDivisionError"]);
    public static readonly OperationOverload PowFloatInt = Op("operator.pow", [PyType.Float, PyType.Int], PyType.Float, ["OverflowError", "ZeroDivisionError"]);
    public static readonly OperationOverload AddStr = Op("operator.add", [PyType.Str, PyType.Str], PyType.Str);
    public static readonly OperationOverload MulStrInt = Op("operator.mul", [PyType.Str, PyType.Int], PyType.Str, ["MemoryError"]);
    public static readonly OperationOverload LtStr = Op("operator.lt", [PyType.Str, PyType.Str], PyType.Bool);
    public static readonly OperationOverload UpperStr = Op("str.upper", [PyType.Str], PyType.Str);
    public static readonly OperationOverload GetItemList = Op("operator.getitem", [new ListType(T), PyType.Int], T, ["IndexError"]);
    public static readonly OperationOverload SetItemList = Op("operator.setitem", [new ListType(T), PyType.Int, T], PyType.None, ["IndexError"], OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload GetItemDict = Op("operator.getitem", [new DictType(K, V), K], V, ["KeyError"]);
    public static readonly OperationOverload SetItemDict = Op("operator.setitem", [new DictType(K, V), K, V], PyType.None, null, OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload LenList = Op("builtins.len", [new ListType(T)], PyType.Int);
    public static readonly OperationOverload ListAppend = Op("list.append", [new ListType(T), T], PyType.None, null, OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload ListPop = Op("list.pop", [new ListType(T)], T, ["IndexError"], OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload SetAdd = Op("set.add", [new SetType(T), T], PyType.None, null, OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload IAddList = Op("operator.iadd", [new ListType(T), new IteratorType(T)], new ListType(T), null, OperationEffects.MutatesArgument, 0);
    public static readonly OperationOverload StrJoin = Op("str.join", [PyType.Str, new IteratorType(PyType.Str)], PyType.Str);
    public static readonly OperationOverload FormatWithSpec = Op("builtins.format", [T, PyType.Str], PyType.Str, ["ValueError"]);
    public static readonly OperationOverload Format = Op("builtins.format", [T], PyType.Str);
    public static readonly OperationOverload Repr = Op("builtins.repr", [T], PyType.Str);
    public static readonly OperationOverload Print = new("builtins.print", OperationKind.Builtin,
        new OperationSignature([new OperationParameter("objects", PyType.Object, ParameterKind.VarPositional, false), new OperationParameter("sep", PyType.Str, ParameterKind.KeywordOnly, true)], PyType.None),
        OperationEffects.InputOutput);

    public static readonly OperationOverload[] Library =
    [
        AddInt, SubInt, MulInt, PowInt, FloorDivInt, ModInt, TrueDivInt, NegInt, LtInt, EqInt, AddFloat, MulFloat, FloorDivFloat, ModFloat, PowFloatInt,
        AddStr, MulStrInt, LtStr, UpperStr, GetItemList, SetItemList, GetItemDict, SetItemDict, LenList, ListAppend, ListPop, SetAdd, IAddList,
        StrJoin, FormatWithSpec, Format, Repr, Print,
    ];

    /// <summary>Overload resolution over <see cref="Library"/>: the first overload of the name the argument types fit.</summary>
    public static OperationOverload? Resolve(string name, IReadOnlyList<PyType> argumentTypes) =>
        Library.FirstOrDefault(o => o.OperationName == name && IrTypeMatcher.InferResultType(o, argumentTypes) is not null);

    public static readonly ClassSymbol AssertionError = new("AssertionError", null, null, isBuiltin: true);

    public static ClassSymbol? ResolveClass(string name) => name == "AssertionError" ? AssertionError : null;

    public static PassContext Context(IrModule? module = null) => new(module ?? new IrModule("example"), Resolve, ResolveClass);

    public static IrLocation At(int line, int column = 1) => new("example.py", line, column);

    public static IrVariable Param(string name, PyType type) => new(name, type, IrVariableKind.Parameter);

    public static IrFunction Function(string name, PyType returnType, params IrVariable[] parameters) =>
        new(name, name, parameters, returnType) { Location = At(1) };

    public static IrVariable Local(this IrFunction function, string name, PyType type)
    {
        var variable = new IrVariable(name, type, IrVariableKind.Local);
        function.Locals.Add(variable);
        return variable;
    }

    public static IrFunction Add(this IrFunction function, params IrStatement[] statements)
    {
        function.Body.Statements.AddRange(statements);
        return function;
    }

    public static IrModule Module(params IrFunction[] functions)
    {
        var module = new IrModule("example");
        module.Functions.AddRange(functions);
        return module;
    }

    public static IrLoad Load(IrVariable variable) => new(variable);

    public static IrConstant Const(object? value) => new(value);

    public static IrCall Call(OperationOverload overload, params IrExpression[] arguments) =>
        new(overload, arguments, IrTypeMatcher.InferResultType(overload, arguments.Select(a => a.Type).ToArray()) ?? throw new ArgumentException($"{overload} does not fit the arguments"));

    public static T WithLocation<T>(this T node, int line, int column = 1) where T : IrNode
    {
        node.Location = At(line, column);
        return node;
    }

    public static void AssertValid(IrModule module, params IrNodeKind[] forbidden)
    {
        var problems = IrVerifier.Check(module, forbidden.ToHashSet());
        Assert.That(problems, Is.Empty, IrPrinter.Print(module));
    }

    public static void AssertValid(IrFunction function, params IrNodeKind[] forbidden) => AssertValid(Module(function), forbidden);

    /// <summary>Runs one pass on a module holding <paramref name="function"/>, verifies the result and returns the printed function.</summary>
    public static string RunPass(IIrPass pass, IrFunction function)
    {
        var module = Module(function);
        AssertValid(module);
        var context = Context(module);
        pass.Run(module, context);
        Assert.That(context.Diagnostics, Is.Empty);
        AssertValid(module, pass.RemovedKinds.ToArray());
        return IrPrinter.Print(function);
    }

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
