using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Semantics.Lowering;

/// <summary>
/// Gives nodes the lowering synthesized without a syntax node of their own (conversions, temporaries' loads,
/// truth tests) the location of the statement they belong to, so that every node has one.
/// </summary>
internal sealed class LocationFiller : IrVisitor
{
    private readonly IrLocation _location;

    private LocationFiller(IrLocation location) => _location = location;

    public static void Fill(IrNode node, IrLocation location) => new LocationFiller(location).Visit(node);

    /// <inheritdoc/>
    protected override void Enter(IrNode node) => node.Location ??= _location;
}
