using Build.Infrastructure;

namespace Build.Tests.Infrastructure;

public sealed class SnapshotDiffTests
{
    private const string Esc = "\u001b";

    // bicep 0.49.2's validate output (stdout, colours included) for a changed property, an added and a removed resource.
    private static readonly string Drift = string.Join('\n',
        string.Empty,
        "Scope: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub",
        $"{Esc}[38;5;77m",
        "  + Microsoft.Network/ipGroups/ipg2",
        string.Empty,
        $"      id{Esc}[0m:{Esc}[38;5;77m          \"/subscriptions/0/resourceGroups/rg-hub/providers/Microsoft.Network/ipGroups/ipg2\"",
        $"      properties.ipAddresses{Esc}[0m:{Esc}[38;5;77m {Esc}[0m[{Esc}[38;5;77m",
        $"        0{Esc}[0m:{Esc}[38;5;77m \"10.0.0.0/8\"",
        $"      {Esc}[0m]{Esc}[38;5;77m",
        $"{Esc}[0m{Esc}[38;5;141m",
        $"  ~ Microsoft.Network/ipGroups/ipg{Esc}[0m",
        $"    {Esc}[38;5;141m~{Esc}[0m properties.ipAddresses{Esc}[0m:{Esc}[0m [",
        $"      {Esc}[38;5;208m-{Esc}[0m 0{Esc}[0m:{Esc}[0m {Esc}[38;5;208m\"10.0.0.0/8\"{Esc}[0m",
        $"      {Esc}[38;5;77m+{Esc}[0m 0{Esc}[0m:{Esc}[0m {Esc}[38;5;77m\"10.0.0.0/9\"{Esc}[0m",
        "      ]",
        $"    {Esc}[38;5;141m~{Esc}[0m tags.owner{Esc}[0m:{Esc}[0m {Esc}[38;5;208m\"a\"{Esc}[0m => {Esc}[38;5;77m\"b\"{Esc}[0m",
        $"{Esc}[38;5;141m{Esc}[0m",
        "Scope: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-spoke",
        $"{Esc}[38;5;208m",
        "  - Microsoft.Network/routeTables/rt",
        string.Empty,
        $"      name{Esc}[0m:{Esc}[38;5;208m        \"rt\"",
        $"{Esc}[0m");

    [Test]
    public void Names_each_resource_with_its_scope_and_kind()
    {
        var changes = SnapshotDiff.Parse(Drift);

        Assert.That(changes.Select(c => (c.Kind, c.Resource, c.Scope.Split('/').Last())), Is.EqualTo(new[]
        {
            (ResourceChangeKind.Added, "Microsoft.Network/ipGroups/ipg2", "rg-hub"),
            (ResourceChangeKind.Modified, "Microsoft.Network/ipGroups/ipg", "rg-hub"),
            (ResourceChangeKind.Removed, "Microsoft.Network/routeTables/rt", "rg-spoke"),
        }));
    }

    [Test]
    public void Lists_the_changed_properties_of_a_modified_resource_only()
    {
        var changes = SnapshotDiff.Parse(Drift);

        Assert.That(changes[1].Properties, Is.EqualTo(new[] { "properties.ipAddresses", "tags.owner" }));
        Assert.That(changes[0].Properties, Is.Empty);
        Assert.That(changes[2].Properties, Is.Empty);
    }

    [Test]
    public void Describes_a_change_in_one_phrase()
    {
        var changes = SnapshotDiff.Parse(Drift);

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[]
        {
            "Microsoft.Network/ipGroups/ipg2 added",
            "Microsoft.Network/ipGroups/ipg changed (properties.ipAddresses, tags.owner)",
            "Microsoft.Network/routeTables/rt removed",
        }));
    }

    [Test]
    public void Output_without_a_diff_has_no_changes() =>
        Assert.That(SnapshotDiff.Parse("/work/repo/bicep/environments/prod/cluster.bicepparam(3,1) : Error BCP057: The name \"x\" does not exist."), Is.Empty);

    [Test]
    public void The_drift_message_names_every_resource_and_how_to_accept_it()
    {
        var drift = new SnapshotDriftException("prod", [new StageDrift(Stage.Hub, SnapshotDiff.Parse(Drift))]);

        Assert.That(drift.Message, Is.EqualTo(
            "The templates no longer predict the committed snapshots of 'prod': hub: Microsoft.Network/ipGroups/ipg2 added, "
            + "Microsoft.Network/ipGroups/ipg changed (properties.ipAddresses, tags.owner), Microsoft.Network/routeTables/rt removed. "
            + "If that is intended, accept it with ./build.sh --target=Snapshots --environment=prod (or --update-snapshots) and commit the snapshots."));
    }
}
