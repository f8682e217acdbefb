namespace PythonAot.Compiler.Semantics.Operations;

/// <summary>
/// Builds <see cref="OperationLibrary.Default"/> from the declarative tables in Operations/Library, in a fixed order
/// (the order of a name's overloads is its resolution preference order).
/// </summary>
internal static class BuiltinOperationLibrary
{
    public static OperationLibrary Create()
    {
        var builder = new OperationLibraryBuilder();
        builder.AddNamedType("Tensor", Types.PyType.Tensor);
        // The slice object (a[i:j] passes one to operator.getitem); no annotation name of its own in the resolver.
        builder.AddNamedType("slice", Types.PyType.Slice);
        // The root exception class, the receiver of the exception methods (a user exception class converts to it).
        builder.AddNamedType("BaseException", new Types.ClassType(Symbols.BuiltinClasses.BaseException));
        Library.Operators.Register(builder);
        Library.BuiltinFunctions.Register(builder);
        Library.StrMethods.Register(builder);
        Library.ListMethods.Register(builder);
        Library.DictMethods.Register(builder);
        Library.DictViews.Register(builder);
        Library.SetMethods.Register(builder);
        Library.TupleMethods.Register(builder);
        Library.ExceptionMethods.Register(builder);
        Library.MathModule.Register(builder);
        Library.SysModule.Register(builder);
        return builder.Build();
    }
}
