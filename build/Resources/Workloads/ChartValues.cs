using Build.Kubernetes.Charts;

namespace Build.Resources.Workloads;

/// <summary>The values file of the chart that renders an object, to point a finding about one of its fields at the value to change.</summary>
public sealed record ChartValues(SourceText Text, string Chart, string Origin, string Kind)
{
    public string File => Text.File;

    /// <summary>The values key behind an object field, or null when the chart decides the field alone.</summary>
    public string? Setting(string field) => ChartValueOrigins.ValuesSetting(Chart, Kind, field);
}
