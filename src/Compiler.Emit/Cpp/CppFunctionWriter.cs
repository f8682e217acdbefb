using System.Text;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Writes one function instance (a def, a method, a lifted lambda or generator expression, or the module's
/// top-level code) as a C++ function. Locals are plain C++ locals of their C++ types: declared where first
/// assigned when that is a statement of the function's outermost block, else at the top of the body.
/// </summary>
internal sealed partial class CppFunctionWriter
{
    private readonly CppModuleWriter _module;
    private CppCodeWriter _out;
    private readonly IrFunction _function;
    private readonly IrClass? _owner;
    private readonly bool _isInit;
    private readonly Dictionary<IrVariable, string> _names = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    /// <summary>Parameters passed by value because the body assigns them (or a generator keeps them in its frame).</summary>
    private readonly HashSet<IrVariable> _byValueParameters = [];
    /// <summary>Top-level assignments that also declare their variable.</summary>
    private readonly HashSet<IrAssign> _declaringAssignments = [];
    /// <summary>Variables the body assigns (so a loop can tell whether a bound it reads may change).</summary>
    private readonly HashSet<IrVariable> _assignedVariables = [];
    private readonly Dictionary<string, int> _freshCounters = new(StringComparer.Ordinal);
    /// <summary>Class-instance locals held as raw pointers borrowed from a list (see <see cref="CppBorrowAnalysis"/>).</summary>
    private readonly HashSet<IrVariable> _borrowed;
    private int? _lastLine;

    public CppFunctionWriter(CppModuleWriter module, CppCodeWriter output, IrFunction function)
    {
        _module = module;
        _out = output;
        _function = function;
        _isInit = function.QualifiedName == "<module>" && function.Symbol is null;
        _owner = module.MethodOwners.GetValueOrDefault(function);
        // A dunder the runtime calls from inside an operation is user code the borrow analysis cannot see: it could
        // remove the borrowed item from its list, so such modules borrow nothing.
        _borrowed = module.DefinesImplicitDunders ? [] : CppBorrowAnalysis.FindBorrowed(function, module.Cells);
        AssignNames();
    }

    private bool IsGenerator => _function.IsGenerator;
    private bool ReturnsVoid => !IsGenerator && _function.ReturnType == PyType.None;

    private void AssignNames()
    {
        _assignedVariables.UnionWith(IrVariableUses.Collect(_function).Written);
        foreach (var parameter in _function.Captures.Concat(_function.Parameters))
        {
            _names[parameter] = Claim(CppNames.Identifier(parameter.Name));
            if (IsGenerator || _assignedVariables.Contains(parameter)) _byValueParameters.Add(parameter);
        }
        foreach (var local in _function.Locals)
        {
            if (_names.ContainsKey(local) || local.Kind == IrVariableKind.Global) continue;
            var name = local.Kind == IrVariableKind.Temporary ? "tmp" + CppNames.Sanitize(local.Name.TrimStart('$')).TrimStart('n') : CppNames.Identifier(local.Name);
            _names[local] = Claim(name);
        }
        FindDeclaringAssignments();
        var truths = new TruthVariableFinder();
        truths.VisitFunction(_function);
        _unusedTruthVariables.UnionWith(truths.DirectOnly.Where(v => !truths.OtherLoads.Contains(v)));
    }

    /// <summary>Temporaries of bool <c>and</c>/<c>or</c> written as C++ <c>&amp;&amp;</c>/<c>||</c>: never declared.</summary>
    private readonly HashSet<IrVariable> _unusedTruthVariables = [];

    /// <summary>Whether a bool short circuit is written with C++'s operator (its truth test is the held left operand itself).</summary>
    private static bool IsDirectShortCircuit(IrShortCircuit node) =>
        node.Type == PyType.Bool && node.Truth is IrLoad load && load.Variable == node.TruthVariable;

    private sealed class TruthVariableFinder : IrVisitor
    {
        public HashSet<IrVariable> DirectOnly { get; } = [];
        public HashSet<IrVariable> OtherLoads { get; } = [];

        public override void VisitShortCircuit(IrShortCircuit node)
        {
            if (IsDirectShortCircuit(node))
            {
                DirectOnly.Add(node.TruthVariable);
                VisitExpression(node.Left);
                VisitExpression(node.Right);
                return;
            }
            OtherLoads.Add(node.TruthVariable);
            base.VisitShortCircuit(node);
        }

        public override void VisitLoad(IrLoad node) => OtherLoads.Add(node.Variable);
    }

    private string Claim(string name)
    {
        var candidate = name;
        for (var i = 2; !_usedNames.Add(candidate); i++) candidate = name + "_" + i;
        return candidate;
    }

    /// <summary>A name for an emitter-made local (<c>ex_1</c>, <c>stop_2</c>) that no Python name of the function uses.</summary>
    private string Fresh(string prefix)
    {
        while (true)
        {
            var n = _freshCounters[prefix] = _freshCounters.GetValueOrDefault(prefix) + 1;
            var candidate = $"{prefix}_{n}";
            if (_usedNames.Add(candidate)) return candidate;
        }
    }

    /// <summary>
    /// An assignment in the function's outermost block declares its variable when nothing mentions the variable
    /// before it (so no jump or earlier read can see it undeclared).
    /// </summary>
    private void FindDeclaringAssignments()
    {
        var firstTouch = new FirstTouchFinder();
        firstTouch.VisitFunction(_function);
        void Scan(IEnumerable<IrStatement> statements)
        {
            foreach (var statement in statements)
            {
                if (statement is IrAssign assign && firstTouch.First.GetValueOrDefault(assign.Target) == assign
                    && assign.Target.Kind is IrVariableKind.Local or IrVariableKind.Temporary && !_module.Cells.Contains(assign.Target))
                    _declaringAssignments.Add(assign);
                // A comprehension assigned, returned or evaluated at the top level is written inline: its statements are top level too.
                var inlined = statement switch
                {
                    IrAssign { Value: IrFlowExpression flow } => flow,
                    IrReturn { Value: IrFlowExpression flow } => flow,
                    IrEvaluate { Expression: IrFlowExpression flow } => flow,
                    _ => null,
                };
                if (inlined is not null) Scan(inlined.Body.Statements);
            }
        }
        Scan(_function.Body.Statements);
    }

    /// <summary>The C++ signature: <c>pyaot::Int fib(pyaot::Int n)</c>, or for a method's definition <c>pyaot::Float Circle::area()</c>.</summary>
    public string Signature(bool memberDeclaration)
    {
        if (_isInit) return "void module_init()";
        var name = _module.FunctionName(_function);
        if (_owner is not null && !memberDeclaration) name = CppNames.Class(_owner.Symbol) + "::" + name;
        var parameters = new List<string>();
        foreach (var capture in _function.Captures)
            parameters.Add(_module.Cells.Contains(capture) ? $"pyaot::Cell<{TypeOf(capture.Type)}> {_names[capture]}" : $"{ParameterType(capture)} {_names[capture]}");
        foreach (var parameter in _owner is null ? _function.Parameters : _function.Parameters.Skip(1))
            parameters.Add($"{ParameterType(parameter)} {(_module.Cells.Contains(parameter) ? _names[parameter] + "_arg" : _names[parameter])}");
        // A free function is declared inline: g++ -O2 then weighs inlining it as it does a hand-written inline helper.
        var inline = _owner is null && !IsGenerator ? "inline " : "";
        return $"{inline}{ReturnTypeName()} {name}({string.Join(", ", parameters)})";
    }

    private string ReturnTypeName() =>
        IsGenerator ? $"pyaot::Generator<{TypeOf(_function.YieldType ?? PyType.None)}>" : ReturnsVoid ? "void" : TypeOf(_function.ReturnType);

    private string ParameterType(IrVariable parameter) =>
        CppTypeNames.Parameter(parameter.Type, _byValueParameters.Contains(parameter) || _module.Cells.Contains(parameter), qualifyClasses: false);

    /// <summary>Whether calls pass this parameter by <c>const&amp;</c> (the caller then copies shared handles it reads from globals or fields).</summary>
    public bool TakesByReference(int parameterIndex)
    {
        var parameter = _function.Parameters[parameterIndex];
        return !CppTypeNames.IsScalar(parameter.Type) && !_byValueParameters.Contains(parameter) && !_module.Cells.Contains(parameter);
    }

    private static string TypeOf(PyType type) => CppTypeNames.Of(type, qualifyClasses: false);

    /// <summary>The C++ type of a local: its type's, or a raw pointer for a borrowed class instance.</summary>
    private string LocalType(IrVariable local) =>
        _borrowed.Contains(local) && local.Type.Resolve() is ClassType classType ? CppNames.Class(classType.Class) + "*" : TypeOf(local.Type);

    /// <summary>Writes the definition, body included.</summary>
    public void WriteDefinition()
    {
        _out.Open(Signature(memberDeclaration: false));
        if (_owner is not null)
        {
            // Methods run on `this`; Python code sees self as a counted handle like any other instance reference.
            var self = _function.Parameters[0];
            _out.Line($"{TypeOf(self.Type)} {_names[self]}(this);");
        }
        foreach (var parameter in _function.Parameters)
        {
            if (_module.Cells.Contains(parameter))
                _out.Line($"pyaot::Cell<{TypeOf(parameter.Type)}> {_names[parameter]}{{{_names[parameter]}_arg}};  // shared with a closure");
        }
        foreach (var local in _function.Locals)
        {
            if (local.Kind == IrVariableKind.Global || _function.Parameters.Contains(local) || _function.Captures.Contains(local)) continue;
            if (_declaringAssignments.Any(a => a.Target == local)) continue;
            if (_unusedTruthVariables.Contains(local)) continue;
            if (_module.Cells.Contains(local)) _out.Line($"pyaot::Cell<{TypeOf(local.Type)}> {_names[local]}{{}};  // shared with a closure");
            else _out.Line($"{LocalType(local)} {_names[local]}{{}};");
        }
        _jumps.Clear();
        WriteBlockStatements(_function.Body);
        _out.Close();
        _out.Line();
    }

    /// <summary>The first node (in evaluation order) that mentions each variable.</summary>
    private sealed class FirstTouchFinder : IrVisitor
    {
        public Dictionary<IrVariable, IrNode> First { get; } = [];

        private void Touch(IrVariable? variable, IrNode node)
        {
            if (variable is not null) First.TryAdd(variable, node);
        }

        public override void VisitAssign(IrAssign node)
        {
            base.VisitAssign(node);
            Touch(node.Target, node);
        }

        public override void VisitLoad(IrLoad node) => Touch(node.Variable, node);

        public override void VisitUnpack(IrUnpack node)
        {
            base.VisitUnpack(node);
            foreach (var variable in node.Target.Variables) Touch(variable, node);
        }

        public override void VisitFor(IrFor node)
        {
            foreach (var variable in node.Target.Variables) Touch(variable, node);
            base.VisitFor(node);
        }

        public override void VisitExceptHandler(IrExceptHandler node)
        {
            Touch(node.Variable, node);
            base.VisitExceptHandler(node);
        }

        public override void VisitShortCircuit(IrShortCircuit node)
        {
            Touch(node.TruthVariable, node);
            base.VisitShortCircuit(node);
        }

        public override void VisitMakeClosure(IrMakeClosure node)
        {
            foreach (var variable in node.CapturedVariables) Touch(variable, node);
            base.VisitMakeClosure(node);
        }

        public override void VisitYield(IrYield node)
        {
            base.VisitYield(node);
            Touch(node.Result, node);
        }

        public override void VisitDelete(IrDelete node) => Touch(node.Variable, node);
    }

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns what it wrote (for statements inside an expression).</summary>
    private string Capture(int indent, Action write)
    {
        var saved = _out;
        var text = new StringBuilder();
        _out = new CppCodeWriter(text, indent);
        try
        {
            write();
        }
        finally
        {
            _out = saved;
        }
        return text.ToString();
    }
}
