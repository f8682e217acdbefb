namespace PythonAot.Compiler.Syntax;

/// <summary>
/// A node of CPython 3.11's <c>ast</c> module, as <see cref="CPythonAst.Lower"/> builds it from a syntax tree:
/// the class name, the fields in <c>_fields</c> order and, for the classes that have them, the position
/// attributes. Immutable.
/// </summary>
public sealed class AstNode
{
    private readonly AstField[] _fields;

    /// <summary>Creates a node; <paramref name="values"/> are the field values in <c>_fields</c> order.</summary>
    public AstNode(AstNodeType type, AstLocation? location, params object?[] values)
    {
        if (values.Length != type.FieldNames.Count)
            throw new ArgumentException($"{type.Name} has {type.FieldNames.Count} fields, got {values.Length}.", nameof(values));
        Type = type;
        Location = type.HasLocation ? location : null;
        _fields = new AstField[values.Length];
        for (var i = 0; i < values.Length; i++)
            _fields[i] = new AstField(type.FieldNames[i], values[i], type.FieldIsOptional[i]);
    }

    /// <summary>Creates a node of the class named <paramref name="typeName"/>.</summary>
    public AstNode(string typeName, AstLocation? location, params object?[] values)
        : this(AstNodeType.Get(typeName), location, values)
    {
    }

    /// <summary>The node's class.</summary>
    public AstNodeType Type { get; }

    /// <summary>The class name (<c>Module</c>, <c>BinOp</c>, <c>arg</c>, ...).</summary>
    public string TypeName => Type.Name;

    /// <summary>The fields in CPython's <c>_fields</c> order.</summary>
    public IReadOnlyList<AstField> Fields => _fields;

    /// <summary>The position attributes; null for the classes without them (<c>arguments</c>, <c>Load</c>, ...).</summary>
    public AstLocation? Location { get; }

    /// <summary>The value of the named field.</summary>
    public object? this[string fieldName]
    {
        get
        {
            foreach (var field in _fields)
                if (field.Name == fieldName) return field.Value;
            throw new KeyNotFoundException($"{TypeName} has no field '{fieldName}'.");
        }
    }

    /// <summary>The dump of this node, as <c>ast.dump(node, include_attributes=True)</c> prints it.</summary>
    public override string ToString() => CPythonAst.Dump(this);
}
