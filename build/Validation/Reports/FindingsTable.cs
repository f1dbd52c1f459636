using System.Globalization;
using Build.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Validation.Reports;

/// <summary>What Validate prints: per family the rules, checks and findings by severity, then every finding with its location.</summary>
public static class FindingsTable
{
    public static IRenderable Render(ValidationResult result)
    {
        var summary = new Table()
            .Title("Conformance findings by family")
            .AddColumn("Family")
            .AddColumn(new TableColumn("Rules").RightAligned())
            .AddColumn(new TableColumn("Checks").RightAligned())
            .AddColumn(new TableColumn("Errors").RightAligned())
            .AddColumn(new TableColumn("Warnings").RightAligned())
            .AddColumn(new TableColumn("Notes").RightAligned())
            .AddColumn(new TableColumn("Suppressed").RightAligned());
        foreach (var family in RuleFamily.All)
        {
            var rules = result.Rules.Count(rule => rule.Family == family);
            if (rules == 0)
            {
                continue;
            }

            var findings = result.Findings.Where(finding => finding.Rule.Family == family).ToList();
            summary.AddRow(
                Markup.Escape($"{family.Name} ({family.Prefix})"),
                Count(rules),
                Count(result.Checks.Count(check => check.Rule.Family == family)),
                Colour(findings.Count(finding => finding.Severity == Severity.Error), "red"),
                Colour(findings.Count(finding => finding.Severity == Severity.Warning), "yellow"),
                Count(findings.Count(finding => finding.Severity == Severity.Note)),
                Count(result.Suppressed.Count(suppressed => suppressed.Finding.Rule.Family == family)));
        }

        summary.AddRow(
            "[bold]Total[/]",
            Count(result.Rules.Count),
            Count(result.Checks.Count),
            Colour(result.Findings.Count(finding => finding.Severity == Severity.Error), "red"),
            Colour(result.Findings.Count(finding => finding.Severity == Severity.Warning), "yellow"),
            Count(result.Findings.Count(finding => finding.Severity == Severity.Note)),
            Count(result.Suppressed.Count));

        if (result.Findings.Count == 0 && result.Suppressed.Count == 0)
        {
            return summary;
        }

        var details = new Table()
            .Title("Findings")
            .AddColumn("Rule", column => column.NoWrap())
            .AddColumn("Level", column => column.NoWrap())
            .AddColumn("Finding, and where");
        foreach (var finding in result.Findings.OrderBy(finding => finding.Severity).ThenBy(finding => finding.Rule.Family.Order).ThenBy(finding => finding.Rule.Id, StringComparer.Ordinal))
        {
            details.AddRow(Markup.Escape(finding.Rule.Id), Level(finding.Severity), Where(finding.Message, finding.Location));
        }

        foreach (var suppressed in result.Suppressed)
        {
            details.AddRow(Markup.Escape(suppressed.Finding.Rule.Id), "[grey]suppressed[/]", Where($"{suppressed.Finding.Message} ({suppressed.Suppression.Reason}, until {suppressed.Suppression.Expires:yyyy-MM-dd})", suppressed.Finding.Location));
        }

        return new Rows(summary, details);
    }

    private static string Where(string message, SourceLocation location) => $"{Markup.Escape(message)}\n[grey]at {Markup.Escape(location.ToString())}[/]";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Colour(int value, string colour) => value == 0 ? "0" : $"[{colour}]{value.ToString(CultureInfo.InvariantCulture)}[/]";

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "[red]error[/]",
        Severity.Warning => "[yellow]warning[/]",
        _ => "note",
    };
}
