using Cake.Core.IO;

namespace Build.Tools.Bicep;

/// <summary><c>bicep lint</c>, with SARIF output for the pipeline's scans tab.</summary>
public sealed class BicepLintSettings : BicepSettings
{
    public FilePath? File { get; set; }

    public string? Pattern { get; set; }

    public bool Sarif { get; set; } = true;
}
