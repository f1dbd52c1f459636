using Build.Deployment;
using Build.Infrastructure;
using Build.Tools.Bicep;
using Microsoft.Extensions.DependencyInjection;

namespace Build;

/// <summary>The suite's own services that live for a whole run (the tasks create the rest themselves).</summary>
public static class BuildServices
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var context = provider.GetRequiredService<BuildContext>();
            return new DeploymentSession(context, new EnvironmentLayout(context.Root, context.EnvironmentName), new DeployOptions(context.Options), TimeProvider.System);
        });
        services.AddSingleton<ProgressReporter>();

        // one bicep compiler for the whole run, stopped when the provider is disposed at the end of the run
        services.AddSingleton<BicepWorkspace>();
        services.AddSingleton<DeployedLayer>();
        services.AddSingleton<Tasks.Validate.RunPlan>();

        // the offline gate's pieces, started together at the beginning of the run, waited for at its end
        services.AddSingleton<Tasks.Validate.GateWork>();
    }
}
