namespace Build.Infrastructure;

/// <summary>
/// The three Bicep deployments, in the order they run, split by the team that owns them in the
/// reference architecture (network team: hub, spoke; workload team: cluster).
/// </summary>
public sealed record Stage(string Name, int Order)
{
    public static readonly Stage Hub = new("hub", 1);
    public static readonly Stage Spoke = new("spoke", 2);
    public static readonly Stage Cluster = new("cluster", 3);

    public static IReadOnlyList<Stage> All { get; } = [Hub, Spoke, Cluster];

    public override string ToString() => Name;
}
