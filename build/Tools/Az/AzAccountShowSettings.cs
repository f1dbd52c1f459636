namespace Build.Tools.Az;

/// <summary><c>az account show</c>: who is logged in, to which subscription.</summary>
public sealed class AzAccountShowSettings : AzSettings;
