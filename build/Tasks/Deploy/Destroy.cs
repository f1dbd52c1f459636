using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Prerequisites;
using Spectre.Console;

namespace Build.Tasks.Deploy;

[TaskName("Destroy")]
[TaskDescription("Deletes the environment's resource groups, purges the soft-deleted Key Vault and removes orphaned role assignments (--yes to confirm).")]
[TaskOption("subscription", "The Azure subscription (name or id); default: the az CLI's current one.")]
[TaskOption("retry-delay-seconds", "First delay before retrying a transient Azure error (doubles each time, capped at 60 s); default 5.")]
[TaskOption("yes", "Confirms the deletion without asking (required when not interactive).")]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class Destroy(DeploymentSession session, ProgressReporter progress, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var groups = string.Join(", ", Stage.All.Reverse().Select(session.Settings.ResourceGroup));
        if (!session.Options.Yes)
        {
            if (!console.Profile.Capabilities.Interactive)
            {
                throw new InvalidOperationException($"Destroy deletes {groups} and everything in them: add --yes to confirm.");
            }

            if (!console.Confirm($"Delete {groups} and everything in them?", defaultValue: false))
            {
                throw new InvalidOperationException("Destroy cancelled: nothing was deleted.");
            }
        }

        new Destroyer(session, progress).Destroy();
    }
}
