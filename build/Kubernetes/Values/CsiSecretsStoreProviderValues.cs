using k8s.Models;
using YamlDotNet.Serialization;

namespace Build.Kubernetes.Values;

/// <summary>
/// The keys this project sets in the csi-secrets-store-provider-azure chart's values (chart 1.7.2, with
/// the secrets-store-csi-driver chart as a dependency), checked against that chart's values.yaml. Read
/// strictly: an unknown key is an error.
/// </summary>
public sealed record CsiSecretsStoreProviderValues
{
    public CsiProviderNodes? Linux { get; set; }

    public CsiProviderNodes? Windows { get; set; }

    [YamlMember(Alias = "secrets-store-csi-driver", ApplyNamingConventions = false)]
    public CsiDriverValues? Driver { get; set; }
}

public sealed record CsiProviderNodes
{
    public bool? Enabled { get; set; }

    public V1ResourceRequirements? Resources { get; set; }
}

/// <summary>Values of the secrets-store-csi-driver dependency.</summary>
public sealed record CsiDriverValues
{
    public bool? Install { get; set; }

    public CsiProviderSwitch? Linux { get; set; }

    public CsiProviderSwitch? Windows { get; set; }

    /// <summary>Re-reads the store every <see cref="RotationPollInterval"/> and updates mounts and synced Secrets.</summary>
    public bool? EnableSecretRotation { get; set; }

    /// <summary>A Go duration, e.g. 2m.</summary>
    public string? RotationPollInterval { get; set; }

    public CsiSyncSecret? SyncSecret { get; set; }

    public IList<CsiTokenRequest>? TokenRequests { get; set; }
}

public sealed record CsiProviderSwitch
{
    public bool? Enabled { get; set; }
}

public sealed record CsiSyncSecret
{
    public bool? Enabled { get; set; }
}

/// <summary>A service account token the driver requests for the pod and hands to the provider (workload identity).</summary>
public sealed record CsiTokenRequest
{
    public string? Audience { get; set; }
}
