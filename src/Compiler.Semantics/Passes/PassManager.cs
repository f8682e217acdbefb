using System.Diagnostics;
using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Passes;

/// <summary>
/// Runs a pipeline over a module: each pass in order, then (optionally) the verifier with the node kinds removed
/// by the passes so far forbidden. The input is verified too, so a broken lowering is not blamed on the first pass.
/// </summary>
public static class PassManager
{
    /// <summary>Runs <paramref name="pipeline"/> over <paramref name="module"/> in place.</summary>
    /// <exception cref="IrVerificationException">The input or a pass's output breaks an IR invariant.</exception>
    /// <exception cref="ArgumentException"><see cref="PassRunOptions.StopAfter"/> names no entry of the pipeline.</exception>
    public static PassRunResult Run(IrModule module, PassPipeline pipeline, PassRunOptions? options = null)
    {
        options ??= new PassRunOptions();
        if (options.StopAfter is { } stop && !pipeline.Contains(stop))
            throw new ArgumentException($"no pass or point named '{stop}' in the pipeline: {pipeline}", nameof(options));
        var context = new PassContext(module, options.ResolveOverload, options.ResolveClass);
        var forbidden = new HashSet<IrNodeKind>();
        var log = new List<PassLogEntry>();
        if (options.VerifyAfterEachPass) IrVerifier.Verify(module, forbidden, "lowering (input of the pipeline)");
        foreach (var pass in pipeline.Entries)
        {
            if (pass is not PipelinePoint)
            {
                context.CurrentPass = pass.Name;
                var watch = Stopwatch.StartNew();
                pass.Run(module, context);
                watch.Stop();
                forbidden.UnionWith(pass.RemovedKinds);
                if (options.VerifyAfterEachPass)
                {
                    // A pass that could not lower a node (it reported an error) leaves it; the error explains why.
                    var allowed = context.Diagnostics.Any(d => d.Severity == PassDiagnosticSeverity.Error) ? new HashSet<IrNodeKind>() : forbidden;
                    IrVerifier.Verify(module, allowed, pass.Name);
                }
                log.Add(new PassLogEntry(pass.Name, watch.Elapsed, options.VerifyAfterEachPass));
            }
            if (pass.Name == options.StopAfter) return new PassRunResult(log, context.Diagnostics, pass.Name);
        }
        return new PassRunResult(log, context.Diagnostics, null);
    }
}
