namespace Build.Deployment;

/// <summary>The stages of Deploy in the order they run; <c>--from=&lt;stage&gt;</c> names one of them.</summary>
public static class DeployStages
{
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

    public static IReadOnlyList<string> Order { get; } =
    [
        Plan, ProvisionHub, ProvisionSpoke, ProvisionCluster, ClusterCredentials, ImagesImport,
        CertificatesImport, ProvisionGateway, IngressInstall, WorkloadApply, SmokeTest,
    ];

    public static bool Contains(string stage) => Order.Contains(stage, StringComparer.OrdinalIgnoreCase);

    public static string Canonical(string stage) => Order.First(s => string.Equals(s, stage, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="stage"/> comes before <paramref name="from"/>: it is skipped, its outputs re-read.</summary>
    public static bool IsBefore(string stage, string? from) =>
        from is not null && IndexOf(stage) < IndexOf(from);

    private static int IndexOf(string stage) => Order.ToList().FindIndex(s => string.Equals(s, stage, StringComparison.OrdinalIgnoreCase));
}
