namespace Build.SmokeTests;

/// <summary>The smoke test ran and some checks failed; the table and failure lines are already printed.</summary>
public sealed class SmokeTestFailedException(string message) : Exception(message);
