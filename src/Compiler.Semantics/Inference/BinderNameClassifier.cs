using PythonAot.Compiler.Semantics.Analysis;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Compiler.Semantics.Inference;

/// <summary>Classifies names for the untranslatable-construct checks with the binder's scopes and the compilation's symbols.</summary>
internal sealed class BinderNameClassifier(TypeInference inference, ModuleInfo module) : INameClassifier
{
    public NameKind Classify(NameExpressionSyntax name)
    {
        var resolved = module.Scopes.Resolve(name);
        if (resolved.IsBuiltin) return NameKind.Builtin;
        if (resolved.Binding is not { } binding) return NameKind.Unknown;
        return inference.GetSymbol(binding) switch
        {
            ModuleSymbol => NameKind.Module,
            ClassSymbol => NameKind.Class,
            FunctionSymbol => NameKind.Function,
            _ => NameKind.Variable,
        };
    }

    public string? ModuleNameOf(NameExpressionSyntax name) =>
        module.Scopes.Resolve(name).Binding is { } binding && inference.GetSymbol(binding) is ModuleSymbol m ? m.Name : null;
}
