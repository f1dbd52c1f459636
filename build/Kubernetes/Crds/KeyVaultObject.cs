using System.ComponentModel.DataAnnotations;

namespace Build.Kubernetes.Crds;

/// <summary>One Key Vault object the Azure provider mounts (an item of the SecretProviderClass objects parameter).</summary>
public sealed record KeyVaultObject
{
    public static readonly IReadOnlySet<string> ObjectTypes = new HashSet<string>(StringComparer.Ordinal) { "secret", "key", "cert" };

    [Required]
    public string ObjectName { get; set; } = string.Empty;

    /// <summary>secret, key or cert. For a certificate, "cert" is its public chain and "secret" its private key with the chain.</summary>
    [Required]
    public string ObjectType { get; set; } = string.Empty;

    /// <summary>The file name in the mount, and the name secretObjects refer to.</summary>
    public string? ObjectAlias { get; set; }

    public string? ObjectVersion { get; set; }

    public int? ObjectVersionHistory { get; set; }

    public string? ObjectFormat { get; set; }

    public string? ObjectEncoding { get; set; }

    public string? FilePermission { get; set; }

    /// <summary>The name the object has in the mount.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string MountedName => string.IsNullOrEmpty(ObjectAlias) ? ObjectName : ObjectAlias;
}
