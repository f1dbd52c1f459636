namespace Build.Tools.Az;

/// <summary>What <c>az acr import</c> did: copied the image, or found the tag already in the registry (no --force).</summary>
public enum AzAcrImportOutcome
{
    Imported,
    AlreadyPresent,
}
