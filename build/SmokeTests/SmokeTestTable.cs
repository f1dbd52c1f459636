using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.SmokeTests;

/// <summary>The smoke test's table, then one line per failure saying what was seen and what was expected.</summary>
public static class SmokeTestTable
{
    public static IRenderable Render(SmokeTestReport report)
    {
        var table = new Table()
            .Title(Markup.Escape($"Smoke test: {report.Options.HostName} at {report.Options.Endpoint}"))
            .AddColumn("Check", c => c.NoWrap())
            .AddColumn("Result", c => c.NoWrap())
            .AddColumn("Detail")
            .AddColumn("Time", c => c.NoWrap().RightAligned());
        foreach (var check in report.Checks)
        {
            table.AddRow(
                Markup.Escape(check.Name),
                Result(check.Outcome),
                Markup.Escape(check.Detail),
                check.Outcome == CheckOutcome.Skipped ? string.Empty : check.Duration.TotalMilliseconds.ToString("0 ms", CultureInfo.InvariantCulture));
        }

        var failures = report.Failures.Select(f => new Markup($"[red]FAIL[/] {Markup.Escape(f.Name)}: {Markup.Escape(f.Detail)}")).ToList<IRenderable>();
        var summary = report.Passed
            ? new Markup($"[green]All {report.Checks.Count(c => c.Outcome != CheckOutcome.Skipped)} checks passed[/] in {report.Duration.TotalSeconds:0.0} s.")
            : new Markup($"[red]{failures.Count} of {report.Checks.Count} checks failed[/] in {report.Duration.TotalSeconds:0.0} s:");
        return new Rows([table, summary, .. failures]);
    }

    private static string Result(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "[green]pass[/]",
        CheckOutcome.Warning => "[yellow]warn[/]",
        CheckOutcome.Failed => "[red]FAIL[/]",
        _ => "[grey]skip[/]",
    };
}
