using System.Reflection;
using Build.Hosting;

namespace Build.Deployment;

/// <summary>
/// The stages of Deploy: the tasks marked <see cref="DeployStageAttribute"/>, in the order the task graph runs
/// them for Deploy (no second list to keep in step). <c>--from=&lt;stage&gt;</c> names one of them; whether a
/// stage runs under <c>--plan-only</c> and <c>--from</c> is decided here and nowhere else.
/// </summary>
public static class DeployStages
{
    public const string Target = "Deploy";
    public const string Plan = "Plan";
    public const string ProvisionHub = "Provision.Hub";
    public const string ProvisionSpoke = "Provision.Spoke";
    public const string ProvisionCluster = "Provision.Cluster";
    public const string ImagesImport = "Images.Import";
    public const string CertificatesImport = "Certificates.Import";
    public const string ProvisionGateway = "Provision.Gateway";
    public const string ClusterCredentials = "Cluster.Credentials";
    public const string IngressInstall = "Ingress.Install";
    public const string WorkloadApply = "Workload.Apply";
    public const string SmokeTest = "SmokeTest";

    private static readonly Lazy<IReadOnlyList<TaskEntry>> Stages = new(() =>
    {
        var catalog = TaskCatalog.FromAssemblies([typeof(DeployStages).Assembly]);
        return catalog.ExecutionOrder(Target).Where(task => task.Type.GetCustomAttribute<DeployStageAttribute>() is not null).ToList();
    });

    /// <summary>The stages in the order Deploy runs them.</summary>
    public static IReadOnlyList<string> Order => Stages.Value.Select(stage => stage.Name).ToList();

    public static bool Contains(string stage) => IndexOf(stage) >= 0;

    public static string Canonical(string stage) =>
        IndexOf(stage) is var index and >= 0 ? Stages.Value[index].Name : throw new ArgumentException($"'{stage}' is not a Deploy stage.", nameof(stage));

    /// <summary>True when <paramref name="stage"/> comes before <paramref name="from"/>.</summary>
    public static bool IsBefore(string stage, string? from) =>
        from is not null && Contains(stage) && IndexOf(stage) < IndexOf(from);

    /// <summary>
    /// Why <paramref name="stage"/> does not run ("skipped (…): …"), or null when it runs: <c>--plan-only</c> stops every stage
    /// after Plan; <c>--from</c> skips the stages before it, except those that prepare this machine for later ones.
    /// </summary>
    public static string? SkipReason(string stage, bool planOnly, string? from)
    {
        if (!Contains(stage))
        {
            return null;
        }

        if (planOnly && IndexOf(stage) > IndexOf(Plan))
        {
            return "skipped (--plan-only): Deploy stops after Plan and changes nothing";
        }

        var prepares = Stages.Value[IndexOf(stage)].Type.GetCustomAttribute<DeployStageAttribute>()!.PreparesLaterStages;
        return IsBefore(stage, from) && !prepares
            ? $"skipped (--from={from}): it ran before, and the stages after it read what it made from Azure"
            : null;
    }

    private static int IndexOf(string stage)
    {
        for (var index = 0; index < Stages.Value.Count; index++)
        {
            if (string.Equals(Stages.Value[index].Name, stage, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -1;
    }
}
