using Build.Hosting;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build;

/// <summary>Says once, at the start, which environment and folder the run works on, and notes which tasks run.</summary>
public sealed class BuildLifetime(Tasks.Validate.RunPlan plan) : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        plan.Planned(info.TasksToExecute.Select(task => task.Name));
        context.Log.Verbose($"Environment '{context.EnvironmentName}', repository {context.Root.FullPath}, target {info.TargetTask.Name}.");
    }
}
