namespace Build.Resources.Azure;

/// <summary>A group of Prometheus alert (or recording) rules that Azure Monitor evaluates over an Azure Monitor workspace.</summary>
public sealed record PrometheusRuleGroup(ArmResource Resource) : IArmView
{
    public ArmValue Enabled => Resource["properties.enabled"];

    /// <summary>The Azure Monitor workspace and, for AKS, the cluster the rules are about.</summary>
    public ArmValue Scopes => Resource["properties.scopes"];

    public ArmValue ClusterName => Resource["properties.clusterName"];

    /// <summary>The alerting rules (those with an <c>alert</c> name), named by it in paths.</summary>
    public IReadOnlyList<PrometheusAlertRule> AlertRules =>
        Resource["properties.rules"].Items("alert").Where(rule => rule["alert"].Text is not null).Select(rule => new PrometheusAlertRule(rule)).ToList();
}

/// <summary>One alerting rule of a <see cref="PrometheusRuleGroup"/>.</summary>
public sealed record PrometheusAlertRule(ArmObject Settings)
{
    public string Alert => Settings["alert"].Text ?? Settings.Path;

    public ArmValue Expression => Settings["expression"];

    /// <summary>A rule is enabled unless it says otherwise.</summary>
    public bool IsEnabled => Settings["enabled"].Flag != false;

    public ArmValue Actions => Settings["actions"];

    public IReadOnlyList<string> ActionGroupIds => Actions.Items("actionGroupId").Select(action => action["actionGroupId"].Text).OfType<string>().ToList();
}
