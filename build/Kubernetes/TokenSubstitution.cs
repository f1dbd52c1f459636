namespace Build.Kubernetes;

/// <summary>One output value written into a rendered file: where (1-based line and column in the rendered text), which output, what text.</summary>
public sealed record TokenSubstitution(string File, int Line, int Column, string OutputName, string Value, bool IsStandIn);
