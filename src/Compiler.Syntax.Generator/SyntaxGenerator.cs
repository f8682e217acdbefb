using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PythonAot.Compiler.Syntax.Generator;

/// <summary>
/// Turns Syntax.grammar (an AdditionalFiles item) into SyntaxKind, SyntaxFacts tables, green and red node
/// classes, both factories, the visitors and the rewriter.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SyntaxGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor GrammarError = new(
        "PAGEN001", "Syntax.grammar error", "{0}", "Generator", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var grammars = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith("Syntax.grammar"))
            .Select((file, cancellationToken) => file.GetText(cancellationToken)?.ToString() ?? string.Empty);

        context.RegisterSourceOutput(grammars, (output, text) =>
        {
            var model = GrammarParser.Parse(text);
            foreach (var error in model.Errors)
                output.ReportDiagnostic(Diagnostic.Create(GrammarError, Location.None, error));
            if (model.Errors.Count > 0) return;
            Add(output, "SyntaxKind.g.cs", KindWriter.Write(model));
            Add(output, "SyntaxFacts.g.cs", KindWriter.WriteFacts(model));
            Add(output, "GreenNodes.g.cs", GreenWriter.Write(model));
            Add(output, "RedNodes.g.cs", RedWriter.Write(model));
            Add(output, "SyntaxVisitors.g.cs", VisitorWriter.Write(model));
        });
    }

    private static void Add(SourceProductionContext output, string name, string source) =>
        output.AddSource(name, SourceText.From(source, Encoding.UTF8));
}
