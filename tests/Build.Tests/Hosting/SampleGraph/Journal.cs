namespace Build.Tests.Hosting.SampleGraph;

/// <summary>What the sample tasks did, in order: the host tests read it.</summary>
public sealed class Journal
{
    public List<string> Entries { get; } = [];

    public void Record(string entry) => Entries.Add(entry);
}
