namespace Build.Hosting.Options;

/// <summary>"Did you mean …?": the known name closest to a misspelled one, when one is close enough.</summary>
public static class NearestName
{
    /// <summary>The closest of <paramref name="known"/>, or null when none is within a few edits.</summary>
    public static string? Find(string given, IEnumerable<string> known)
    {
        var best = known
            .Select(name => (Name: name, Distance: Distance(given.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, given.Length / 3) ? best.Name : null;
    }

    /// <summary><paramref name="format"/> with the nearest name, or nothing when there is none.</summary>
    public static string Suggest(string given, IEnumerable<string> known, string format) =>
        Find(given, known) is { } nearest ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, nearest) : string.Empty;

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one name to the other.</summary>
    public static int Distance(string from, string to)
    {
        var d = new int[from.Length + 1, to.Length + 1];
        for (var i = 0; i <= from.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= to.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= from.Length; i++)
        {
            for (var j = 1; j <= to.Length; j++)
            {
                var cost = from[i - 1] == to[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && from[i - 1] == to[j - 2] && from[i - 2] == to[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[from.Length, to.Length];
    }
}
