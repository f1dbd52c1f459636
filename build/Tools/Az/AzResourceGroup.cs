namespace Build.Tools.Az;

/// <summary>A resource group, from <c>az group create/show</c>.</summary>
public sealed record AzResourceGroup(string Id, string Name, string Location, IReadOnlyDictionary<string, string>? Tags);
