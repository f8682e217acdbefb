namespace PythonAot.Compiler.Syntax;

/// <summary>How much of the old tree an incremental reparse reused.</summary>
/// <param name="ReusedNodes">Green nodes of the new tree taken over from the old one (counting every node inside a reused subtree).</param>
/// <param name="TotalNodes">All green nodes of the new tree.</param>
public readonly record struct IncrementalParseStatistics(int ReusedNodes, int TotalNodes)
{
    /// <summary>The share of reused nodes, 0 to 1.</summary>
    public double ReusedShare => TotalNodes == 0 ? 0 : (double)ReusedNodes / TotalNodes;
}
