using Build.Hosting;
using Cake.Core;

namespace Build.Tests.Hosting.SampleGraph;

public sealed class SampleContext(ICakeContext context, Journal journal, SampleOptions options) : FrostingContext(context)
{
    public Journal Journal { get; } = journal;

    public SampleOptions Options { get; } = options;
}
