namespace ContractTesting.Generation.Sampling;

/// <summary>
/// The capture groups of a pattern and the numbers .NET gives them: unnamed groups count from 1 in
/// order, explicitly numbered groups keep their number, and named groups take the next free numbers
/// afterwards in order of first appearance.
/// </summary>
internal sealed class GroupCatalog
{
    private readonly HashSet<int> _numbers;
    private readonly Dictionary<string, int> _names;

    public GroupCatalog(int unnamedCount, IEnumerable<int> explicitNumbers, IEnumerable<string> names)
    {
        _numbers = [.. Enumerable.Range(1, unnamedCount), .. explicitNumbers];
        _names = new Dictionary<string, int>(StringComparer.Ordinal);

        var next = unnamedCount + 1;
        foreach (var name in names)
        {
            if (_names.ContainsKey(name))
            {
                continue;
            }

            while (_numbers.Contains(next))
            {
                next++;
            }

            _names[name] = next;
            _numbers.Add(next);
            next++;
        }
    }

    public bool HasNumber(int number) => _numbers.Contains(number);

    public bool TryGetNumber(string name, out int number) => _names.TryGetValue(name, out number);
}
