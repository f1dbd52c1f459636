namespace Build.Tasks.Validation;

/// <summary>The date suppressions expire against (today, UTC).</summary>
internal static class ValidationDate
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
