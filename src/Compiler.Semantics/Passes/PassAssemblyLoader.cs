using System.Reflection;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Loads custom passes from a .NET assembly: every public, non-abstract <see cref="IIrPass"/> with a parameterless
/// constructor and a <see cref="PipelineInsertionAttribute"/> is created and inserted at its anchor. This is how
/// <c>pyaot ir --pass-assembly</c> shows what a user's pass does without rebuilding the compiler.
/// </summary>
public static class PassAssemblyLoader
{
    /// <summary>Inserts the passes of <paramref name="assembly"/> into <paramref name="pipeline"/>; returns their names in insertion order.</summary>
    /// <exception cref="ArgumentException">A pass names an anchor the pipeline does not have, or its name is taken.</exception>
    public static IReadOnlyList<string> InsertPasses(PassPipeline pipeline, Assembly assembly)
    {
        var inserted = new List<string>();
        var types = assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IIrPass).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Type: t, Placement: t.GetCustomAttribute<PipelineInsertionAttribute>()))
            .Where(p => p.Placement is not null)
            .OrderBy(p => p.Type.FullName, StringComparer.Ordinal);
        foreach (var (type, placement) in types)
        {
            var pass = (IIrPass)Activator.CreateInstance(type)!;
            if (placement!.Before) pipeline.InsertBefore(placement.Anchor, pass);
            else pipeline.InsertAfter(placement.Anchor, pass);
            inserted.Add(pass.Name);
        }
        return inserted;
    }

    /// <summary>Loads the assembly at <paramref name="path"/> and inserts its passes.</summary>
    public static IReadOnlyList<string> InsertPasses(PassPipeline pipeline, string path) =>
        InsertPasses(pipeline, Assembly.LoadFrom(Path.GetFullPath(path)));
}
