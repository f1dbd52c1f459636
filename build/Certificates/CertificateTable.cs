using System.Globalization;
using Spectre.Console;

namespace Build.Certificates;

/// <summary>The summary Certificates.Generate prints: what was made, kept, renewed or brought. No secret is in it.</summary>
public static class CertificateTable
{
    public static Table Render(IReadOnlyList<CertificateOutcome> outcomes, string baseDirectory)
    {
        var folders = outcomes.SelectMany(o => o.Files).Select(Path.GetDirectoryName).Distinct().ToList();
        var table = new Table()
            .Title("Certificates")
            .Caption(folders.Count == 1 ? Markup.Escape($"files in {Path.GetRelativePath(baseDirectory, folders[0]!)}/") : string.Empty)
            .AddColumn("Certificate")
            .AddColumn("Action", c => c.NoWrap())
            .AddColumn("Subject CN")
            .AddColumn("SAN")
            .AddColumn("Expires", c => c.NoWrap())
            .AddColumn("Files", c => c.NoWrap())
            .AddColumn("Why");
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                Markup.Escape(outcome.Role),
                ActionMarkup(outcome.Action),
                Markup.Escape(outcome.Subject),
                Markup.Escape(outcome.DnsNames.Count == 0 ? "-" : string.Join(", ", outcome.DnsNames)),
                outcome.NotAfter.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", outcome.Files.Select(f => folders.Count == 1 ? Path.GetFileName(f) : Path.GetRelativePath(baseDirectory, f)))),
                Markup.Escape(outcome.Note));
        }

        return table;
    }

    private static string ActionMarkup(CertificateAction action) => action switch
    {
        CertificateAction.Made => "[green]made[/]",
        CertificateAction.Kept => "kept",
        CertificateAction.Renewed => "[yellow]renewed[/]",
        CertificateAction.Brought => "[blue]brought[/]",
        _ => action.ToString(),
    };
}
