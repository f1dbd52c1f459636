using Build.Infrastructure;

namespace Build.Deployment;

/// <summary>What a deployment would change, from what-if (or, before its resource group exists, from the snapshot).</summary>
public sealed record StagePlan(Stage Stage, string Source, IReadOnlyList<PlannedChange> Changes)
{
    public int Count(string changeType) => Changes.Count(c => string.Equals(c.ChangeType, changeType, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One resource: Create, Modify, Delete, Deploy, NoChange, Ignore or Unsupported.</summary>
public sealed record PlannedChange(string Resource, string ChangeType);
