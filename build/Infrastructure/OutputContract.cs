using System.Reflection;

namespace Build.Infrastructure;

/// <summary>The output names everything downstream relies on (the constants of <see cref="OutputNames"/>).</summary>
public static class OutputContract
{
    public static IReadOnlyList<string> Names { get; } = typeof(OutputNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    /// <summary>The contract's names no snapshot declares (case-sensitive: ARM output names are).</summary>
    public static IReadOnlyList<string> MissingFrom(IEnumerable<BicepSnapshot> snapshots)
    {
        var declared = snapshots.SelectMany(s => s.Outputs.Keys).ToHashSet(StringComparer.Ordinal);
        return Names.Where(name => !declared.Contains(name)).ToList();
    }
}
