using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Symbols;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// Chooses the functions a shared library exports. Without names: every public top-level function (a name not
/// starting with <c>_</c>) whose parameters and return are all annotated with types the C ABI carries; any other
/// function is silently left out. With names (<c>--export</c>): exactly those functions, and a name that is missing
/// (PA4201) or whose signature the ABI cannot carry (PA4202) is an error.
/// </summary>
public static class ExportSelector
{
    private const string Carried = "int, float, bool, str, list[str], list[int], list[float], list[list[float]] (and None as a result)";

    /// <summary>Selects the exports of <paramref name="module"/>: <paramref name="exportNames"/> null means the default selection.</summary>
    public static ExportSelection Select(IrModule module, IReadOnlyList<string>? exportNames = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var prefix = AbiNames.SymbolPrefix(module.Name);
        var topLevel = module.Functions.Where(IsTopLevel).ToList();
        var exports = new List<AbiExport>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (exportNames is null)
        {
            foreach (var function in topLevel)
                if (!function.Name.StartsWith('_') && TryDescribe(function, prefix, out var export, out _))
                    exports.Add(export!);
        }
        else
        {
            foreach (var name in exportNames.Distinct(StringComparer.Ordinal))
            {
                var function = topLevel.FirstOrDefault(f => f.Name == name);
                if (function is null)
                    diagnostics.Add(Diagnostic.Create(AbiDiagnosticDescriptors.ExportNotFound, Location.None, module.Name, name));
                else if (TryDescribe(function, prefix, out var export, out var reason))
                    exports.Add(export!);
                else
                    diagnostics.Add(Diagnostic.Create(AbiDiagnosticDescriptors.ExportNotRepresentable, LocationOf(function), name, reason));
            }
            exports.Sort((a, b) => topLevel.IndexOf(a.Function).CompareTo(topLevel.IndexOf(b.Function)));
        }
        return new ExportSelection(new AbiLibrary(module.Name, exports), diagnostics.ToImmutable());
    }

    /// <summary>A def at module level (not a method, a nested function or a lambda).</summary>
    private static bool IsTopLevel(IrFunction function) =>
        function.Symbol is { ContainingClass: null, ContainingFunction: null, IsLambda: false };

    private static bool TryDescribe(IrFunction function, string prefix, out AbiExport? export, out string reason)
    {
        export = null;
        var symbol = function.Symbol!;
        if (function.IsGenerator) return Fail("it is a generator", out reason);
        var parameters = new List<AbiParameter>();
        for (var i = 0; i < symbol.Parameters.Count; i++)
        {
            var parameter = symbol.Parameters[i];
            if (parameter.ParameterKind is ParameterKind.VarPositional or ParameterKind.VarKeyword)
                return Fail($"parameter '{parameter.Name}' collects {(parameter.ParameterKind == ParameterKind.VarPositional ? "*args" : "**kwargs")}", out reason);
            if (parameter.DeclaredType is null) return Fail($"parameter '{parameter.Name}' has no annotation", out reason);
            var type = i < function.Parameters.Count ? function.Parameters[i].Type : parameter.DeclaredType;
            if (AbiType.FromPythonType(type, asResult: false) is not { } abiType)
                return Fail($"parameter '{parameter.Name}' has type '{type.Resolve().DisplayName}'; the ABI carries {Carried}", out reason);
            parameters.Add(new AbiParameter(parameter.Name, abiType));
        }
        if (symbol.DeclaredReturnType is null) return Fail("the return type has no annotation", out reason);
        if (AbiType.FromPythonType(function.ReturnType, asResult: true) is not { } result)
            return Fail($"the return type is '{function.ReturnType.Resolve().DisplayName}'; the ABI carries {Carried}", out reason);
        if (!function.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            return Fail("its name is not an ASCII identifier, which a C symbol needs", out reason);
        var cSymbol = prefix + "_" + function.Name;
        if (cSymbol.StartsWith(prefix + "_free_", StringComparison.Ordinal))
            return Fail($"its C symbol '{cSymbol}' would clash with the library's free functions", out reason);
        var slotNames = parameters.SelectMany(p => p.Slots).Select(s => s.Name).Append("result").Append("error").ToList();
        if (slotNames.Distinct(StringComparer.Ordinal).Count() != slotNames.Count)
            return Fail("its parameter names collide in C (a parameter named like another one's _len, _rows or _cols slot)", out reason);
        export = new AbiExport(function, cSymbol, parameters, result);
        reason = "";
        return true;
    }

    private static bool Fail(string why, out string reason)
    {
        reason = why;
        return false;
    }

    private static Location LocationOf(IrFunction function) =>
        function.Symbol?.DeclaringSyntax is { } node ? node.SyntaxTree.GetLocation(node.Span) : Location.None;
}
