using Build.Validation.Suppressions;

namespace Build.Validation;

/// <summary>A finding a valid suppression covers: kept in the reports (SARIF marks it suppressed), not counted.</summary>
public sealed record SuppressedFinding(Finding Finding, Suppression Suppression);
