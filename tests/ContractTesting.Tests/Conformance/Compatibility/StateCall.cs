using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>One call to the state-change callback.</summary>
internal sealed record StateCall(long Tick, string State, JObject Parameters, string Action)
{
    public bool IsSetup => Action == "setup";
}
