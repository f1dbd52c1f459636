using Cake.Core.Tooling;

namespace Build.Tools.Az;

/// <summary>Options every az command takes.</summary>
public class AzSettings : ToolSettings
{
    /// <summary>The subscription (name or id); the CLI's default subscription when null.</summary>
    public string? Subscription { get; set; }
}
