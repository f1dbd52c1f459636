namespace Build.Hosting.Options;

/// <summary>An options model that checks what no single option can: options that only go together.</summary>
public interface IValidatableOptions
{
    /// <summary>The first problem, as one line naming the options involved; null when there is none.</summary>
    string? Validate();
}
