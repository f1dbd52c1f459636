using System.Text.RegularExpressions;

namespace Build.Validation;

/// <summary>
/// Every rule of the suite, found by type (one class per rule under <c>build/Validation/Rules/</c>), ordered by
/// family and id. Ids are checked here: a family prefix, three digits, never two rules with one id.
/// </summary>
public static partial class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<IRule>> Rules = new(Discover);

    public static IReadOnlyList<IRule> All => Rules.Value;

    public static IEnumerable<IRule> Family(RuleFamily family) => All.Where(rule => rule.Descriptor.Family == family);

    private static List<IRule> Discover()
    {
        var rules = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(type))
            .Select(type => (IRule)Activator.CreateInstance(type)!)
            .OrderBy(rule => rule.Descriptor.Family.Order)
            .ThenBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var rule in rules)
        {
            var descriptor = rule.Descriptor;
            if (!Id().IsMatch(descriptor.Id) || !descriptor.Id.StartsWith(descriptor.Family.Prefix, StringComparison.Ordinal) || !char.IsAsciiDigit(descriptor.Id[descriptor.Family.Prefix.Length]))
            {
                throw new InvalidOperationException($"{rule.GetType().Name}: rule id '{descriptor.Id}' is not the family prefix {descriptor.Family.Prefix} and three digits.");
            }
        }

        if (rules.GroupBy(rule => rule.Descriptor.Id).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Two rules have the id {twice.Key}: {string.Join(", ", twice.Select(rule => rule.GetType().Name))}.");
        }

        return rules;
    }

    [GeneratedRegex("^[A-Z0-9]+[0-9]{3}$")]
    private static partial Regex Id();
}
