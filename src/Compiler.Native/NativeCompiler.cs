using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Emit.Cpp;
using PythonAot.Compiler.Native.Building;

namespace PythonAot.Compiler.Native;

/// <summary>
/// The whole road from a Python file to a native binary with the C++ backend: <see cref="ModuleCompiler"/> (parse,
/// semantic model, IR, pass pipeline), <see cref="CppEmitter"/>, then <see cref="NativeBuilder"/> through the
/// content-hash cache. Used by <c>pyaot build</c>/<c>run</c>, the demo and the tests.
/// </summary>
public static class NativeCompiler
{
    /// <summary>Compiles and builds <paramref name="sourcePath"/>.</summary>
    public static NativeCompileResult Build(string sourcePath, NativeCompileOptions options, NativeBuilder? builder = null)
    {
        var moduleName = Path.GetFileNameWithoutExtension(sourcePath);
        var compilation = ModuleCompiler.Compile(sourcePath, options.Kind);
        if (!compilation.Success) return new NativeCompileResult(compilation, null, null) { ModuleName = moduleName };

        var emit = Emit(compilation, sourcePath, options);
        if (!emit.Success) return new NativeCompileResult(compilation, emit, null) { ModuleName = moduleName };

        builder ??= new NativeBuilder(cacheRoot: options.CacheRoot);
        var build = builder.Build(emit.Files, moduleName, options.BuildOptions);
        return new NativeCompileResult(compilation, emit, build) { ModuleName = moduleName };
    }

    /// <summary>Emits the C++ sources of an already compiled module.</summary>
    public static EmitResult Emit(ModuleCompilation compilation, string sourcePath, NativeCompileOptions options)
    {
        var request = new EmitRequest(compilation.Module!, Path.GetFullPath(sourcePath), options.Kind, options.ExportNames) { Debug = options.Debug };
        return new CppEmitter().Emit(request);
    }
}
