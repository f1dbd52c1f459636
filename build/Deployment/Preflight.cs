using System.Globalization;
using Build.Infrastructure;
using Build.Tools;
using Build.Tools.Az;

namespace Build.Deployment;

/// <summary>
/// Checks, before anything is changed, what makes a deployment fail half-way: no Azure session,
/// a region without availability zones or without the node VM sizes, too little vCPU quota for the
/// node pools at their maximum size, a Kubernetes version AKS does not offer.
/// </summary>
public sealed class Preflight(DeploymentSession session)
{
    public IReadOnlyList<PreflightCheck> Run()
    {
        var checks = new List<PreflightCheck>();
        checks.AddRange(ShippedPlaceholders.Find(session.Layout).Where(p => p.Blocking).Select(p => new PreflightCheck($"Parameter {p.Parameter}", false, p.ToString())));
        var account = Login(checks);
        if (account is null)
        {
            return checks;
        }

        var location = session.Settings.Location;
        var cluster = BicepSnapshot.Load(session.Layout.Snapshot(Stage.Cluster).FullPath);
        var pools = NodePool.From(cluster);
        var skus = pools.Select(p => p.VmSize).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(size => size, size => Sku(location, size), StringComparer.OrdinalIgnoreCase);

        foreach (var pool in pools)
        {
            checks.Add(SizeAndZones(pool, skus[pool.VmSize], location));
        }

        checks.Add(Quota(pools, skus, location));
        checks.Add(KubernetesVersion(cluster, location));
        return checks;
    }

    private AzAccount? Login(List<PreflightCheck> checks)
    {
        try
        {
            var account = session.Retry.Execute("Reading the Azure session", () => session.Context.AzAccountShow(new AzAccountShowSettings { Subscription = session.Options.Subscription }));
            checks.Add(new PreflightCheck("Azure session", true, $"{account.User?.Name ?? "?"} on subscription {account.Name} ({account.Id})"));
            return account;
        }
        catch (ToolFailedException failure)
        {
            checks.Add(new PreflightCheck("Azure session", false, $"not logged in or no subscription ({failure.Detail}): run 'az login' and 'az account set --subscription <id>', or pass --subscription"));
            return null;
        }
    }

    private AzVmSku? Sku(string location, string size) =>
        session.Retry.Execute($"Reading VM size {size}", () => session.Context.AzVmListSkus(new AzLocationSettings { Location = location, Size = size, Subscription = session.Options.Subscription }))
            .FirstOrDefault(s => string.Equals(s.Name, size, StringComparison.OrdinalIgnoreCase));

    private static PreflightCheck SizeAndZones(NodePool pool, AzVmSku? sku, string location)
    {
        var name = $"Node pool '{pool.Name}': {pool.VmSize} in zones {string.Join(",", pool.Zones.DefaultIfEmpty("-"))}";
        if (sku is null || sku.Restrictions?.Any(r => r.Type == "Location") == true)
        {
            return new PreflightCheck(name, false, $"{location} does not offer {pool.VmSize} to this subscription: choose another size or region");
        }

        // a Zone restriction names the region in values and the zones it takes away in restrictionInfo.zones
        var restricted = sku.Restrictions?.Where(r => r.Type == "Zone").SelectMany(r => r.RestrictionInfo?.Zones ?? []).ToHashSet() ?? [];
        var offered = sku.LocationInfo?.SelectMany(l => l.Zones ?? []).Where(z => !restricted.Contains(z)).ToHashSet() ?? [];
        var missing = pool.Zones.Where(z => !offered.Contains(z)).ToList();
        return missing.Count == 0
            ? new PreflightCheck(name, true, offered.Count == 0 ? "offered" : $"offered in zones {string.Join(",", offered.Order())}")
            : new PreflightCheck(name, false, $"{location} offers {pool.VmSize} only in zones {string.Join(",", offered.Order().DefaultIfEmpty("none"))}, not {string.Join(",", missing)}: pick a region with availability zones");
    }

