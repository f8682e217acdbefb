namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The methods of the builtin exception classes that user exception classes reach: <c>super().__init__(message)</c>
/// in the <c>__init__</c> of a class deriving from Exception (or any builtin exception) sets the exception's args,
/// which str() and the uncaught-exception line print.
/// </summary>
internal static class ExceptionMethods
{
    private const OperationKind M = OperationKind.Method;
    private const OperationEffects Mutates = OperationEffects.MutatesArgument;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("BaseException.__init__", M, "(self: BaseException, /) -> None", Mutates, [], 0, "sets args to () (str() gives '')");
        b.Add("BaseException.__init__", M, "(self: BaseException, arg: object, /) -> None", Mutates, [], 0, "sets args to (arg,) (str() gives str(arg))");
    }
}
