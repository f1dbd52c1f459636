namespace Build.Resources.Azure;

/// <summary>
/// An Azure Monitor data collection rule: its data sources (the Container Insights extension, syslog, the Prometheus
/// forwarder), its destinations (Log Analytics workspaces, Azure Monitor workspaces) and the flows between them.
/// </summary>
public sealed record DataCollectionRule(ArmResource Resource) : IArmView
{
    public const string PrometheusStream = "Microsoft-PrometheusMetrics";
    public const string SyslogStream = "Microsoft-Syslog";

    public IReadOnlyList<ArmObject> PrometheusForwarders => Resource["properties.dataSources.prometheusForwarder"].Items().ToList();

    public IReadOnlyList<ArmObject> SyslogSources => Resource["properties.dataSources.syslog"].Items().ToList();

    public IReadOnlyList<ArmObject> Extensions => Resource["properties.dataSources.extensions"].Items().ToList();

    public IReadOnlyList<ArmObject> DataFlows => Resource["properties.dataFlows"].Items("streams").ToList();

    /// <summary>Destination name → Log Analytics workspace id.</summary>
    public IReadOnlyDictionary<string, string> LogAnalyticsDestinations => Destinations("logAnalytics", "workspaceResourceId");

    /// <summary>Destination name → Azure Monitor workspace id.</summary>
    public IReadOnlyDictionary<string, string> MonitoringAccountDestinations => Destinations("monitoringAccounts", "accountResourceId");

    /// <summary>The destination names a stream flows to.</summary>
    public IReadOnlySet<string> DestinationsOf(string stream) =>
        DataFlows.Where(flow => flow["streams"].Strings.Contains(stream, StringComparer.OrdinalIgnoreCase))
            .SelectMany(flow => flow["destinations"].Strings)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private Dictionary<string, string> Destinations(string kind, string idProperty) =>
        Resource[$"properties.destinations.{kind}"].Items()
            .Where(destination => destination["name"].Text is not null && destination[idProperty].Text is not null)
            .GroupBy(destination => destination["name"].Text!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First()[idProperty].Text!, StringComparer.OrdinalIgnoreCase);
}
