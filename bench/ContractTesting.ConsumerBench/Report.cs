using Newtonsoft.Json;

namespace ContractTesting.ConsumerBench;

/// <summary>Writes one measurement as one JSON line on standard output.</summary>
internal static class Report
{
    public static void Line(object measurement) => Console.WriteLine(JsonConvert.SerializeObject(measurement));
}
