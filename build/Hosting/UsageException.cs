namespace Build.Hosting;

/// <summary>
/// The command line (or a confirmation a task asks for) was wrong: the host prints the message as one line
/// and exits with <see cref="ExitCodes.UsageError"/>, before anything is changed.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
