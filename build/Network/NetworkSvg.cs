using System.Globalization;
using System.Xml.Linq;

namespace Build.Network;

/// <summary>
/// The address plan as a picture (<c>artifacts/network.svg</c>), drawn by the suite itself: each virtual network is
/// a bar to the scale of its address space with its subnets where their addresses are; below it, a card per subnet
/// whose bar is to the scale of the subnet, coloured reserved (Azure's five), used now, planned at maximum, and free.
/// Peerings join the networks; ranges outside them (the Kubernetes service CIDR) are listed under them.
/// </summary>
public static class NetworkSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const double Width = 1200;
    private const double Margin = 30;
    private const double BandWidth = Width - 2 * Margin;
    private const double CardWidth = 276;
    private const double CardHeight = 132;
    private const double CardGap = 12;
    private const int CardsPerRow = 4;

    private const string Reserved = "#6b7280";
    private const string UsedNow = "#2563eb";
    private const string Planned = "#93c5fd";
    private const string Free = "#dcfce7";
    private const string Unallocated = "#f3f4f6";
    private const string Ink = "#111827";
    private const string Muted = "#4b5563";
    private const string Alarm = "#dc2626";
    private const string Warning = "#b45309";

    public static string Render(IpPlan plan, ScaleHeadroom headroom, string title)
    {
        var body = new List<XElement>();
        var y = 96.0;
        var tops = new Dictionary<string, (double Top, double Bottom)>(StringComparer.OrdinalIgnoreCase);
        foreach (var network in plan.VirtualNetworks)
        {
            var top = y;
            y = Network(network, headroom, y, body);
            tops[network.Name] = (top, y);
            y += 46;
        }

        Peerings(plan, tops, body);
        y = Ranges(plan, y - 20, body);

        var height = y + Margin;
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", Number(Width)),
            new XAttribute("height", Number(height)),
            new XAttribute("viewBox", $"0 0 {Number(Width)} {Number(height)}"),
            new XAttribute("font-family", "Segoe UI, Helvetica, Arial, sans-serif"),
            new XElement(Svg + "title", title),
            new XElement(Svg + "defs",
                new XElement(Svg + "pattern",
                    new XAttribute("id", "unallocated"), new XAttribute("width", 8), new XAttribute("height", 8), new XAttribute("patternUnits", "userSpaceOnUse"),
                    new XElement(Svg + "rect", new XAttribute("width", 8), new XAttribute("height", 8), new XAttribute("fill", Unallocated)),
                    new XElement(Svg + "path", new XAttribute("d", "M0,8 L8,0"), new XAttribute("stroke", "#d1d5db"), new XAttribute("stroke-width", 1)))),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(Margin, 34, title, 20, Ink, bold: true),
            Text(Margin, 56, "From the committed snapshots and the rendered layer. Network bars are to the scale of each address space; each subnet card to the scale of its subnet.", 12, Muted),
            Legend(),
            body);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Declaration + "\n" + svg.ToString(SaveOptions.None) + "\n";
    }

    private static double Network(VirtualNetworkPlan network, ScaleHeadroom headroom, double y, List<XElement> body)
    {
        const double BandHeight = 30;
        body.Add(Text(Margin, y, $"{network.Name}   {string.Join(", ", network.AddressSpace)}   {Count(network.Size)} addresses", 15, Ink, bold: true));
        var bandTop = y + 10;
        var window = (Start: 0L, Length: Math.Max(1, network.Size));
        var centres = Band(network, window, bandTop, BandHeight, body);
        var bottom = bandTop + BandHeight + 14;

        // subnets that take a small corner of a large space are drawn again, enlarged, to the scale of the part in use
        if (network.Subnets.Count > 0)
        {
            var first = network.Subnets.Min(subnet => Offset(network, subnet));
            var last = network.Subnets.Max(subnet => Offset(network, subnet) + subnet.Size);
            var (start, end) = (first / 256 * 256, (last + 255) / 256 * 256);
            if (end - start < network.Size / 4)
            {
                var zoomTop = bandTop + BandHeight + 44;
                var scale = BandWidth / network.Size;
                body.Add(new XElement(Svg + "path",
                    new XAttribute("d", $"M{Number(Margin + start * scale)},{Number(bandTop + BandHeight + 18)} L{Number(Margin + Math.Max(end * scale, 3))},{Number(bandTop + BandHeight + 18)} L{Number(Margin + BandWidth)},{Number(zoomTop)} L{Number(Margin)},{Number(zoomTop)} Z"),
                    new XAttribute("fill", "#e5e7eb"), new XAttribute("opacity", "0.6")));
                window = (start, end - start);
                centres = Band(network, window, zoomTop, BandHeight, body);
                body.Add(Text(Margin + BandWidth / 2, zoomTop + BandHeight + 14, $"enlarged: the {Count(end - start)} addresses the subnets are in", 10, Muted, anchor: "middle"));
                bottom = zoomTop + BandHeight + 14;
                bandTop = zoomTop;
            }
        }

        var cardsTop = bottom + 26;
        for (var index = 0; index < network.Subnets.Count; index++)
        {
            var (row, column) = (index / CardsPerRow, index % CardsPerRow);
            var cardX = Margin + column * (CardWidth + CardGap);
            var cardY = cardsTop + row * (CardHeight + CardGap);
            body.Add(new XElement(Svg + "path",
                new XAttribute("d", $"M{Number(centres[index])},{Number(bandTop + BandHeight)} L{Number(cardX + CardWidth / 2)},{Number(cardY)}"),
                new XAttribute("stroke", "#9ca3af"), new XAttribute("stroke-width", 1), new XAttribute("fill", "none")));
            body.Add(Card(network.Subnets[index], headroom, cardX, cardY));
        }

        var rows = (network.Subnets.Count + CardsPerRow - 1) / CardsPerRow;
        return cardsTop + rows * (CardHeight + CardGap);
    }

    /// <summary>A bar for a window of the network's addresses with its subnets where they lie (at least 3 px wide); returns each subnet's centre.</summary>
    private static List<double> Band(VirtualNetworkPlan network, (long Start, long Length) window, double top, double height, List<XElement> body)
    {
        body.Add(Rect(Margin, top, BandWidth, height, "url(#unallocated)", "#9ca3af"));
        var scale = BandWidth / window.Length;
        var centres = new List<double>();
        foreach (var subnet in network.Subnets)
        {
            var x = Margin + Math.Clamp(Offset(network, subnet) - window.Start, 0, window.Length) * scale;
            var width = Math.Max(3, Math.Min(subnet.Size * scale, Margin + BandWidth - x));
            centres.Add(x + width / 2);
            body.Add(UsageBar(subnet, x, top, width, height));
            if (width >= 8 * subnet.Name.Length)
            {
                body.Add(Text(x + 4, top + 19, subnet.Name, 11, Ink));
            }
        }

        body.Add(Text(Margin, top + height + 14, Address(network, window.Start), 10, Muted));
        body.Add(Text(Margin + BandWidth, top + height + 14, Address(network, window.Start + window.Length - 1), 10, Muted, anchor: "end"));
        return centres;
    }

    /// <summary>How far into the network's address space (its prefixes one after another) a subnet starts.</summary>
    private static long Offset(VirtualNetworkPlan network, SubnetPlan subnet)
    {
        var offset = 0L;
        foreach (var range in network.AddressSpace)
        {
            if (Cidr.Within(subnet.Prefix, range))
            {
                return offset + Cidr.First(subnet.Prefix) - Cidr.First(range);
            }

            offset += Cidr.Size(range);
        }

        return offset;
    }

    private static string Address(VirtualNetworkPlan network, long offset)
    {
        foreach (var range in network.AddressSpace)
        {
            if (offset < Cidr.Size(range))
            {
                return Cidr.FromNumber((uint)(Cidr.First(range) + offset)).ToString();
            }

            offset -= Cidr.Size(range);
        }

        return string.Empty;
    }

    private static XElement Card(SubnetPlan subnet, ScaleHeadroom headroom, double x, double y)
    {
        var over = subnet.RequiredAtMax > subnet.Usable;
        var card = new XElement(Svg + "g",
            new XAttribute("class", "subnet"),
            new XAttribute("data-subnet", subnet.Name),
            new XElement(Svg + "title", $"{subnet.Name} {subnet.Prefix}: {string.Join("; ", subnet.Consumers)}"),
            Rect(x, y, CardWidth, CardHeight, "#ffffff", over ? Alarm : "#9ca3af", radius: 6),
            Text(x + 10, y + 20, subnet.Name, 13, Ink, bold: true),
            Text(x + 10, y + 38, $"{subnet.Prefix}: {Count(subnet.Size)} addresses, {Count(subnet.Usable)} usable", 11, Ink),
            UsageBar(subnet, x + 10, y + 46, CardWidth - 20, 16),
            Text(x + 10, y + 78, $"now {Count(subnet.RequiredNow)} · at max {Count(subnet.RequiredAtMax)} · free {Count(subnet.Headroom)}", 11, over ? Alarm : Ink));
        var fits = subnet.FitsScaleOut(headroom);
        card.Add(Text(x + 10, y + 94, fits is null ? "nothing here scales out" : $"node pools at {headroom}: {Count(subnet.RequiredAtScaleOut(headroom))} — {(fits == true ? "fits" : "does not fit")}", 11, fits == false ? (headroom.Requested ? Alarm : Warning) : Muted));
        var line = y + 110;
        foreach (var consumer in subnet.Consumers.Take(2))
        {
            card.Add(Text(x + 10, line, Shorten($"{consumer.Kind} {consumer.Name}: {consumer.Detail}", 46), 10, Muted));
            line += 13;
        }

        if (subnet.Consumers.Count == 0)
        {
            card.Add(Text(x + 10, line, "no consumers predicted", 10, Muted));
        }
        else if (subnet.Consumers.Count > 2)
        {
            card.Add(Text(x + CardWidth - 10, y + CardHeight - 8, $"+{subnet.Consumers.Count - 2} more", 10, Muted, anchor: "end"));
        }

        return card;
    }

    /// <summary>A bar for the subnet's addresses: reserved, used now, planned up to the maximum, free (the overflow shown red when the maximum does not fit).</summary>
    private static XElement UsageBar(SubnetPlan subnet, double x, double y, double width, double height)
    {
        var size = Math.Max(1, subnet.Size);
        var reserved = Math.Min(Cidr.AzureReserved, subnet.Size);
        var now = Math.Min(subnet.RequiredNow, subnet.Usable);
        var planned = Math.Max(0, Math.Min(subnet.RequiredAtMax, subnet.Usable) - now);
        var group = new XElement(Svg + "g", new XAttribute("class", "usage"));
        var cursor = x;
        foreach (var (count, colour) in new[] { (reserved, Reserved), (now, UsedNow), (planned, Planned), (Math.Max(0, size - reserved - now - planned), subnet.RequiredAtMax > subnet.Usable ? Alarm : Free) })
        {
            var part = width * count / size;
            if (part > 0)
            {
                group.Add(Rect(cursor, y, part, height, colour, null));
                cursor += part;
            }
        }

        group.Add(Rect(x, y, width, height, "none", "#374151"));
        return group;
    }

    private static void Peerings(IpPlan plan, Dictionary<string, (double Top, double Bottom)> blocks, List<XElement> body)
    {
        var pairs = plan.Peerings
            .Where(peering => blocks.ContainsKey(peering.From) && blocks.ContainsKey(peering.To))
            .GroupBy(peering => string.CompareOrdinal(peering.From, peering.To) < 0 ? (peering.From, peering.To) : (peering.To, peering.From));
        foreach (var pair in pairs)
        {
            var (first, second) = (blocks[pair.Key.Item1], blocks[pair.Key.Item2]);
            var (upper, lower) = first.Top < second.Top ? (first, second) : (second, first);
            var both = pair.Select(peering => peering.From).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 2;
            var x = Width - Margin - 4;
            var (from, to) = (upper.Bottom - 2, lower.Top - 26);
            body.Add(new XElement(Svg + "path",
                new XAttribute("d", $"M{Number(x)},{Number(from)} L{Number(x)},{Number(to)}"),
                new XAttribute("stroke", both ? "#059669" : Alarm), new XAttribute("stroke-width", 3), new XAttribute("stroke-dasharray", both ? "none" : "6 4")));
            body.Add(Text(x - 8, (from + to) / 2 + 4, both ? $"peered both ways: {pair.Key.Item1} ⇄ {pair.Key.Item2}" : $"peered one way only: {string.Join(", ", pair.Select(peering => $"{peering.From} → {peering.To}"))}", 12, both ? "#059669" : Alarm, bold: true, anchor: "end"));
        }
    }

    private static double Ranges(IpPlan plan, double y, List<XElement> body)
    {
        foreach (var range in plan.Ranges.Where(range => range.Kind != "virtual network"))
        {
            body.Add(Text(Margin, y, $"{range.Kind} of {range.Owner}: {range.Range} ({Count(Cidr.Size(range.Range))} addresses, outside the virtual networks)", 12, Muted));
            y += 18;
        }

        foreach (var overlap in plan.Overlaps)
        {
            body.Add(Text(Margin, y, $"overlap: {overlap}", 12, Alarm, bold: true));
            y += 18;
        }

        return y;
    }

    private static XElement Legend()
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        var x = Width - Margin - 560;
        foreach (var (label, colour) in new[] { ("reserved by Azure", Reserved), ("used now", UsedNow), ("planned at maximum", Planned), ("free", Free), ("not in a subnet", "url(#unallocated)") })
        {
            legend.Add(Rect(x, 22, 14, 14, colour, "#374151"));
            legend.Add(Text(x + 19, 33, label, 11, Ink));
            x += 19 + label.Length * 6.2 + 14;
        }

        return legend;
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, string? stroke, double radius = 0)
    {
        var rect = new XElement(Svg + "rect",
            new XAttribute("x", Number(x)), new XAttribute("y", Number(y)),
            new XAttribute("width", Number(width)), new XAttribute("height", Number(height)),
            new XAttribute("fill", fill));
        if (stroke is not null)
        {
            rect.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", 1));
        }

        if (radius > 0)
        {
            rect.Add(new XAttribute("rx", Number(radius)));
        }

        return rect;
    }

    private static XElement Text(double x, double y, string text, double size, string colour, bool bold = false, string anchor = "start")
    {
        var element = new XElement(Svg + "text",
            new XAttribute("x", Number(x)), new XAttribute("y", Number(y)),
            new XAttribute("font-size", Number(size)), new XAttribute("fill", colour), text);
        if (bold)
        {
            element.Add(new XAttribute("font-weight", "bold"));
        }

        if (anchor != "start")
        {
            element.Add(new XAttribute("text-anchor", anchor));
        }

        return element;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
