using Build.Deployment;
using Build.Hosting;
using Build.Prerequisites;
using Spectre.Console;

namespace Build.Tasks.Deploy;

[TaskName(DeployStages.Plan)]
[DeployStage]
[TaskDescription("Previews every deployment with what-if (creates/modifies/deletes per resource); --plan-only stops Deploy here.")]
[IsDependentOn(typeof(RunPreflight))]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class Plan(DeploymentSession session, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override bool ShouldRun(BuildContext context) => session.Runs(DeployStages.Plan);

    public override void Run(BuildContext context)
    {
        var plans = new WhatIfPlanner(context, session).Plan();
        console.Write(PlanTable.Render(plans));
        PlanTable.WriteJson(plans, context.Artifacts.Combine("plan").CombineWithFilePath($"{context.EnvironmentName}.json").FullPath);
    }
}
