using Cake.Core.IO;
using Cake.Core.IO.Arguments;

namespace Build.Tools;

/// <summary>A <c>name=value</c> argument whose value is secret: Cake prints it as <c>name=[REDACTED]</c>.</summary>
public sealed class NamedSecretArgument(string name, string value) : IProcessArgument
{
    public string Render() => new QuotedArgument(new TextArgument($"{name}={value}")).Render();

    public string RenderSafe() => $"{name}=[REDACTED]";

    public override string ToString() => RenderSafe();
}
