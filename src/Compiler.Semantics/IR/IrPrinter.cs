using System.Text;
using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// Prints the IR as readable text, one statement per line, bodies indented by two spaces. Assignments show the
/// target's type (<c>$0: list[str] = ...</c>), calls of operations show the resolved overload in braces
/// (<c>{operator.add(str, str) -> str}(t, task)</c>), expressions whose type is not evident from the overload,
/// the literal or a declaration show it after a colon. A statement whose source line differs from the previous
/// printed one ends with a <c># line:column</c> comment (the function header carries the file).
/// </summary>
public sealed class IrPrinter
{
    private const int CommentColumn = 60;
    private readonly StringBuilder _text = new();
    private int _indent;
    private string? _path;
    private int _lastLine = -1;

    private IrPrinter(int indent, string? path)
    {
        _indent = indent;
        _path = path;
    }

    /// <summary>Prints a whole module: globals, classes with their fields and methods, functions, then the top-level code.</summary>
    public static string Print(IrModule module)
    {
        var printer = new IrPrinter(0, null);
        printer._text.Append("module ").Append(module.Name).Append('\n');
        foreach (var global in module.Globals)
            printer._text.Append("global ").Append(global.Name).Append(": ").Append(global.Type.DisplayName).Append('\n');
        foreach (var irClass in module.Classes)
        {
            printer._text.Append('\n');
            var baseClass = irClass.Symbol.BaseClass is { } b ? $"({b.Name})" : "";
            printer._text.Append("class ").Append(irClass.Name).Append(baseClass).Append(":\n");
            foreach (var field in irClass.Fields)
                printer._text.Append("  field ").Append(field.Name).Append(": ").Append(field.Type.Resolve().DisplayName).Append('\n');
            printer._indent = 1;
            foreach (var method in irClass.Methods)
            {
                printer._text.Append('\n');
                printer.WriteFunction(method);
            }
            printer._indent = 0;
        }
        foreach (var function in module.Functions)
        {
            printer._text.Append('\n');
            printer.WriteFunction(function);
        }
        if (module.Init.Body.Statements.Count > 0)
        {
            printer._text.Append('\n');
            printer.WriteFunction(module.Init);
        }
        return printer._text.ToString();
    }

    /// <summary>Prints one function: header, captures, body.</summary>
    public static string Print(IrFunction function)
    {
        var printer = new IrPrinter(0, null);
        printer.WriteFunction(function);
        return printer._text.ToString();
    }

    /// <summary>Prints a statement (with its nested blocks) or an expression.</summary>
    public static string PrintNode(IrNode node)
    {
        var printer = new IrPrinter(0, null);
        switch (node)
        {
            case IrStatement statement:
                printer.WriteStatement(statement);
                return printer._text.ToString().TrimEnd('\n');
            case IrExpression expression:
                return printer.Expression(expression);
            case IrExceptHandler handler:
                printer.WriteHandler(handler);
                return printer._text.ToString().TrimEnd('\n');
            default:
                return node.NodeKind.ToString();
        }
    }

    /// <summary>Prints an overload as <c>operator.add(str, str) -> str</c>.</summary>
    public static string Overload(OperationOverload overload) => overload.ToString();

    private void WriteFunction(IrFunction function)
    {
        var header = new StringBuilder("def ").Append(function.InstanceName).Append('(')
            .Append(string.Join(", ", function.Parameters.Select(p => $"{p.Name}: {p.Type.DisplayName}")))
            .Append(") -> ").Append(function.ReturnType.DisplayName);
        if (function.IsGenerator) header.Append(", yields ").Append(function.YieldType?.DisplayName ?? "?");
        header.Append(':');
        var outerPath = _path;
        _path = function.Location?.Path;
        _lastLine = function.Location?.Line ?? -1;
        WriteLine(header.ToString(), function.Location is { } location ? $"{location.Path}:{location.Line}" : null);
        _indent++;
        if (function.Captures.Count > 0)
            WriteLine("captures " + string.Join(", ", function.Captures.Select(c => $"{c.Name}: {c.Type.DisplayName}")), null);
        WriteBody(function.Body);
        _indent--;
        _path = outerPath;
    }

