using PythonAot.Compiler.Semantics.IR;

namespace PythonAot.Compiler.Emit.Cpp;

/// <summary>
/// Decides which variables a closure shares with its definer through a <c>pyaot::Cell</c> (CPython's cell): a
/// captured variable is copied into the closure when that is indistinguishable — it is bound once, before any
/// closure captures it, and nobody assigns it afterwards — and lives in a cell otherwise (assigned again, assigned by
/// the closure through <c>nonlocal</c>, or captured before it is bound). Both ends of a capture get the same
/// representation, transitively through nested closures.
/// </summary>
internal static class CppCellAnalysis
{
    /// <summary>The variables (of any function of <paramref name="module"/>) that must be cells.</summary>
    public static HashSet<IrVariable> FindCells(IrModule module)
    {
        var cells = new HashSet<IrVariable>();
        var edges = new List<(IrVariable Outer, IrVariable Inner)>();
        foreach (var function in module.AllFunctions)
        {
            var scan = new Scan(function);
            scan.Run();
            foreach (var closure in scan.Closures)
                for (var i = 0; i < closure.CapturedVariables.Count && i < closure.Function.Captures.Count; i++)
                    edges.Add((closure.CapturedVariables[i], closure.Function.Captures[i]));
            foreach (var (variable, firstCapture) in scan.FirstCapture)
            {
                var assignments = scan.Assignments.GetValueOrDefault(variable);
                var bindings = assignments + (variable.Kind == IrVariableKind.Parameter ? 1 : 0);
                var boundBefore = variable.Kind == IrVariableKind.Parameter || scan.FirstAssignment.GetValueOrDefault(variable, int.MaxValue) < firstCapture;
                if (bindings > 1 || !boundBefore) cells.Add(variable);
            }
            // A captured variable the closure itself assigns (nonlocal) is shared both ways.
            foreach (var capture in function.Captures)
                if (scan.Assignments.GetValueOrDefault(capture) > 0) cells.Add(capture);
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (outer, inner) in edges)
            {
                if (cells.Contains(outer) != cells.Contains(inner))
                {
                    cells.Add(outer);
                    cells.Add(inner);
                    changed = true;
                }
            }
        }
        return cells;
    }

    /// <summary>One function's assignments and closure creations, numbered in source (preorder) order.</summary>
    private sealed class Scan(IrFunction function) : IrVisitor
    {
        private int _position;

        public List<IrMakeClosure> Closures { get; } = [];
        public Dictionary<IrVariable, int> Assignments { get; } = [];
        public Dictionary<IrVariable, int> FirstAssignment { get; } = [];
        public Dictionary<IrVariable, int> FirstCapture { get; } = [];

        public void Run() => VisitBlock(function.Body);

        private void Assigned(IrVariable? variable)
        {
            if (variable is null) return;
            _position++;
            Assignments[variable] = Assignments.GetValueOrDefault(variable) + 1;
            FirstAssignment.TryAdd(variable, _position);
        }

        public override void VisitAssign(IrAssign node)
        {
            base.VisitAssign(node);
            Assigned(node.Target);
        }

        public override void VisitUnpack(IrUnpack node)
        {
            base.VisitUnpack(node);
            foreach (var variable in node.Target.Variables) Assigned(variable);
        }

        public override void VisitFor(IrFor node)
        {
            // The target is bound at the start of each iteration, before the body runs.
            if (node.Iterable is not null) Visit(node.Iterable);
            if (node.Start is not null) Visit(node.Start);
            if (node.Stop is not null) Visit(node.Stop);
            if (node.Step is not null) Visit(node.Step);
            foreach (var variable in node.Target.Variables) Assigned(variable);
            // A loop runs its body again: a capture inside counts as before a later iteration's binding.
            Assigned(null);
            VisitBlock(node.Body);
            foreach (var variable in node.Target.Variables) Assignments[variable] = Assignments.GetValueOrDefault(variable) + 1;
            VisitBlock(node.Else);
        }

        public override void VisitExceptHandler(IrExceptHandler node)
        {
            Assigned(node.Variable);
            base.VisitExceptHandler(node);
        }

        public override void VisitYield(IrYield node)
        {
            base.VisitYield(node);
            Assigned(node.Result);
        }

        public override void VisitDelete(IrDelete node)
        {
            base.VisitDelete(node);
            Assigned(node.Variable);
        }

        public override void VisitMakeClosure(IrMakeClosure node)
        {
            base.VisitMakeClosure(node);
            _position++;
            Closures.Add(node);
            foreach (var variable in node.CapturedVariables) FirstCapture.TryAdd(variable, _position);
        }
    }
}
