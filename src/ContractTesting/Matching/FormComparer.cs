using System.Text;
using ContractTesting.Models;

namespace ContractTesting.Matching;

/// <summary>Compares <c>application/x-www-form-urlencoded</c> bodies field by field, like query parameters; rules use <c>$.field</c>.</summary>
internal static class FormComparer
{
    public static void Compare(byte[] expected, byte[] actual, MatchingContext context, List<Mismatch> into) =>
        ParameterComparer.Compare(Fields(expected), Fields(actual), context, into, "form post parameter", name => $"$.{name}");

    private static List<KeyValuePair<string, IReadOnlyList<string>>> Fields(byte[] body) =>
        [.. QueryCollection.Parse(Encoding.UTF8.GetString(body))
            .Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, [.. p.Value.Select(v => v ?? string.Empty)]))];
}
