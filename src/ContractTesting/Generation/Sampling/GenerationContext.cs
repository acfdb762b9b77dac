using System.Text;

namespace ContractTesting.Generation.Sampling;

/// <summary>State of one generation attempt: the output so far and what each group captured.</summary>
internal sealed class GenerationContext(Random random)
{
    private readonly StringBuilder _output = new();
    private readonly Dictionary<int, string> _captures = [];

    public Random Random { get; } = random;

    public int Length => _output.Length;

    /// <summary>
    /// Set when this attempt took a path .NET could never match, such as a backreference to a group
    /// that did not take part; the sampler then starts over instead of returning a wrong string.
    /// </summary>
    public bool IsDeadEnd { get; private set; }

    public void Append(char value) => _output.Append(value);

    public void Append(string value) => _output.Append(value);

    public void MarkDeadEnd() => IsDeadEnd = true;

    public void Capture(int group, int start) => _captures[group] = _output.ToString(start, _output.Length - start);

    public bool TryGetCapture(int group, out string value) => _captures.TryGetValue(group, out value!);

    public override string ToString() => _output.ToString();
}