    private void WriteLine(string text, string? comment)
    {
        var indent = new string(' ', _indent * 2);
        var newline = text.IndexOf('\n');
        var first = newline < 0 ? text : text[..newline];
        _text.Append(indent).Append(first);
        if (comment is not null)
        {
            var length = indent.Length + first.Length;
            _text.Append(' ', Math.Max(2, CommentColumn - length)).Append("# ").Append(comment);
        }
        _text.Append('\n');
        if (newline >= 0) _text.Append(text[(newline + 1)..]).Append('\n');
    }

    private string? Comment(IrNode node)
    {
        if (node.Location is not { } location || location.Line == _lastLine) return null;
        _lastLine = location.Line;
        return location.Path == _path ? $"{location.Line}:{location.Column}" : location.ToString();
    }

    private void WriteBody(IrBlock block)
    {
        if (block.Statements.Count == 0)
        {
            WriteLine("pass", null);
            return;
        }
        foreach (var statement in block.Statements) WriteStatement(statement);
    }

    private void WriteNested(string header, IrNode node, IrBlock body)
    {
        WriteLine(header, Comment(node));
        _indent++;
        WriteBody(body);
        _indent--;
    }

    private void WriteElse(IrBlock block, string keyword = "else")
    {
        if (block.Statements.Count == 0) return;
        WriteLine(keyword + ":", null);
        _indent++;
        WriteBody(block);
        _indent--;
    }

    private void WriteStatement(IrStatement statement)
    {
        switch (statement)
        {
            case IrBlock block:
                WriteLine("block:", Comment(block));
                _indent++;
                WriteBody(block);
                _indent--;
                break;
            case IrAssign n:
                WriteLine($"{Declare(n.Target)} = {Expression(n.Value)}", Comment(n));
                break;
            case IrStoreField n:
                WriteLine($"{Operand(n.Instance)}.{n.Field.Name} = {Expression(n.Value)}", Comment(n));
                break;
            case IrEvaluate n:
                WriteLine(Expression(n.Expression), Comment(n));
                break;
            case IrIf n:
                WriteNested($"if {Expression(n.Condition)}:", n, n.Then);
                WriteElse(n.Else);
                break;
            case IrWhile n:
                WriteNested($"while {Expression(n.Condition)}:", n, n.Body);
                WriteElse(n.Else);
                break;
            case IrFor n:
                var source = n.ForKind switch
                {
                    IrForKind.Range => $"range({Expression(n.Start!)}, {Expression(n.Stop!)}, {Expression(n.Step!)})",
                    IrForKind.Sequence => "sequence " + Expression(n.Iterable!),
                    _ => "iterator " + Expression(n.Iterable!),
                };
                WriteNested($"for {n.Target} in {source}:", n, n.Body);
                WriteElse(n.Else);
                break;
            case IrTry n:
                WriteNested("try:", n, n.Body);
                foreach (var handler in n.Handlers) WriteHandler(handler);
                WriteElse(n.Else);
                WriteElse(n.Finally, "finally");
                break;
            case IrWith n:
                var target = n.Target is null ? Expression(n.Enter) : $"{Declare(n.Target)} = {Expression(n.Enter)}";
                WriteNested($"with {Declare(n.ContextVariable)} = {Expression(n.Context)}; {target}; exit {Expression(n.Exit)}:", n, n.Body);
                break;
            case IrReturn n:
                WriteLine(n.Value is null ? "return" : $"return {Expression(n.Value)}", Comment(n));
                break;
            case IrRaise n:
                WriteLine("raise" + (n.Exception is null ? "" : " " + Expression(n.Exception)) + (n.Cause is null ? "" : " from " + Expression(n.Cause)), Comment(n));
                break;
            case IrBreak n:
                WriteLine("break", Comment(n));
                break;
            case IrContinue n:
                WriteLine("continue", Comment(n));
                break;
            case IrYield n:
                var yielded = "yield" + (n.Value is null ? "" : " " + Expression(n.Value));
                WriteLine(n.Result is null ? yielded : $"{Declare(n.Result)} = {yielded}", Comment(n));
                break;
            case IrAssert n:
                WriteLine($"assert {Expression(n.Condition)}" + (n.Message is null ? "" : ", " + Expression(n.Message)), Comment(n));
                break;
            case IrDelete n:
                WriteLine($"del {n.Variable.Name}", Comment(n));
                break;
            case IrAugmentedAssign n:
                WriteLine($"{Declare(n.Target)} {AugmentedOperator(n.Overload)} {Expression(n.Value)}  via {Overload(n.Overload)}", Comment(n));
                break;
            case IrUnpack n:
                WriteLine($"{n.Target} = {Expression(n.Value)}", Comment(n));
                break;
            default:
                throw new InvalidOperationException($"unknown IR statement {statement.GetType().Name}");
        }
    }

