using Build.Network;
using Cake.Common;

namespace Build.Tasks.Validation;

/// <summary>The options the validation tasks read.</summary>
internal static class ValidationArguments
{
    public const string HeadroomDescription = "Subnet room for the node pools scaled to this percentage of their maximum (default 400, the seed's question: answered, not enforced, unless given).";

    public static ScaleHeadroom Headroom(BuildContext context) =>
        ScaleHeadroom.Parse(context.HasArgument(ScaleHeadroom.Option) ? context.Argument(ScaleHeadroom.Option, string.Empty) : null);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
