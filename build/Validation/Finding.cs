using Build.Resources;

namespace Build.Validation;

/// <summary>One broken expectation: which rule, about what, where, and the message naming the setting.</summary>
public sealed record Finding(RuleDescriptor Rule, Subject Subject, string Message, Severity Severity, SourceLocation Location)
{
    public override string ToString() => $"{Rule.Id} {Message} ({Location})";
}