    private void WriteHandler(IrExceptHandler handler)
    {
        var classes = handler.ExceptionClasses.Count switch
        {
            0 => "",
            1 => " " + handler.ExceptionClasses[0].Name,
            _ => " (" + string.Join(", ", handler.ExceptionClasses.Select(c => c.Name)) + ")",
        };
        var name = handler.Variable is null ? "" : $" as {handler.Variable.Name}";
        WriteNested($"except{classes}{name}:", handler, handler.Body);
    }

    private static string Declare(IrVariable variable) => $"{variable.Name}: {variable.Type.DisplayName}";

    private static string AugmentedOperator(OperationOverload overload)
    {
        var name = overload.OperationName[(overload.OperationName.LastIndexOf('.') + 1)..];
        if (name.StartsWith('i') && name != "invert") name = name[1..];
        return name switch
        {
            "add" => "+=", "sub" => "-=", "mul" => "*=", "truediv" => "/=", "floordiv" => "//=", "mod" => "%=",
            "pow" => "**=", "matmul" => "@=", "lshift" => "<<=", "rshift" => ">>=", "and_" => "&=", "or_" => "|=",
            "xor" => "^=", "concat" => "+=",
            _ => name + "=",
        };
    }

    private string Arguments(IEnumerable<IrExpression> arguments) => string.Join(", ", arguments.Select(Expression));

    // An expression used as the receiver of `.field`: parenthesized unless it is atomic.
    private string Operand(IrExpression expression) =>
        expression is IrLoad or IrConstant or IrFieldLoad or IrCall or IrCallFunction or IrMethodCall ? Expression(expression) : $"({Expression(expression)})";

