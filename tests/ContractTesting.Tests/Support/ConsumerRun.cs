using ContractTesting.Consumer;

namespace ContractTesting.Tests.Support;

/// <summary>
/// Runs a consumer test end to end in a fresh temp pact folder: defines interactions, verifies them against the mock
/// server with the given test, and reads back the pact file it wrote.
/// </summary>
internal static class ConsumerRun
{
    public const string ConsumerName = "OrderService";

    public const string ProviderName = "UserService";

    /// <summary>Defines interactions, runs <paramref name="test"/> with a client of the mock server, and returns the written pact.</summary>
    public static async Task<WrittenPact> WriteAsync(Action<IContractBuilder> define, Func<HttpClient, Task> test, ContractOptions? options = null)
    {
        using var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerName, ProviderName, folder.Options(options)))
        {
            define(contract);
            await contract.VerifyAsync(
                async context =>
                {
                    using var client = context.CreateHttpClient();
                    await test(client);
                },
                TestContext.Current.CancellationToken);
        }

        return folder.Read();
    }

    /// <summary>
    /// One interaction, "a request" for <c>GET /resource</c>, whose response <paramref name="respond"/> describes; the
    /// test sends that request and hands the response to <paramref name="inspect"/>.
    /// </summary>
    public static Task<WrittenPact> RespondAsync(Action<IResponseBuilder> respond, Func<HttpResponseMessage, Task>? inspect = null, ContractOptions? options = null) =>
        WriteAsync(
            contract => respond(contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/resource").WillRespond()),
            async client =>
            {
                using var response = await client.GetAsync(new Uri("resource", UriKind.Relative), TestContext.Current.CancellationToken);
                if (inspect is not null)
                {
                    await inspect(response);
                }
            },
            options);

    /// <summary>One interaction, "a request", whose request <paramref name="request"/> describes; <paramref name="send"/> sends it.</summary>
    public static Task<WrittenPact> RequestAsync(
        Func<IInteractionBuilder, IRequestBuilder> request, Func<HttpClient, Task<HttpResponseMessage>> send, ContractOptions? options = null) =>
        WriteAsync(
            contract => request(contract.UponReceiving("a request")).WillRespond(),
            async client =>
            {
                using var response = await send(client);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            },
            options);
}
