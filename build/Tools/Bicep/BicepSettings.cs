using Cake.Core.Tooling;

namespace Build.Tools.Bicep;

/// <summary>Options every bicep command takes.</summary>
public class BicepSettings : ToolSettings;
