using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using Newtonsoft.Json;

namespace ContractTesting;

/// <summary>Options for a consumer contract (see <see cref="Contract.Between"/>).</summary>
public sealed record ContractOptions
{
    /// <summary>The specification version of the pact file: V2, V3 or V4. Defaults to V4.</summary>
    public PactSpecification Specification { get; init; } = PactSpecification.V4;

    /// <summary>
    /// The folder pact files are written to. Defaults to <c>pacts/</c> in the nearest folder above the test's output that
    /// holds a solution file or a git repository.
    /// </summary>
    public string? PactDirectory { get; init; }

    /// <summary>Whether to merge with what the pact file holds or start it fresh once per test run. Defaults to <see cref="PactFileMode.Merge"/>.</summary>
    public PactFileMode FileMode { get; init; } = PactFileMode.Merge;

    /// <summary>How the mock server listens. Defaults to Kestrel on 127.0.0.1 with a free port, plain HTTP.</summary>
    public MockServerOptions MockServer { get; init; } = new();

    /// <summary>
    /// The JSON settings for bodies and provider-state parameters. Defaults to camelCase property names (dictionary keys
    /// unchanged) with nulls written; Newtonsoft and System.Text.Json property attributes are respected.
    /// </summary>
    public JsonSerializerSettings? JsonSettings { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The specification is V1 or V1.1 (consumer tests need V2 or later), or the mock server options are invalid.</exception>
    public void Validate()
    {
        if (Specification < PactSpecification.V2)
        {
            throw new ArgumentException($"Consumer tests write pacts of specification V2, V3 or V4, not {Specification}.", nameof(Specification));
        }

        MockServer.Validate();
    }
}
