namespace PythonAot.Compiler.Syntax;

/// <summary>Visits nodes by their type; override the Visit methods of the kinds you care about.</summary>
public abstract partial class SyntaxVisitor
{
    /// <summary>Dispatches to the method for the node's type.</summary>
    public virtual void Visit(SyntaxNode? node) => node?.Accept(this);

    /// <summary>Called for every node whose Visit method is not overridden.</summary>
    public virtual void DefaultVisit(SyntaxNode node)
    {
    }
}

/// <summary>Visits nodes by their type and returns a value.</summary>
public abstract partial class SyntaxVisitor<TResult>
{
    /// <summary>Dispatches to the method for the node's type.</summary>
    public virtual TResult? Visit(SyntaxNode? node) => node is null ? default : node.Accept(this);

    /// <summary>Called for every node whose Visit method is not overridden.</summary>
    public virtual TResult? DefaultVisit(SyntaxNode node) => default;
}
