using System.Globalization;

namespace Build.Network;

/// <summary>
/// The seed's scale-out question: "suppose you want to scale out by 400 %: use four times the number of addresses
/// for all those scaled-out nodes". Percent is of the pools' maximum node counts (400 = four times). Asked with
/// <c>--scale-headroom</c>, a subnet that cannot take it is an error; by default the plan only answers yes or no.
/// </summary>
public sealed record ScaleHeadroom(int Percent, bool Requested)
{
    public const string Option = "scale-headroom";
    public const int DefaultPercent = 400;

    public static ScaleHeadroom Default { get; } = new(DefaultPercent, Requested: false);

    public static ScaleHeadroom Parse(string? text)
    {
        if (text is null)
        {
            return Default;
        }

        var digits = text.Trim().TrimEnd('%').Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is >= 100 and <= 10_000
            ? new ScaleHeadroom(percent, Requested: true)
            : throw new ArgumentException($"--{Option}={text} is not a percentage from 100 to 10000 (400 = room for four times the pools' maximum nodes).");
    }

    /// <summary>The addresses a consumption needs when its scalable part grows to <see cref="Percent"/>.</summary>
    public long Scale(long fixedAddresses, long scalableAddresses) => fixedAddresses + (scalableAddresses * Percent + 99) / 100;

    public override string ToString() => $"{Percent.ToString(CultureInfo.InvariantCulture)} %";
}
