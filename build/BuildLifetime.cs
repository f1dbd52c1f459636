using Build.Hosting;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build;

/// <summary>Says once, at the start, which environment and folder the run works on.</summary>
public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        context.Log.Verbose($"Environment '{context.EnvironmentName}', repository {context.Root.FullPath}, target {info.TargetTask.Name}.");
    }
}
