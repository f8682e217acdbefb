namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>Builds <see cref="OperationLibrary.Default"/> from the declarative tables in Operations/Library.</summary>
internal static class BuiltinOperationLibrary
{
    public static OperationLibrary Create()
    {
        var builder = new OperationLibraryBuilder();
        builder.AddNamedType("Tensor", Types.PyType.Tensor);
        Library.MathModule.Register(builder);
        return builder.Build();
    }
}
