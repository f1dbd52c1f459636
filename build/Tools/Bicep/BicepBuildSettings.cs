using Cake.Core.IO;

namespace Build.Tools.Bicep;

/// <summary><c>bicep build</c>: one file, or every file matching a glob in one process.</summary>
public sealed class BicepBuildSettings : BicepSettings
{
    public FilePath? File { get; set; }

    /// <summary>A glob such as <c>bicep/*.bicep</c>; one process compiles them all (about 3 s saved per file).</summary>
    public string? Pattern { get; set; }

    public DirectoryPath? OutputDirectory { get; set; }

    /// <summary>Writes the ARM JSON to stdout instead of a file (single file only).</summary>
    public bool Stdout { get; set; }
}