    private PreflightCheck Quota(IReadOnlyList<NodePool> pools, IReadOnlyDictionary<string, AzVmSku?> skus, string location)
    {
        const string name = "vCPU quota for the node pools at their maximum size";
        if (session.OutputsAreKnown(Stage.Cluster))
        {
            return new PreflightCheck(name, true, "the cluster exists already: its nodes are part of the current usage");
        }

        var usage = session.Retry.Execute("Reading vCPU usage", () => session.Context.AzVmListUsage(new AzLocationSettings { Location = location, Subscription = session.Options.Subscription }));
        var needs = pools
            .Where(p => skus[p.VmSize] is not null)
            .GroupBy(p => skus[p.VmSize]!.Family ?? "?")
            .Select(g => (Family: g.Key, Cores: g.Sum(p => p.MaxNodes * Cores(skus[p.VmSize]!))))
            .Append((Family: "cores", Cores: pools.Where(p => skus[p.VmSize] is not null).Sum(p => p.MaxNodes * Cores(skus[p.VmSize]!))))
            .ToList();
        var shortfalls = needs
            .Select(n => (n.Family, n.Cores, Line: usage.FirstOrDefault(u => string.Equals(u.Name.Value, n.Family, StringComparison.OrdinalIgnoreCase))))
            .Where(n => n.Line is not null && n.Line.Limit - n.Line.CurrentValue < n.Cores)
            .Select(n => $"{n.Line!.Name.LocalizedValue ?? n.Family}: need {n.Cores}, free {n.Line.Limit - n.Line.CurrentValue} of {n.Line.Limit}")
            .ToList();
        return shortfalls.Count == 0
            ? new PreflightCheck(name, true, string.Join(", ", needs.Select(n => $"{n.Family} {n.Cores}")))
            : new PreflightCheck(name, false, $"{string.Join("; ", shortfalls)}: request more quota (Portal > Quotas) or lower the pools' maxCount");
    }

    private PreflightCheck KubernetesVersion(BicepSnapshot cluster, string location)
    {
        var wanted = cluster.Outputs.TryGetValue(OutputNames.KubernetesVersion, out var value) ? value?.ToString() : null;
        var name = $"Kubernetes version {wanted ?? "?"}";
        if (wanted is null)
        {
            return new PreflightCheck(name, false, "the cluster snapshot has no kubernetesVersion output: run ./build.sh --target=Snapshots");
        }

        var versions = session.Retry.Execute("Reading AKS versions", () => session.Context.AzAksGetVersions(new AzLocationSettings { Location = location, Subscription = session.Options.Subscription }));
        var generallyAvailable = versions.Values.Where(v => !v.Preview).ToList();
        var match = generallyAvailable.FirstOrDefault(v => v.Version == wanted || (v.PatchVersions?.ContainsKey(wanted) ?? false));
        if (match is null)
        {
            return new PreflightCheck(name, false, $"{location} offers {string.Join(", ", generallyAvailable.Select(v => v.Version))}: set kubernetesVersion in cluster.bicepparam to one of them");
        }

        // a version past community support is offered only as long-term support, which needs the Premium tier
        var plans = match.Capabilities?.SupportPlan ?? [];
        var tier = (string?)cluster.PredictedResources.FirstOrDefault(r => string.Equals((string?)r["type"], "Microsoft.ContainerService/managedClusters", StringComparison.OrdinalIgnoreCase))?["sku"]?["tier"];
        return plans.Count > 0 && !plans.Contains("KubernetesOfficial") && !string.Equals(tier, "Premium", StringComparison.OrdinalIgnoreCase)
            ? new PreflightCheck(name, false, $"{location} offers {wanted} only with long-term support, which needs clusterTier 'Premium': pick a version under community support ({string.Join(", ", generallyAvailable.Where(v => v.Capabilities?.SupportPlan?.Contains("KubernetesOfficial") != false).Select(v => v.Version))})")
            : new PreflightCheck(name, true, $"offered in {location}");
    }

    private static int Cores(AzVmSku sku) =>
        int.TryParse(sku.Capabilities?.FirstOrDefault(c => c.Name == "vCPUs")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cores) ? cores : 0;
}
