namespace Build.Hosting;

/// <summary>What the <see cref="CakeHost"/> builder collected before the command line is parsed.</summary>
internal sealed class HostOptions
{
    public string? WorkingDirectory { get; set; }
}
