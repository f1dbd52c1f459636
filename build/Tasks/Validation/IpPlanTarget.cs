using Build.Hosting;
using Build.Network;
using Build.Validation;
using Build.Validation.Reports;
using Cake.Core.Diagnostics;
using Spectre.Console;

namespace Build.Tasks.Validation;

[TaskName("IpPlan")]
[TaskDescription("Plans the addresses of every subnet (Azure CNI: nodes and pods, surge, private endpoints, load balancers) from the snapshots, prints the table and draws artifacts/network.svg.")]
public sealed class IpPlanTarget(IAnsiConsole console) : FrostingTask<BuildContext>
{
    public const string PictureFile = "network.svg";

    public override void Run(BuildContext context)
    {
        Infrastructure.EnvironmentInput.Check(context);
        var headroom = context.Options.ScaleHeadroom;
        var input = ValidationSources.Load(context, headroom);
        console.Write(IpPlanTable.Render(input.IpPlan, headroom));

        var picture = context.Artifacts.CombineWithFilePath(PictureFile).FullPath;
        Directory.CreateDirectory(Path.GetDirectoryName(picture)!);
        File.WriteAllText(picture, NetworkSvg.Render(input.IpPlan, headroom, $"Address plan: {context.EnvironmentName}"));
        context.Log.Information("{0}", $"IpPlan: {input.IpPlan.Subnets.Count()} subnets in {input.IpPlan.VirtualNetworks.Count} networks; drew {Path.GetRelativePath(context.Root.FullPath, picture)}.");

        var result = new RuleEngine(RuleCatalog.Family(RuleFamily.IpPlan).ToList()).Evaluate(input);
        foreach (var finding in result.Findings.Where(finding => finding.Severity != Severity.Error))
        {
            context.Log.Information("{0}", $"{SarifReport.Level(finding.Severity)}: {finding}");
        }

        var errors = result.Errors.ToList();
        if (errors.Count > 0)
        {
            throw new ValidationFailedException($"The IP plan does not hold: {errors.Count} error(s), the first: {errors[0]}");
        }
    }
}
