using ContractTesting.Sources;
using ContractTesting.TestSupport;
using ContractTesting.Xunit.Probe;
using ContractTesting.Xunit.Tests.Support;
using Xunit.Sdk;

namespace ContractTesting.Xunit.Tests;

public sealed class PactInteractionsAttributeTests
{
    [Fact]
    public async Task GetData_PactFile_YieldsOneRowPerInteractionNamedForPeople()
    {
        var rows = await ProbePact.RowsAsync();

        Assert.Equal(ProbePact.Names, rows.Select(r => r.DisplayName));
        Assert.Equal(ProbePact.Names, rows.Select(r => r.ToString()));
        Assert.Equal([0, 1, 2, 3, 4], rows.Select(r => r.Index));
        Assert.Equal(["Synchronous/HTTP", "Synchronous/HTTP", "Synchronous/HTTP", "Synchronous/HTTP", "Asynchronous/Messages"], rows.Select(r => r.Type));
        Assert.Equal([false, false, false, true, false], rows.Select(r => r.Pending));
        Assert.Equal(["b exists"], rows[2].ProviderStates);
        Assert.All(rows, r => Assert.Equal(Path.Combine(RepositoryLayout.Root, ProbeProvider.PactFile), r.PactFile));
    }

    [Fact]
    public async Task GetData_Rows_CarryConsumerAndProviderTraits()
    {
        var attribute = new PactInteractionsAttribute(ProbeProvider.Name, ProbeProvider.PactFile);

        var rows = await attribute.GetData(typeof(PactInteractionsAttributeTests).GetMethod(nameof(GetData_Rows_CarryConsumerAndProviderTraits))!, new DisposalTracker());

        Assert.All(rows, r => Assert.Equal(["Web"], r.Traits!["Consumer"]));
        Assert.All(rows, r => Assert.Equal(["Api"], r.Traits!["Provider"]));
        Assert.True(attribute.SupportsDiscoveryEnumeration());
    }

    [Fact]
    public async Task GetData_Rows_RoundTripThroughXunitSerialisation()
    {
        var rows = await ProbePact.RowsAsync();

        var copies = rows.Select(r => SerializationHelper.Instance.Deserialize<PactInteraction>(SerializationHelper.Instance.Serialize(r))!).ToList();

        Assert.All(rows, r => Assert.True(SerializationHelper.Instance.IsSerializable(r)));
        Assert.Equal(rows.Select(Fields), copies.Select(Fields));
    }

    [Fact]
    public async Task LoadAsync_Folder_TakesOnlyTheProvidersPactsOfTheChosenConsumers()
    {
        using var folder = new TempFolder();
        folder.WritePact("Web", "Api", "w1", "w2");
        folder.WritePact("Mobile", "Api", "m1");
        folder.WritePact("Web", "Other", "o1");

        var all = await PactInteractions.LoadAsync("Api", [folder.Path], [], TestContext.Current.CancellationToken);
        var mobile = await PactInteractions.LoadAsync("Api", [folder.Path], ["Mobile"], TestContext.Current.CancellationToken);

        Assert.Equal(["Mobile → Api: m1", "Web → Api: w1", "Web → Api: w2"], all.Select(r => r.DisplayName));
        Assert.Equal(["Mobile → Api: m1"], mobile.Select(r => r.DisplayName));
    }

    [Fact]
    public async Task LoadAsync_MissingFile_ThrowsNamingIt()
    {
        var thrown = await Assert.ThrowsAsync<PactSourceException>(() =>
            PactInteractions.LoadAsync("Api", ["pacts/Nobody-Api.json"], [], TestContext.Current.CancellationToken));

        Assert.Contains("Nobody-Api.json' does not exist", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileForAnotherProvider_ThrowsNamingBoth()
    {
        var thrown = await Assert.ThrowsAsync<PactSourceException>(() =>
            PactInteractions.LoadAsync("Other", [ProbeProvider.PactFile], [], TestContext.Current.CancellationToken));

        Assert.Contains("it is not a pact for provider 'Other'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RelativePath_IsTakenFromTheRepositoryRoot()
    {
        var resolved = PactInteractions.Resolve("pacts/A-B.json");

        Assert.Equal(Path.Combine(RepositoryLayout.Root, "pacts", "A-B.json"), resolved);
    }

    private static (string, int, string, string, string, string, string, bool, string) Fields(PactInteraction r) =>
        (r.PactFile, r.Index, r.Consumer, r.Provider, r.Description, string.Join("|", r.ProviderStates), r.Type, r.Pending, r.DisplayName);
}
