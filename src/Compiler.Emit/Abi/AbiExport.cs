using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit.Abi;

/// <summary>
/// One function a shared library exports: the IR function, its C symbol (<c>prompt_builder_embed_prompts</c>), its
/// parameters and result as ABI types.
/// </summary>
public sealed class AbiExport
{
    /// <summary>Creates an export.</summary>
    public AbiExport(IrFunction function, string symbol, IReadOnlyList<AbiParameter> parameters, AbiType result)
    {
        Function = function;
        Symbol = symbol;
        Parameters = parameters;
        Result = result;
    }

    /// <summary>The exported function.</summary>
    public IrFunction Function { get; }

    /// <summary>The Python name (<c>embed_prompts</c>).</summary>
    public string Name => Function.Name;

    /// <summary>The C symbol (<c>prompt_builder_embed_prompts</c>).</summary>
    public string Symbol { get; }

    /// <summary>The parameters in order.</summary>
    public IReadOnlyList<AbiParameter> Parameters { get; }

    /// <summary>The result (<see cref="AbiType.None"/> when the function returns None).</summary>
    public AbiType Result { get; }

    /// <summary>The Python signature: <c>embed_prompts(texts: list[str], task: str) -> list[str]</c>.</summary>
    public string PythonSignature =>
        $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type.PythonType.DisplayName}"))}) -> {Result.PythonType.DisplayName}";

    /// <summary>
    /// Every C parameter in order: the argument slots, then <c>&lt;result type&gt;* result</c> (unless the result is
    /// None), then <c>pyaot_error* error</c>.
    /// </summary>
    public IReadOnlyList<(string CType, string Name)> CParameters
    {
        get
        {
            var slots = Parameters.SelectMany(p => p.Slots).ToList();
            if (Result.ResultCType is { } resultType) slots.Add((resultType + "*", "result"));
            slots.Add((AbiNames.ErrorStruct + "*", "error"));
            return slots;
        }
    }

    /// <summary>The C prototype: <c>int32_t prompt_builder_embed_prompts(const pyaot_str* texts, ...)</c> (no semicolon).</summary>
    public string CPrototype => $"int32_t {Symbol}({string.Join(", ", CParameters.Select(p => p.CType + " " + p.Name))})";
}
