namespace Build.Hosting;

/// <summary>What <c>./build.sh</c> exits with (README, Options).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work failed: a task threw (its one-line reason is printed last).</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (an unknown target, option or value), or a confirmation was refused: nothing ran.</summary>
    public const int UsageError = 2;
}