    private string Expression(IrExpression expression)
    {
        switch (expression)
        {
            case IrConstant n:
                return PythonRepr.Of(n.Value);
            case IrLoad n:
                return n.Variable.Name;
            case IrCall n:
                var arguments = string.Join(", ", n.Arguments.Select((a, i) => n.GetKeywordName(i) is { } keyword ? $"{keyword}={Expression(a)}" : Expression(a)));
                var checks = n.Checks == IrCheck.None ? "" : "checked(" + CheckNames(n.Checks) + ") ";
                var generic = n.Overload.Signature.ReturnType.ContainsTypeParameters ? ": " + n.Type.DisplayName : "";
                return $"{checks}{{{Overload(n.Overload)}}}({arguments}){generic}";
            case IrCallFunction n:
                return $"call {n.Function.InstanceName}({Arguments(n.Arguments)})";
            case IrCallIndirect n:
                return $"call_indirect {Operand(n.Callee)}({Arguments(n.Arguments)}): {n.Type.DisplayName}";
            case IrNew n:
                return $"new {n.ClassType.DisplayName}({Arguments(n.Arguments)})";
            case IrMethodCall n:
                return $"{(n.IsVirtual ? "virtual" : "call")} {n.Method.InstanceName}({Arguments(n.Arguments.Prepend(n.Receiver))})";
            case IrFieldLoad n:
                return $"{Operand(n.Instance)}.{n.Field.Name}";
            case IrBuild n:
                return $"build {n.Type.DisplayName} " + n.BuildKind switch
                {
                    IrBuildKind.List => $"[{Arguments(n.Elements)}]",
                    IrBuildKind.Tuple => $"({Arguments(n.Elements)}{(n.Elements.Count == 1 ? "," : "")})",
                    IrBuildKind.Dict => "{" + string.Join(", ", n.Elements.Chunk(2).Select(pair => $"{Expression(pair[0])}: {Expression(pair[1])}")) + "}",
                    _ => "{" + Arguments(n.Elements) + "}",
                };
            case IrComprehension n:
                var clauses = string.Concat(n.Clauses.Select(c => c switch
                {
                    IrComprehensionFor f => $" for {f.Target} in {(f.ForKind == IrForKind.Sequence ? "sequence" : "iterator")} {Expression(f.Iterable)}",
                    IrComprehensionIf i => $" if {Expression(i.Condition)}",
                    _ => "",
                }));
                var element = n.Value is null ? Expression(n.Element) : $"{Expression(n.Element)}: {Expression(n.Value)}";
                var (open, close) = n.BuildKind switch { IrBuildKind.List => ("[", "]"), IrBuildKind.Generator => ("(", ")"), _ => ("{", "}") };
                return $"comprehension {n.Type.DisplayName} {open}{element}{clauses}{close}";
            case IrFormattedString n:
                return "f" + PythonRepr.Str(FormatBody(n));
            case IrConditional n:
                return $"({Expression(n.WhenTrue)} if {Expression(n.Condition)} else {Expression(n.WhenFalse)}): {n.Type.DisplayName}";
            case IrShortCircuit n:
                var keyword = n.OperatorKind == IrShortCircuitKind.And ? "and" : "or";
                var test = n.Truth is IrLoad load && load.Variable == n.TruthVariable ? "" : $"[{Expression(n.Truth)}]";
                return $"(({n.TruthVariable.Name} := {Expression(n.Left)}) {keyword}{test} {Expression(n.Right)}): {n.Type.DisplayName}";
            case IrNot n:
                return $"not {Operand(n.Operand)}";
            case IrConvert n:
                var conversion = n.ConversionKind switch
                {
                    IrConversionKind.IntToFloat => "int_to_float",
                    IrConversionKind.BoolToInt => "bool_to_int",
                    IrConversionKind.BoolToFloat => "bool_to_float",
                    IrConversionKind.WrapOptional => "wrap_optional",
                    IrConversionKind.Narrow => "narrow",
                    IrConversionKind.ToObject => "to_object",
                    IrConversionKind.ToIterator => "to_iterator",
                    IrConversionKind.ToIterable => "to_iterable",
                    _ => "upcast",
                };
                var evident = n.ConversionKind is IrConversionKind.IntToFloat or IrConversionKind.BoolToInt or IrConversionKind.BoolToFloat or IrConversionKind.ToObject;
                return $"{conversion}({Expression(n.Value)})" + (evident ? "" : ": " + n.Type.DisplayName);
            case IrIsInstance n:
                return $"isinstance({Expression(n.Value)}, {n.TestedType.DisplayName})";
            case IrMakeClosure n:
                return n.CapturedVariables.Count == 0 ? $"function {n.Function.InstanceName}" : $"closure {n.Function.InstanceName}({string.Join(", ", n.CapturedVariables.Select(v => v.Name))})";
            case IrFlowExpression n:
                var inner = new IrPrinter(_indent + 1, _path) { _lastLine = _lastLine };
                inner.WriteBody(n.Body);
                var indent = new string(' ', (_indent + 1) * 2);
                return $"flow:\n{inner._text}{indent}=> {inner.Expression(n.Result)}";
            default:
                throw new InvalidOperationException($"unknown IR expression {expression.GetType().Name}");
        }
    }

    // The text between the quotes of an f-string: literal text with braces doubled, fields as {value!r:spec}.
    private string FormatBody(IrFormattedString formatted)
    {
        var body = new StringBuilder();
        foreach (var part in formatted.Parts)
        {
            if (part.Literal is not null)
            {
                body.Append(part.Literal.Replace("{", "{{").Replace("}", "}}"));
                continue;
            }
            body.Append('{').Append(Expression(part.Value!));
            body.Append(part.Conversion switch { IrFormatConversion.Str => "!s", IrFormatConversion.Repr => "!r", IrFormatConversion.Ascii => "!a", _ => "" });
            if (part.FormatSpec is not null)
            {
                body.Append(':');
                body.Append(part.FormatSpec switch
                {
                    IrConstant { Value: string text } => text,
                    IrFormattedString nested => FormatBody(nested),
                    _ => "{" + Expression(part.FormatSpec) + "}",
                });
            }
            body.Append('}');
        }
        return body.ToString();
    }

    private static string CheckNames(IrCheck checks)
    {
        var names = new List<string>();
        if (checks.HasFlag(IrCheck.OverflowCheck)) names.Add("overflow");
        if (checks.HasFlag(IrCheck.BoundsCheck)) names.Add("bounds");
        if (checks.HasFlag(IrCheck.ZeroDivisionCheck)) names.Add("zero-division");
        if (checks.HasFlag(IrCheck.KeyCheck)) names.Add("key");
        return string.Join(", ", names);
    }
}
