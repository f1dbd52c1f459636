using System.Text.Json.Serialization;

namespace Build.Validation.Suppressions;

/// <summary>
/// A deliberate exception to a rule, checked in: which rule, which subject (as findings name it, e.g.
/// <c>Deployment/a0008/aspnetapp</c>), why, and until when. It stops suppressing after its expiry date, and the
/// expired entry is itself an error, so an exception is re-decided rather than forgotten.
/// </summary>
public sealed record Suppression(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("target")] string Target,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("expires")] DateOnly Expires)
{
    /// <summary>Valid through its expiry date.</summary>
    public bool IsExpired(DateOnly today) => today > Expires;

    public bool Matches(Finding finding) =>
        string.Equals(Rule, finding.Rule.Id, StringComparison.OrdinalIgnoreCase) && string.Equals(Target, finding.Subject.Reference, StringComparison.Ordinal);

    public override string ToString() => $"{Rule} {Target} (until {Expires:yyyy-MM-dd})";
}
