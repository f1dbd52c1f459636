using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Build.Network;

/// <summary>What IpPlan prints: per subnet its CIDR, usable addresses, what is required now and at maximum, the headroom left and the seed's scale-out answer; then the ranges that must stay apart.</summary>
public static class IpPlanTable
{
    public static IRenderable Render(IpPlan plan, ScaleHeadroom headroom)
    {
        var table = new Table()
            .Title("IP address plan")
            .AddColumn("Subnet")
            .AddColumn("CIDR", column => column.NoWrap())
            .AddColumn(new TableColumn("Usable").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Now").RightAligned().NoWrap())
            .AddColumn(new TableColumn("At max").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Headroom").RightAligned().NoWrap())
            .AddColumn(new TableColumn($"+{headroom}").Centered().NoWrap());
        var consumers = new List<IRenderable>();
        foreach (var network in plan.VirtualNetworks)
        {
            table.AddRow($"[bold]{Markup.Escape(network.Name)}[/]", Markup.Escape(string.Join(", ", network.AddressSpace)), Number(network.Size), string.Empty, string.Empty, string.Empty, string.Empty);
            foreach (var subnet in network.Subnets)
            {
                table.AddRow(
                    Markup.Escape(subnet.Name),
                    Markup.Escape(subnet.Prefix.ToString()),
                    Number(subnet.Usable),
                    Number(subnet.RequiredNow),
                    subnet.RequiredAtMax > subnet.Usable ? $"[red]{Number(subnet.RequiredAtMax)}[/]" : Number(subnet.RequiredAtMax),
                    Headroom(subnet),
                    subnet.FitsScaleOut(headroom) switch { true => "[green]yes[/]", false => headroom.Requested ? "[red]no[/]" : "[yellow]no[/]", null => "-" });
                consumers.AddRange(subnet.Consumers.Select(consumer => new Markup(Markup.Escape($"  {subnet.Name}: {consumer.Kind} {consumer.Name}: {consumer.Detail} = {consumer.AtMax} at max"))));
            }
        }

        var ranges = new Table()
            .Title("Address spaces that must not overlap")
            .AddColumn("Range", column => column.NoWrap())
            .AddColumn("What")
            .AddColumn("Overlaps");
        foreach (var range in plan.Ranges)
        {
            var overlapping = plan.Overlaps.Where(overlap => overlap.First == range || overlap.Second == range).Select(overlap => overlap.First == range ? overlap.Second : overlap.First).ToList();
            ranges.AddRow(
                Markup.Escape(range.Range.ToString()),
                Markup.Escape($"{range.Kind} {range.Owner}"),
                overlapping.Count == 0 ? "[green]none[/]" : $"[red]{Markup.Escape(string.Join(", ", overlapping))}[/]");
        }

        return new Rows(new IRenderable[] { table, new Markup("Consumers (now, at max = nodes and surge at their maximum):") }.Concat(consumers).Append(ranges));
    }

    private static string Headroom(SubnetPlan subnet)
    {
        var percent = subnet.Usable == 0 ? 0 : subnet.Headroom * 100.0 / subnet.Usable;
        var text = $"{Number(subnet.Headroom)} ({percent.ToString("0", CultureInfo.InvariantCulture)} %)";
        return subnet.Headroom < 0 ? $"[red]{text}[/]" : text;
    }

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
