namespace Build.Tools.Helm;

/// <summary>A release as <c>helm list -o json</c> shows it.</summary>
public sealed record HelmReleaseInfo(string Name, string Namespace, string Revision, string Status, string Chart);
