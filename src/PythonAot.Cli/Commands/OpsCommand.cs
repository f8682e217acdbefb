using System.CommandLine;
using System.Globalization;
using PythonAot.Compiler.Semantics.Operations;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot ops [--format text|markdown] [PREFIX]</c>: every operation of the default library with its overloads
/// (<c>operator.add(str, str) -> str</c>), effects, the exceptions each may raise and how many overloads each backend
/// implements. <c>--format markdown</c> writes docs/ops.md.
/// </summary>
internal static class OpsCommand
{
    /// <summary>The command line that regenerates docs/ops.md.</summary>
    public const string RegenerateCommand = "./pyaot ops --format markdown > docs/ops.md";

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (one line per overload) or markdown (the tables of docs/ops.md).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|markdown",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var prefix = new Argument<string?>("PREFIX")
        {
            Description = "Only the operations whose qualified name starts with this (str., operator.add, math.).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("ops", "List the operations PythonAot can translate (operators, builtins, methods, math) with their typed overloads, effects, exceptions and backend coverage.")
        {
            format, prefix,
        };
        command.SetAction(parseResult =>
        {
            var library = OperationLibrary.Default;
            var filter = parseResult.GetValue(prefix) ?? "";
            var operations = library.Operations.Where(o => o.Name.StartsWith(filter, StringComparison.Ordinal)).ToList();
            if (operations.Count == 0) throw new CliException($"no operation name starts with '{filter}' (try `pyaot ops str.` or `pyaot ops math.`)");
            if (parseResult.GetValue(format) == "markdown") WriteMarkdown(context.Out, operations, filter);
            else WriteText(context.Out, operations);
            return Program.ExitSuccess;
        });
        return command;
    }

    /// <summary>The sections of the listing, in order: a title per kind of operation.</summary>
    private static readonly (OperationKind Kind, string Title)[] Sections =
    [
        (OperationKind.Operator, "Operators"),
        (OperationKind.Builtin, "Builtin functions"),
        (OperationKind.Method, "Methods"),
        (OperationKind.ModuleFunction, "Module functions"),
        (OperationKind.ModuleAttribute, "Module constants"),
    ];

