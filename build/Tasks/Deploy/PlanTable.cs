using System.Globalization;
using System.Text.Json;
using Build.Deployment;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Tasks.Deploy;

/// <summary>
/// Plan's summary (counts per stage), the resources that change, what changes in governance and monitoring (the
/// policies the cluster admits pods by, Defender, the alert rules), and the same as JSON for pipelines.
/// </summary>
internal static class PlanTable
{
    private static readonly string[] Kinds = ["Create", "Modify", "Delete", "NoChange", "Ignore"];
    private static readonly string[] Changing = ["Create", "Modify", "Delete"];

    /// <summary>Resource types (as plans name them, <c>namespace/type/name</c>) a reviewer of governance and monitoring looks for, by what they are.</summary>
    private static readonly (string Type, string Kind)[] GovernanceTypes =
    [
        ("Microsoft.Authorization/policyAssignments", "policy assignments"),
        ("Microsoft.Security/pricings", "Defender plans"),
        ("Microsoft.AlertsManagement/prometheusRuleGroups", "Prometheus alert rule groups"),
        ("Microsoft.Insights/scheduledQueryRules", "log alerts"),
        ("Microsoft.Insights/activityLogAlerts", "activity-log alerts"),
        ("Microsoft.Insights/metricAlerts", "metric alerts"),
        ("Microsoft.Insights/actionGroups", "action groups"),
        ("Microsoft.Monitor/accounts", "Azure Monitor workspaces"),
        ("Microsoft.Insights/dataCollectionEndpoints", "data collection endpoints"),
        ("Microsoft.Insights/dataCollectionRules", "data collection rules"),
        ("Microsoft.Insights/dataCollectionRuleAssociations", "data collection rule associations"),
    ];

    public static IRenderable Render(IReadOnlyList<StagePlan> plans)
    {
        var table = new Table().AddColumn("Deployment");
        foreach (var kind in Kinds)
        {
            table.AddColumn(new TableColumn(kind).RightAligned());
        }

        table.AddColumn("Source");
        foreach (var plan in plans)
        {
            table.AddRow(Kinds.Select(k => (IRenderable)new Text(plan.Count(k).ToString(CultureInfo.InvariantCulture)))
                .Prepend(new Text(plan.Stage.Name))
                .Append(new Text(plan.Source)));
        }

        var changes = plans
            .SelectMany(p => p.Changes.Where(c => c.ChangeType is not ("NoChange" or "Ignore")).Select(c => new Markup($"  {Symbol(c.ChangeType)} {Markup.Escape(c.Resource)} [grey]({p.Stage.Name}, {c.ChangeType})[/]")));
        return new Rows(new IRenderable[] { table }.Concat(changes).Concat(Governance(plans)));
    }

    public static void WriteJson(IReadOnlyList<StagePlan> plans, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = plans.Select(p => new
        {
            stage = p.Stage.Name,
            source = p.Source,
            changes = p.Changes.Select(c => new { resource = c.Resource, change = c.ChangeType }),
            governance = Summary(p.Changes).Select(row => new { kind = row.Kind, create = row.Counts["Create"], modify = row.Counts["Modify"], delete = row.Counts["Delete"] }),
        });
        File.WriteAllText(path, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>
    /// What changes in governance and monitoring, across the deployments, with what it means for a running cluster:
    /// a new or changed policy assignment can start refusing pods at admission; a deleted one stops enforcing.
    /// </summary>
    private static IEnumerable<IRenderable> Governance(IReadOnlyList<StagePlan> plans)
    {
        var rows = Summary(plans.SelectMany(plan => plan.Changes)).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var table = new Table().Title("Governance and monitoring").AddColumn("Kind");
        foreach (var kind in Changing)
        {
            table.AddColumn(new TableColumn(kind).RightAligned());
        }

        foreach (var (kind, counts) in rows)
        {
            table.AddRow(Changing.Select(change => (IRenderable)new Text(counts[change].ToString(CultureInfo.InvariantCulture))).Prepend(new Text(kind)));
        }

        yield return table;
        var policies = rows.FirstOrDefault(row => row.Kind == GovernanceTypes[0].Kind).Counts;
        if (policies is not null && policies["Create"] + policies["Modify"] > 0)
        {
            yield return new Markup("[yellow]Policy assignments change what the cluster admits: a deny effect refuses new or updated pods that break it (existing pods keep running and are reported).[/]");
        }

        if (policies is not null && policies["Delete"] > 0)
        {
            yield return new Markup($"[red]{policies["Delete"].ToString(CultureInfo.InvariantCulture)} policy assignment(s) deleted: the cluster stops enforcing them.[/]");
        }
    }

    /// <summary>Counts of creates, modifies and deletes per governance kind, in the order of <see cref="GovernanceTypes"/>; kinds without a change are left out.</summary>
    private static IEnumerable<(string Kind, IReadOnlyDictionary<string, int> Counts)> Summary(IEnumerable<PlannedChange> changes)
    {
        var changing = changes.Where(change => Changing.Contains(change.ChangeType, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var (type, kind) in GovernanceTypes)
        {
            var ofType = changing.Where(change => change.Resource.StartsWith(type + "/", StringComparison.OrdinalIgnoreCase)).ToList();
            if (ofType.Count > 0)
            {
                yield return (kind, Changing.ToDictionary(change => change, change => ofType.Count(c => string.Equals(c.ChangeType, change, StringComparison.OrdinalIgnoreCase))));
            }
        }
    }

    private static string Symbol(string changeType) => changeType switch
    {
        "Create" => "[green]+[/]",
        "Delete" => "[red]-[/]",
        "Modify" => "[yellow]~[/]",
        _ => "[blue]*[/]",
    };
}
