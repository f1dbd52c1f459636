namespace Build.Tasks.Validation;

/// <summary>Error-level findings remain: the one line the host prints names how many and the first.</summary>
public sealed class ValidationFailedException(string message) : Exception(message);
