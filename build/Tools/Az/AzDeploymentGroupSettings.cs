using Cake.Core.IO;

namespace Build.Tools.Az;

/// <summary>What <c>az deployment group create</c> and <c>what-if</c> share: the group, the name and the inputs.</summary>
public abstract class AzDeploymentGroupSettings : AzSettings
{
    public required string ResourceGroup { get; set; }

    /// <summary>Stable per environment and stage, so a re-run updates the same deployment.</summary>
    public required string Name { get; set; }

    /// <summary>A .bicepparam file (its <c>using</c> names the template) or a JSON parameters file.</summary>
    public FilePath? ParametersFile { get; set; }

    /// <summary>Only needed with a JSON parameters file.</summary>
    public FilePath? TemplateFile { get; set; }

    /// <summary>Extra parameters, passed as <c>name=value</c> and shown in logs.</summary>
    public IDictionary<string, string> Parameters { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Extra secret parameters, passed as <c>name=value</c> and shown as <c>name=[REDACTED]</c>.</summary>
    public IDictionary<string, string> SecureParameters { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
