using Build.Deployment;
using Microsoft.Extensions.DependencyInjection;

namespace Build;

/// <summary>The suite's own services that live for a whole run (the tasks create the rest themselves).</summary>
public static class BuildServices
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<DeploymentSession>();
        services.AddSingleton<ProgressReporter>();
        services.AddSingleton<DeployedLayer>();
        services.AddSingleton<Tasks.Validate.RunPlan>();
    }
}
