namespace Build.Tasks.Validation;

/// <summary>What the validation tasks share besides their options: the date suppressions expire against.</summary>
internal static class ValidationArguments
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
