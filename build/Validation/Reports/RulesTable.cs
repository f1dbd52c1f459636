using Spectre.Console;

namespace Build.Validation.Reports;

/// <summary>What the Rules target prints: every rule with its id, severity, rationale and anchors.</summary>
public static class RulesTable
{
    public static Table Render(IEnumerable<IRule> rules)
    {
        var table = new Table()
            .Title("Conformance rules")
            .AddColumn("Id", column => column.NoWrap())
            .AddColumn("Severity", column => column.NoWrap())
            .AddColumn("Rule")
            .AddColumn("Why (the baseline's reason)")
            .AddColumn("Corresponds to");
        foreach (var rule in rules.Select(rule => rule.Descriptor))
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                SarifReport.Level(rule.Severity),
                Markup.Escape(rule.Title),
                Markup.Escape(rule.Rationale),
                Markup.Escape(string.Join("\n", rule.Anchors)));
        }

        return table;
    }
}
