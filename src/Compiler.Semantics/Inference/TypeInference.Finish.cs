using PythonAot.Compiler.Semantics.Diagnostics;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

internal sealed partial class TypeInference
{
    /// <summary>After the last round: variables and returns nothing typed, and exported functions nothing instantiated.</summary>
    private void ReportUnfixedTypes()
    {
        foreach (var slot in _staticSlots.Values.Concat(_allInstances.SelectMany(i => i.Slots.Values)))
        {
            if (slot.Symbol is not VariableSymbol variable || !slot.Type.ContainsTypeVariables || slot.HasErrorAssignment) continue;
            if (variable.DeclaringSyntax is { } declaration) Report(TypingDiagnosticDescriptors.CannotInferType, declaration, variable.Name);
        }
        foreach (var instance in _allInstances)
        {
            if (instance.Function is not { } function || function.IsGenerator || !instance.ReturnType.ContainsTypeVariables) continue;
            var at = function.DeclaringSyntax!;
            if (!instance.HasReturnValue) Report(TypingDiagnosticDescriptors.RecursiveReturnTypeNeverFixed, at, function.QualifiedName);
            else Report(TypingDiagnosticDescriptors.CannotInferType, at, $"the return value of {function.QualifiedName}");
        }
        foreach (var module in _modules)
        {
            foreach (var function in module.Members.Values.OfType<FunctionSymbol>())
            {
                if (function.Name.StartsWith('_') || _instances.ContainsKey(function)) continue;
                foreach (var parameter in function.Parameters.Where(p => p.DeclaredType is null && p.DefaultValue is null))
                    Report(TypingDiagnosticDescriptors.UntypedExportParameter, parameter.DeclaringSyntax!, parameter.Name, function.Name);
            }
        }
    }
}
