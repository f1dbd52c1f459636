namespace Build.Tests.Validation;

/// <summary>
/// A rule's failing fixture: a change to prod that breaks that rule and no other (beyond <see cref="Also"/>, rules that
/// the same change breaks as well, by their nature), and the setting its message must name.
/// </summary>
public sealed record RuleCase(string RuleId, string Change, Action<ProdFixture> Apply, string Names)
{
    public IReadOnlyList<string> Also { get; init; } = [];

    public override string ToString() => $"{RuleId}: {Change}";
}
