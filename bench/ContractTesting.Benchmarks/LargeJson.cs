using System.Globalization;
using System.Text;

namespace ContractTesting.Benchmarks;

/// <summary>Builds JSON test documents of a given size.</summary>
internal static class LargeJson
{
    /// <summary>A JSON array of order-like objects, at least one, grown until it reaches the target size.</summary>
    public static string ArrayOfObjects(int targetBytes)
    {
        var json = new StringBuilder("[");
        var i = 0;
        do
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(CultureInfo.InvariantCulture,
                $"{{\"id\":{i},\"name\":\"customer {i}\",\"email\":\"user{i}@example.com\",\"active\":{(i % 2 == 0 ? "true" : "false")},\"total\":{i * 1.25m + 0.01m},\"tags\":[\"a\",\"b\"],\"address\":{{\"street\":\"{i} Main St\",\"city\":\"Springfield\"}}}}");
            i++;
        }
        while (json.Length < targetBytes);

        return json.Append(']').ToString();
    }
}
