using Build.Infrastructure;
using Build.Resources;

namespace Build.Validation.Rules.Cost;

/// <summary>The subject of a finding about a resource the cluster deployment should predict and does not.</summary>
internal static class CostSubjects
{
    public static Subject Missing(ValidationInput input, string type)
    {
        var file = input.Azure.All.FirstOrDefault(resource => resource.Stage == Stage.Cluster)?.Location.File;
        return new Subject($"{Stage.Cluster.Name} deployment: {type}", new SourceLocation(file, null, $"{Stage.Cluster.Name} deployment", "module"));
    }
}