    /// <summary>One block per operation: its name and coverage, then one indented line per overload.</summary>
    public static void WriteText(TextWriter o, IReadOnlyList<Operation> operations)
    {
        foreach (var (kind, _) in Sections)
        {
            foreach (var operation in operations.Where(op => op.Kind == kind))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{operation.Name} ({FormatKind(operation.Kind)}; {Coverage(operation.Overloads, ", ")})"));
                foreach (var overload in operation.Overloads)
                {
                    var details = new List<string> { FormatEffects(overload) };
                    if (overload.Raises.Count > 0) details.Add("raises " + string.Join(", ", overload.Raises));
                    var implemented = BackendIds.All.Where(overload.Implementations.ContainsKey).ToList();
                    if (implemented.Count > 0) details.Add("implemented: " + string.Join(", ", implemented));
                    o.WriteLine($"  {FormatOverload(overload)}  [{string.Join("; ", details)}]");
                }
            }
        }
        o.WriteLine(Summary(operations));
    }

    /// <summary>docs/ops.md: a header, a summary, then one table per operation grouped by kind.</summary>
    public static void WriteMarkdown(TextWriter o, IReadOnlyList<Operation> operations, string filter)
    {
        o.WriteLine("# Operations");
        o.WriteLine();
        o.WriteLine($"Generated from the default operation library by `{(filter.Length == 0 ? RegenerateCommand : "./pyaot ops --format markdown " + filter)}`; do not edit by hand.");
        o.WriteLine("A test compares this file with the command's output.");
        o.WriteLine();
        o.WriteLine("Every operator, builtin function, method of a builtin type and `math` function PythonAot can translate, with its");
        o.WriteLine("typed overloads in resolution order (the cheapest match wins, the earlier one among equals). Type parameters are");
        o.WriteLine("single capital letters (`T`, `K`, `V`); an `Iterator[T]` parameter accepts any iterable by its item type;");
        o.WriteLine("`key=` marks a keyword-only parameter and `=...` an optional one. int is 64-bit: int arithmetic that leaves");
        o.WriteLine("int64 raises OverflowError. The cpp, rust and llvm columns say whether a backend implements the overload.");
        o.WriteLine();
        o.WriteLine(Summary(operations));
        o.WriteLine();
        foreach (var (kind, title) in Sections)
        {
            var section = operations.Where(op => op.Kind == kind).ToList();
            if (section.Count == 0) continue;
            o.WriteLine($"## {title}");
            o.WriteLine();
            foreach (var operation in section)
            {
                o.WriteLine($"### {operation.Name}");
                o.WriteLine();
                o.WriteLine($"{Coverage(operation.Overloads, ", ")}.");
                o.WriteLine();
                o.WriteLine("| overload | effects | raises | cpp | rust | llvm | notes |");
                o.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
                foreach (var overload in operation.Overloads)
                {
                    var cells = new List<string>
                    {
                        "`" + Escape(FormatOverload(overload)) + "`",
                        FormatEffects(overload),
                        overload.Raises.Count == 0 ? "" : string.Join(", ", overload.Raises),
                    };
                    cells.AddRange(BackendIds.All.Select(b => overload.Implementations.ContainsKey(b) ? "yes" : "-"));
                    cells.Add(Escape(overload.Documentation ?? ""));
                    o.WriteLine("| " + string.Join(" | ", cells) + " |");
                }
                o.WriteLine();
            }
        }
    }

    /// <summary><c>N operations, M overloads; cpp: 0 of M overloads, ...</c>.</summary>
    private static string Summary(IReadOnlyList<Operation> operations)
    {
        var overloads = operations.SelectMany(op => op.Overloads).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{operations.Count} operations, {overloads.Count} overloads; implemented: {Coverage(overloads, ", ")}");
    }

    private static string Coverage(IReadOnlyList<OperationOverload> overloads, string separator) =>
        string.Join(separator, BackendIds.All.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b} {overloads.Count(o => o.Implementations.ContainsKey(b))} of {overloads.Count}")));

    /// <summary><c>operator.add(str, str) -> str</c>; a module constant as <c>math.pi: float</c>.</summary>
    private static string FormatOverload(OperationOverload overload) =>
        overload.Kind == OperationKind.ModuleAttribute ? $"{overload.OperationName}: {overload.Signature.ReturnType.DisplayName}" : overload.ToString();

    private static string FormatKind(OperationKind kind) => kind switch
    {
        OperationKind.Operator => "operator",
        OperationKind.Builtin => "builtin",
        OperationKind.Method => "method",
        OperationKind.ModuleFunction => "module function",
        _ => "module constant",
    };

    /// <summary><c>pure</c>, or the effects: <c>mutates self</c>, <c>calls argument</c>, <c>I/O</c>, <c>nondeterministic</c>.</summary>
    private static string FormatEffects(OperationOverload overload)
    {
        if (overload.Effects == OperationEffects.Pure) return "pure";
        var parts = new List<string>();
        if (overload.Effects.HasFlag(OperationEffects.MutatesArgument)) parts.Add("mutates " + overload.Signature.Parameters[overload.MutatedParameter].Name);
        if (overload.Effects.HasFlag(OperationEffects.CallsArgument)) parts.Add("calls argument");
        if (overload.Effects.HasFlag(OperationEffects.InputOutput)) parts.Add("I/O");
        if (overload.Effects.HasFlag(OperationEffects.Nondeterministic)) parts.Add("nondeterministic");
        return string.Join(", ", parts);
    }

    /// <summary>Escapes the table cell separator (also inside code spans, as GitHub tables require).</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
