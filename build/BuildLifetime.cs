using Build.Hosting;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build;

/// <summary>Says once, at the start, which environment and folder the run works on, and starts the offline gate's work.</summary>
public sealed class BuildLifetime(Tasks.Validate.GateWork gate) : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        gate.Start();
        context.Log.Verbose($"Environment '{context.EnvironmentName}', repository {context.Root.FullPath}, target {info.TargetTask.Name}.");
    }
}
