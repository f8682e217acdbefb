using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PythonAot.Cli;

/// <summary>Prints diagnostics as text, MSBuild lines or a SARIF 2.1.0 log (see <see cref="DiagnosticFormat"/>).</summary>
internal static class DiagnosticFormatter
{
    /// <summary>The SARIF 2.1.0 JSON schema.</summary>
    public const string SarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Parses a <c>--format</c> value.</summary>
    public static DiagnosticFormat ParseFormat(string? value) => value switch
    {
        null or "text" => DiagnosticFormat.Text,
        "msbuild" => DiagnosticFormat.MSBuild,
        "sarif" => DiagnosticFormat.Sarif,
        _ => throw new CliException($"unknown format '{value}' (expected text, msbuild or sarif)"),
    };

    /// <summary>Writes diagnostics in a format. SARIF needs them all at once; the others stream.</summary>
    public static void Write(TextWriter writer, DiagnosticFormat format, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        switch (format)
        {
            case DiagnosticFormat.Sarif:
                WriteSarif(writer, diagnostics);
                break;
            case DiagnosticFormat.MSBuild:
                foreach (var diagnostic in diagnostics) writer.WriteLine(FormatMSBuild(diagnostic));
                break;
            default:
                foreach (var diagnostic in diagnostics) WriteText(writer, diagnostic);
                break;
        }
    }

    /// <summary><c>file(line,col): error PA0100: message</c>.</summary>
    public static string FormatMSBuild(ReportedDiagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Path}({d.Line},{d.Column}): {d.SeverityText} {d.Id}: {d.Message}");

    /// <summary><c>file:line:col: error PA0100: message</c>, the source line with a gutter, and a caret line.</summary>
    public static string FormatText(ReportedDiagnostic d)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{d.Path}:{d.Line}:{d.Column}: {d.SeverityText} {d.Id}: {d.Message}\n");
        var number = d.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var source = d.SourceLine;
        builder.Append(CultureInfo.InvariantCulture, $" {number} | {source}\n");
        builder.Append(CultureInfo.InvariantCulture, $" {gutter} | ");
        var column = Math.Max(0, d.Column - 1);
        for (var i = 0; i < column; i++)
        {
            // Keep tabs so the caret lines up with the source line however wide the terminal's tabs are.
            builder.Append(i < source.Length && source[i] == '\t' ? '\t' : ' ');
        }
        var end = d.EndLine == d.Line ? d.EndColumn - 1 : source.Length;
        var width = Math.Max(1, end - column);
        builder.Append('^', width);
        builder.Append('\n');
        return builder.ToString();
    }

    /// <summary>Writes <see cref="FormatText"/>.</summary>
    public static void WriteText(TextWriter writer, ReportedDiagnostic diagnostic) => writer.Write(FormatText(diagnostic));

    /// <summary>
    /// A SARIF 2.1.0 log with one run: tool.driver "pyaot" with a rule for each descriptor that occurred (id,
    /// name, shortDescription, helpUri, default level), and a result for each diagnostic (ruleId, ruleIndex,
    /// level, message.text, a physical location with a 1-based region; columns in UTF-16 code units). Relative
    /// paths are made relative URIs against %SRCROOT%, the current directory.
    /// </summary>
    public static void WriteSarif(TextWriter writer, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteSarif(json, diagnostics);
        }
        writer.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private static void WriteSarif(Utf8JsonWriter json, IReadOnlyList<ReportedDiagnostic> diagnostics)
    {
        var rules = new List<Microsoft.CodeAnalysis.DiagnosticDescriptor>();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (ruleIndex.ContainsKey(d.Id)) continue;
            ruleIndex[d.Id] = rules.Count;
            rules.Add(d.Diagnostic.Descriptor);
        }

        json.WriteStartObject();
        json.WriteString("$schema", SarifSchema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "pyaot");
        json.WriteString("version", VersionAction.Version);
        json.WriteString("semanticVersion", VersionAction.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            var title = rule.Title.ToString(CultureInfo.InvariantCulture);
            json.WriteString("name", ToRuleName(title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", title);
            json.WriteEndObject();
            if (!string.IsNullOrEmpty(rule.HelpLinkUri)) json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SarifLevel(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", DirectoryUri(Directory.GetCurrentDirectory()));
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteNumber("ruleIndex", ruleIndex[d.Id]);
            json.WriteString("level", SarifLevel(d.Diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (Path.IsPathRooted(d.Path))
            {
                json.WriteString("uri", new Uri(Path.GetFullPath(d.Path)).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", RelativeUri(d.Path));
                json.WriteString("uriBaseId", "%SRCROOT%");
            }
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Line);
            json.WriteNumber("startColumn", d.Column);
            json.WriteNumber("endLine", d.EndLine);
            json.WriteNumber("endColumn", d.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string SarifLevel(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
    {
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error => "error",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => "warning",
        Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>"Invalid syntax" → "InvalidSyntax" (SARIF's rule name is an identifier-like string).</summary>
    private static string ToRuleName(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }

    private static string RelativeUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
