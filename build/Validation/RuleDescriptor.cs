namespace Build.Validation;

/// <summary>
/// What a rule is, independent of any input: a stable id (family prefix and three digits), a short title, the
/// default severity, the baseline's reason in one line, and the public rules it corresponds to (PSRule for
/// Azure, kube-score, Polaris), so a reader can compare it with the tools they know.
/// </summary>
public sealed record RuleDescriptor(string Id, string Title, Severity Severity, RuleFamily Family, string Rationale, IReadOnlyList<string> Anchors)
{
    public override string ToString() => $"{Id} {Title}";
}
