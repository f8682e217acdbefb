using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.InternalSyntax;
using PythonAot.Compiler.Syntax.Text;

namespace PythonAot.Compiler.Benchmarks;

/// <summary>
/// Parser throughput on the <see cref="BenchmarkCorpus"/> (the 50 largest stdlib files). One operation processes
/// the whole corpus; the MB/s column divides the corpus size by the mean time, and the memory diagnoser reports
/// the bytes allocated per operation. Run: <c>dotnet run -c Release --project benchmarks/Compiler.Benchmarks -- --filter '*ParseBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ParseBenchmarks
{
    private byte[][] _sources = [];
    private string[] _texts = [];
    private readonly PythonParseOptions _options = PythonParseOptions.Default;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: BenchmarkDotNet's out-of-process toolchain looks for a project named like the assembly
            // (PythonAot.Compiler.Benchmarks), and this one is Compiler.Benchmarks.csproj.
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new ThroughputColumn(), new CorpusColumn());
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _sources = BenchmarkCorpus.ReadAll();
        _texts = _sources.Select(s => PythonSourceDecoder.Decode(s).Text).ToArray();
    }

    /// <summary>What <c>pyaot parse --stats</c> times: decode the bytes, lex, parse, build the green tree.</summary>
    [Benchmark(Baseline = true, Description = "ParseBytes")]
    public int ParseBytes()
    {
        var width = 0;
        foreach (var source in _sources) width += SyntaxTree.ParseBytes(source, _options).Green.FullWidth;
        return width;
    }

    /// <summary>Parsing already decoded text.</summary>
    [Benchmark(Description = "ParseText")]
    public int ParseText()
    {
        var width = 0;
        foreach (var text in _texts) width += SyntaxTree.ParseText(text, _options).Green.FullWidth;
        return width;
    }

    /// <summary>The lexer alone over decoded text: every token up to end of file.</summary>
    [Benchmark(Description = "Lex")]
    public int Lex()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            var lexer = new Lexer(text, _options);
            while (true)
            {
                tokens++;
                if (lexer.Lex().Kind == SyntaxKind.EndOfFileToken) break;
            }
        }
        return tokens;
    }
}
