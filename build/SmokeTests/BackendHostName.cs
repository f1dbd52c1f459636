using System.Net;
using System.Text.RegularExpressions;

namespace Build.SmokeTests;

/// <summary>
/// Finds which pod answered, from the page it returned. The baseline's workload (the .NET sample
/// <c>aspnetapp</c>) shows a table row <c>&lt;td&gt;Host name&lt;/td&gt;&lt;td&gt;aspnetapp-5d9f-x2k4q&lt;/td&gt;</c>;
/// in a pod the host name is the pod name. Accepted, in this order:
/// <list type="number">
/// <item>a cell or label reading "Host name", "Hostname" or "Host-name" (any case, optional colon) followed by the next cell's text;</item>
/// <item>a JSON field <c>"hostName"</c> / <c>"hostname"</c> / <c>"host_name"</c>;</item>
/// <item>a text line <c>Host name: value</c>.</item>
/// </list>
/// The value must look like a DNS label or name (letters, digits, '-', '.'), so a layout change cannot make
/// every page look like the same "pod".
/// </summary>
public static partial class BackendHostName
{
    public static string? Find(string page)
    {
        foreach (var pattern in new[] { HtmlCell(), JsonField(), TextLine() })
        {
            var match = pattern.Match(page);
            if (match.Success)
            {
                var value = WebUtility.HtmlDecode(match.Groups["name"].Value).Trim();
                if (HostNameShape().IsMatch(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@">\s*host\s*-?\s*name\s*:?\s*</(?:td|th|dt|span|div|label|strong|b)>\s*<(?:td|dd|span|div|code|strong|b)(?:\s[^>]*)?>\s*(?<name>[^<]+?)\s*<", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();

    [GeneratedRegex("\"host_?name\"\\s*:\\s*\"(?<name>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex JsonField();

    [GeneratedRegex(@"^\s*host\s*-?\s*name\s*[:=]\s*(?<name>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex TextLine();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")]
    private static partial Regex HostNameShape();
}
