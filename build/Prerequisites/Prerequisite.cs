namespace Build.Prerequisites;

/// <summary>Something a task needs from the machine it runs on.</summary>
public enum Prerequisite
{
    DotNet,
    Bicep,
    Helm,
    Kubectl,

    /// <summary>The credential plugin for Entra ID clusters.</summary>
    Kubelogin,
    Az,

    /// <summary>An Azure CLI session (<c>az login</c> or a pipeline identity).</summary>
    AzureLogin,

    /// <summary>npm, to fetch helm and kubectl when they are not installed.</summary>
    Npm,
}
