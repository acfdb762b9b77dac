namespace ContractTesting.Verification.Reports;

/// <summary>Names made unique in order of appearance: the second "x" becomes "x [2]", so reports never merge two results.</summary>
internal static class UniqueNames
{
    public static List<string> Of(IEnumerable<string> names)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<string>();
        foreach (var name in names)
        {
            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{name} [{n}]";
            }

            unique.Add(candidate);
        }

        return unique;
    }
}
