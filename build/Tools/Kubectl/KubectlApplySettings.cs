using Cake.Core.IO;

namespace Build.Tools.Kubectl;

/// <summary><c>kubectl apply</c> of files or a kustomization.</summary>
public sealed class KubectlApplySettings : KubectlSettings
{
    public IList<FilePath> Filenames { get; } = [];

    /// <summary>A kustomization directory (<c>-k</c>).</summary>
    public DirectoryPath? Kustomize { get; set; }

    public string? Namespace { get; set; }

    /// <summary>Server-side apply: idempotent re-runs and clear field ownership.</summary>
    public bool ServerSide { get; set; } = true;

    public string FieldManager { get; set; } = "aks-baseline-build";

    /// <summary>Take over fields another manager set (server-side apply only).</summary>
    public bool ForceConflicts { get; set; }

    public KubectlDryRun DryRun { get; set; } = KubectlDryRun.None;
}
