namespace Build.Validation;

/// <summary>How much a finding matters; the names are SARIF's levels. Any error fails Validate.</summary>
public enum Severity
{
    Error,
    Warning,
    Note,
}
