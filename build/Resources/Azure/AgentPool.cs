namespace Build.Resources.Azure;

/// <summary>One of a cluster's agent pools (<c>properties.agentPoolProfiles[]</c>).</summary>
public sealed record AgentPool(ArmObject Settings)
{
    public string Name => Settings["name"].Text ?? Settings.Path;

    public ArmValue Mode => Settings["mode"];

    public bool IsSystem => string.Equals(Mode.Text, "System", StringComparison.OrdinalIgnoreCase);

    public ArmValue Count => Settings["count"];

    public ArmValue MinCount => Settings["minCount"];

    public ArmValue MaxCount => Settings["maxCount"];

    public ArmValue EnableAutoScaling => Settings["enableAutoScaling"];

    public ArmValue MaxPods => Settings["maxPods"];

    public ArmValue Zones => Settings["availabilityZones"];

    public ArmValue Taints => Settings["nodeTaints"];

    public ArmValue SubnetId => Settings["vnetSubnetID"];

    public ArmValue PodSubnetId => Settings["podSubnetID"];

    public ArmValue MaxSurge => Settings["upgradeSettings.maxSurge"];

    public ArmValue OrchestratorVersion => Settings["orchestratorVersion"];

    public ArmValue NodePublicIp => Settings["enableNodePublicIP"];

    /// <summary>The nodes the pool can have: maxCount when it autoscales, else count.</summary>
    public int MaximumNodes => (int)(EnableAutoScaling.Flag == true ? MaxCount.Number ?? Count.Number ?? 0 : Count.Number ?? 0);

    /// <summary>The nodes it starts with: count, else minCount.</summary>
    public int CurrentNodes => (int)(Count.Number ?? MinCount.Number ?? 0);
}
