namespace Build.Tools.Az;

/// <summary>The JSON of <c>az deployment group what-if --no-pretty-print</c>.</summary>
public sealed record AzWhatIfResult(string Status, IReadOnlyList<AzWhatIfChange> Changes, AzWhatIfError? Error);

/// <summary>One resource's predicted change: Create, Delete, Modify, Deploy, NoChange, Ignore or Unsupported.</summary>
public sealed record AzWhatIfChange(string ResourceId, string ChangeType);

public sealed record AzWhatIfError(string Code, string Message);
