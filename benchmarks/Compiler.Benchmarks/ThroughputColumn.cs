using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PythonAot.Compiler.Benchmarks;

/// <summary>
/// MB/s (10^6 bytes per second) of a benchmark whose one operation processes the whole
/// <see cref="BenchmarkCorpus"/>: corpus bytes divided by the mean time of an operation.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Corpus bytes (10^6) per second of mean operation time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0) return "NA";
        var seconds = mean.Value / 1e9;
        return (BenchmarkCorpus.TotalBytes / 1e6 / seconds).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>The corpus size, so a reader of the table knows what one operation processed.</summary>
public sealed class CorpusColumn : IColumn
{
    public string Id => nameof(CorpusColumn);

    public string ColumnName => "Corpus";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Files and bytes one operation processes (the largest stdlib .py files)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        string.Create(CultureInfo.InvariantCulture, $"{BenchmarkCorpus.Files.Count} files, {BenchmarkCorpus.TotalBytes / 1e6:0.00} MB");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
