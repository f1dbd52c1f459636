namespace Build.Hosting.Options;

/// <summary>An option of the options model as the command line gave it.</summary>
/// <param name="Name">The option's declared name.</param>
/// <param name="Text">The text after <c>=</c> (or the next argument); null for a bare <c>--name</c>.</param>
public sealed record GivenOption(string Name, string? Text)
{
    /// <summary>As the user wrote it, for messages: <c>--yes=maybe</c>, <c>--plan-only</c>.</summary>
    public string Written => Text is null ? $"--{Name}" : $"--{Name}={Text}";
}
