using System.Net;
using Build.Resources;
using Build.Validation;

namespace Build.Network;

/// <summary>One subnet's address budget: its size, what takes addresses from it now and at maximum scale.</summary>
public sealed record SubnetPlan(string VirtualNetwork, string Name, string Id, IPNetwork Prefix, IReadOnlyList<AddressConsumer> Consumers, Subject Subject)
{
    public long Size => Cidr.Size(Prefix);

    /// <summary>What is left once Azure keeps its five addresses.</summary>
    public long Usable => Math.Max(0, Size - Cidr.AzureReserved);

    public long RequiredNow => Consumers.Sum(consumer => consumer.Now);

    public long RequiredAtMax => Consumers.Sum(consumer => consumer.AtMax);

    public long Headroom => Usable - RequiredAtMax;

    public bool Scales => Consumers.Any(consumer => consumer.Scales);

    /// <summary>Addresses needed when the scalable consumers grow to the headroom's percentage of their maximum.</summary>
    public long RequiredAtScaleOut(ScaleHeadroom headroom) =>
        headroom.Scale(Consumers.Where(consumer => !consumer.Scales).Sum(consumer => consumer.AtMax), Consumers.Where(consumer => consumer.Scales).Sum(consumer => consumer.AtMax));

    /// <summary>The seed's question answered: null when nothing in the subnet scales out.</summary>
    public bool? FitsScaleOut(ScaleHeadroom headroom) => Scales ? RequiredAtScaleOut(headroom) <= Usable : null;
}
