using Build.Resources;

namespace Build.Validation;

/// <summary>
/// What a rule found wrong with a subject: the message names the broken setting and its value. The location
/// narrows the subject's (the line of the setting) and the severity overrides the rule's when given.
/// </summary>
public sealed record Problem(string Message, SourceLocation? Location = null, Severity? Severity = null)
{
    public static implicit operator Problem?(string? message) => message is null ? null : new Problem(message);
}
