namespace PythonAot.Compiler.Semantics.IR;

/// <summary>
/// The concrete kind of every IR node. Lowering passes declare the kinds they remove, and the verifier rejects
/// them at later stages (see IrVerifier).
/// </summary>
public enum IrNodeKind
{
    /// <summary><see cref="IrBlock"/>.</summary>
    Block,
    /// <summary><see cref="IrAssign"/>.</summary>
    Assign,
    /// <summary><see cref="IrStoreField"/>.</summary>
    StoreField,
    /// <summary><see cref="IrEvaluate"/>.</summary>
    Evaluate,
    /// <summary><see cref="IrIf"/>.</summary>
    If,
    /// <summary><see cref="IrWhile"/>.</summary>
    While,
    /// <summary><see cref="IrFor"/>.</summary>
    For,
    /// <summary><see cref="IrTry"/>.</summary>
    Try,
    /// <summary><see cref="IrExceptHandler"/>.</summary>
    ExceptHandler,
    /// <summary><see cref="IrWith"/> (high-level: removed by lower-with).</summary>
    With,
    /// <summary><see cref="IrReturn"/>.</summary>
    Return,
    /// <summary><see cref="IrRaise"/>.</summary>
    Raise,
    /// <summary><see cref="IrBreak"/>.</summary>
    Break,
    /// <summary><see cref="IrContinue"/>.</summary>
    Continue,
    /// <summary><see cref="IrYield"/>.</summary>
    Yield,
    /// <summary><see cref="IrAssert"/> (high-level: removed by lower-asserts).</summary>
    Assert,
    /// <summary><see cref="IrDelete"/>.</summary>
    Delete,
    /// <summary><see cref="IrAugmentedAssign"/> (high-level: removed by lower-augmented-assignment).</summary>
    AugmentedAssign,
    /// <summary><see cref="IrUnpack"/>.</summary>
    Unpack,
    /// <summary><see cref="IrConstant"/>.</summary>
    Constant,
    /// <summary><see cref="IrLoad"/>.</summary>
    Load,
    /// <summary><see cref="IrCall"/>.</summary>
    Call,
    /// <summary><see cref="IrCallFunction"/>.</summary>
    CallFunction,
    /// <summary><see cref="IrCallIndirect"/>.</summary>
    CallIndirect,
    /// <summary><see cref="IrNew"/>.</summary>
    New,
    /// <summary><see cref="IrMethodCall"/>.</summary>
    MethodCall,
    /// <summary><see cref="IrFieldLoad"/>.</summary>
    FieldLoad,
    /// <summary><see cref="IrBuild"/>.</summary>
    Build,
    /// <summary><see cref="IrComprehension"/> (high-level: removed by lower-comprehensions).</summary>
    Comprehension,
    /// <summary><see cref="IrFormattedString"/> (high-level: removed by lower-fstrings).</summary>
    FormattedString,
    /// <summary><see cref="IrConditional"/>.</summary>
    Conditional,
    /// <summary><see cref="IrShortCircuit"/>.</summary>
    ShortCircuit,
    /// <summary><see cref="IrNot"/>.</summary>
    Not,
    /// <summary><see cref="IrConvert"/>.</summary>
    Convert,
    /// <summary><see cref="IrIsInstance"/>.</summary>
    IsInstance,
    /// <summary><see cref="IrMakeClosure"/>.</summary>
    MakeClosure,
    /// <summary><see cref="IrFlowExpression"/>.</summary>
    FlowExpression,
}
