namespace Build.Hosting;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A task failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: an unknown target or option value.</summary>
    public const int UsageError = 2;
}
