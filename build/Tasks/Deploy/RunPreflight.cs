using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using Spectre.Console;

namespace Build.Tasks.Deploy;

[TaskName("Preflight")]
[TaskDescription("Checks, before anything changes: Azure login, zones and VM sizes in the region, vCPU quota, Kubernetes version.")]
[IsDependentOn(typeof(Build.Tasks.Validate.Validate))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class RunPreflight(DeploymentSession session, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var checks = new Preflight(session).Run();
        var table = new Table().AddColumn("Precondition").AddColumn("Result").AddColumn("Detail");
        foreach (var check in checks)
        {
            table.AddRow(new Text(check.Name), new Markup(check.Passed ? "[green]pass[/]" : "[red]fail[/]"), new Text(check.Detail));
        }

        console.Write(table);
        var failed = checks.Where(c => !c.Passed).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"Preflight failed, nothing was changed: {string.Join("; ", failed.Select(c => $"{c.Name}: {c.Detail}"))}.");
        }
    }
}
