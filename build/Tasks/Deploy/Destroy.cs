using Build.Deployment;
using Build.Hosting;
using Build.Infrastructure;
using Build.Files;
using Build.Prerequisites;
using Spectre.Console;

namespace Build.Tasks.Deploy;

/// <summary>
/// Deletes only with certainty: <c>--yes</c> (true), or a "yes" typed at the prompt when interactive. A
/// <c>--yes=false</c>, no <c>--yes</c> when nobody can answer, or resource-group names environment.json does
/// not give, refuse as usage errors (exit 2) before anything talks to Azure.
/// </summary>
[TaskName("Destroy")]
[TaskDescription("Deletes the environment's resource groups, purges the soft-deleted Key Vault and removes orphaned role assignments (--yes to confirm).")]
[Requires(Prerequisite.Az, Prerequisite.AzureLogin)]
public sealed class Destroy(DeploymentSession session, ProgressReporter progress, IAnsiConsole console) : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var groups = string.Join(", ", ResourceGroups());
        switch (context.Options.Yes)
        {
            case true:
                break;
            case false:
                throw new UsageException($"--yes=false: Destroy deletes {groups} and everything in them, and runs only with --yes; nothing was deleted.");
            case null when !console.Profile.Capabilities.Interactive:
                throw new UsageException($"Destroy deletes {groups} and everything in them: add --yes to confirm (nothing was deleted).");
            case null when !console.Confirm($"Delete {groups} and everything in them?", defaultValue: false):
                throw new UsageException("Destroy cancelled at the prompt: nothing was deleted.");
        }

        new Destroyer(session, progress).Destroy();
    }

    /// <summary>The groups to delete, cluster first; an environment.json that does not name them all stops Destroy here.</summary>
    private IEnumerable<string> ResourceGroups()
    {
        try
        {
            return Stage.All.Reverse().Select(session.Settings.ResourceGroup).ToList();
        }
        catch (InputFileException problem)
        {
            throw new UsageException($"{problem.Message} Destroy needs the environment's resource groups by name: nothing was deleted.");
        }
    }
}
