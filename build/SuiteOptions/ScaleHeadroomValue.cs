using Build.Hosting.Options;
using Build.Network;

namespace Build.SuiteOptions;

/// <summary>The scale-out percentage the IP plan checks the subnets against; given, a subnet without that room is an error.</summary>
public sealed class ScaleHeadroomValue : IOptionValue
{
    public string Accepts => "a percentage from 100 to 10000 of the pools' maximum nodes (400 = four times; '%' may follow)";

    public object Parse(string? text, OptionParseContext context)
    {
        var given = OptionText.Required(text);
        try
        {
            return ScaleHeadroom.Parse(given);
        }
        catch (ArgumentException)
        {
            throw new OptionValueException($"'{given}' is not such a percentage");
        }
    }
}
