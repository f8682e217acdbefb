using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PythonAot.Compiler.Syntax;

namespace PythonAot.Cli;

/// <summary>
/// <c>pyaot parse [--stats] [--parallel] [--repeat N] [--language-version V] PATH...</c>: parses every .py file
/// under the paths. Without <c>--stats</c> it prints the diagnostics as <c>check</c> does plus a summary, and
/// exits with 1 when any file has errors. With <c>--stats</c> it reads every file into memory first, then times
/// only the parsing of those bytes (decoding included, as <c>ast.parse(bytes)</c> does), and prints
/// <c>key: value</c> lines; it exits with 0 whatever the files contain.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var stats = new Option<bool>("--stats")
        {
            Description = "Print throughput statistics (files, bytes, seconds, MB/s, files with errors) instead of diagnostics. Files are read into memory before the timed parse.",
        };
        var parallel = new Option<bool>("--parallel")
        {
            Description = "Parse the files on every core (Parallel.ForEach over files).",
        };
        var repeat = new Option<int>("--repeat")
        {
            Description = "With --stats: parse everything N times and report the fastest pass (the first pass includes JIT warm-up).",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        repeat.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--repeat must be at least 1.");
        });
        var languageVersion = CommonOptions.CreateLanguageVersion();
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Python files, or folders to search recursively for .py files (in sorted order).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("parse", "Parse Python files and report their diagnostics or the parser's throughput.")
        {
            stats, parallel, repeat, languageVersion, paths,
        };
        command.SetAction(parseResult =>
        {
            var options = CommonOptions.ToParseOptions(parseResult.GetValue(languageVersion));
            var files = SourceFiles.Collect(parseResult.GetValue(paths) ?? []);
            return parseResult.GetValue(stats)
                ? RunStats(context, files, options, parseResult.GetValue(parallel), parseResult.GetValue(repeat))
                : RunDiagnostics(context, files, options, parseResult.GetValue(parallel));
        });
        return command;
    }

    private static int RunDiagnostics(CliContext context, IReadOnlyList<string> files, PythonParseOptions options, bool parallel)
    {
        var results = new List<ReportedDiagnostic>[files.Count];
        long bytes = 0;
        var stopwatch = Stopwatch.StartNew();
        if (parallel)
        {
            var sizes = new long[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                var source = SourceFiles.ReadAllBytes(files[i]);
                sizes[i] = source.Length;
                results[i] = ReportedDiagnostic.FromTree(files[i], SyntaxTree.ParseBytes(source, options, files[i]));
            });
            bytes = sizes.Sum();
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                var source = SourceFiles.ReadAllBytes(files[i]);
                bytes += source.Length;
                results[i] = ReportedDiagnostic.FromTree(files[i], SyntaxTree.ParseBytes(source, options, files[i]));
            }
        }
        stopwatch.Stop();

        var errors = 0;
        var filesWithErrors = 0;
        foreach (var diagnostics in results)
        {
            foreach (var diagnostic in diagnostics) DiagnosticFormatter.WriteText(context.Out, diagnostic);
            var count = diagnostics.Count(d => d.IsError);
            errors += count;
            if (count > 0) filesWithErrors++;
        }
        var outcome = errors == 0 ? "no errors" : $"{CheckCommand.Plural(errors, "error")} in {CheckCommand.Plural(filesWithErrors, "file")}";
        var seconds = stopwatch.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        context.Out.WriteLine($"parsed {CheckCommand.Plural(files.Count, "file")} ({CheckCommand.Plural(bytes, "byte")}) in {seconds} s: {outcome}");
        return errors > 0 ? Program.ExitErrors : Program.ExitSuccess;
    }

    private static int RunStats(CliContext context, IReadOnlyList<string> files, PythonParseOptions options, bool parallel, int repeat)
    {
        var readClock = Stopwatch.StartNew();
        var sources = new byte[files.Count][];
        for (var i = 0; i < files.Count; i++) sources[i] = SourceFiles.ReadAllBytes(files[i]);
        readClock.Stop();
        var bytes = sources.Sum(s => (long)s.Length);

        // Largest files first, so that no core is left parsing one big file at the end of a parallel pass.
        var order = Enumerable.Range(0, files.Count).OrderByDescending(i => sources[i].Length).ToArray();
        var hasErrors = new bool[files.Count];
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < repeat; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            if (parallel)
            {
                var partitioner = Partitioner.Create(order, loadBalance: true);
                Parallel.ForEach(partitioner, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    i => hasErrors[i] = ParseHasErrors(sources[i], options, files[i]));
            }
            else
            {
                foreach (var i in order) hasErrors[i] = ParseHasErrors(sources[i], options, files[i]);
            }
            clock.Stop();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }

        var seconds = best.TotalSeconds;
        var mbPerSecond = seconds > 0 ? bytes / 1e6 / seconds : 0;
        var errorFiles = Enumerable.Range(0, files.Count).Where(i => hasErrors[i]).Select(i => files[i]).ToList();
        var output = context.Out;
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"files: {files.Count}"));
        output.WriteLine(string.Create(invariant, $"bytes: {bytes}"));
        output.WriteLine(string.Create(invariant, $"seconds: {seconds:0.0000}"));
        output.WriteLine(string.Create(invariant, $"MB/s: {mbPerSecond:0.00}"));
        output.WriteLine(string.Create(invariant, $"files with errors: {errorFiles.Count}"));
        output.WriteLine(parallel
            ? string.Create(invariant, $"mode: parallel ({Environment.ProcessorCount} threads)")
            : "mode: single-threaded");
        output.WriteLine(string.Create(invariant, $"passes: {repeat} (seconds is the fastest)"));
        output.WriteLine(string.Create(invariant, $"read seconds: {readClock.Elapsed.TotalSeconds:0.0000}"));
        output.WriteLine("timing: parse only; every file was read into memory before timing (MB = 10^6 bytes)");
        foreach (var file in errorFiles) output.WriteLine("error file: " + file);
        return Program.ExitSuccess;
    }

    private static bool ParseHasErrors(byte[] source, PythonParseOptions options, string path)
    {
        var tree = SyntaxTree.ParseBytes(source, options, path);
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            if (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) return true;
        }
        return false;
    }
}
