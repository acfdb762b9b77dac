using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Sources;

public sealed class PactSourceTests : IDisposable
{
    private readonly TempPactFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task File_PactForTheProvider_IsLoadedWithItsPath()
    {
        var path = Write("Shop", "Users");

        var pacts = await PactSource.File(path).LoadAsync("Users", TestContext.Current.CancellationToken);

        var pact = Assert.Single(pacts);
        Assert.Equal(path, pact.Origin);
        Assert.Equal("Shop", pact.Pact.Consumer.Name);
        Assert.Null(pact.ResultsPublisher);
    }

    [Fact]
    public async Task File_PactForAnotherProvider_IsRefused()
    {
        var path = Write("Shop", "Orders");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.File(path).LoadAsync("Users", TestContext.Current.CancellationToken));

        Assert.Equal($"Pact file '{path}' is between Shop and Orders: it is not a pact for provider 'Users'.", error.Message);
    }

    [Fact]
    public async Task File_Missing_IsRefusedNamingIt()
    {
        var path = Path.Combine(_folder.Path, "nope.json");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.File(path).LoadAsync("Users", TestContext.Current.CancellationToken));

        Assert.Equal($"Pact file '{path}' does not exist.", error.Message);
    }

    [Fact]
    public async Task File_Malformed_IsRefusedWithTheJsonPath()
    {
        var path = Path.Combine(_folder.Path, "bad.json");
        await File.WriteAllTextAsync(path, """{"consumer": {"name": "Shop"}, "provider": {"name": 1}}""", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.File(path).LoadAsync("Users", TestContext.Current.CancellationToken));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.provider.name", error.Message, StringComparison.Ordinal);
        Assert.IsType<PactFormatException>(error.InnerException);
    }

    [Fact]
    public async Task Folder_TakesTheProvidersPactsOfTheGivenConsumers()
    {
        Write("Shop", "Users");
        Write("Billing", "Users");
        Write("Shop", "Orders");

        var all = await PactSource.Folder(_folder.Path).LoadAsync("Users", TestContext.Current.CancellationToken);
        var billing = await PactSource.Folder(_folder.Path, "Billing").LoadAsync("Users", TestContext.Current.CancellationToken);

        Assert.Equal(["Billing", "Shop"], all.Select(p => p.Pact.Consumer.Name));
        Assert.Equal(["Billing"], billing.Select(p => p.Pact.Consumer.Name));
    }

    [Fact]
    public async Task Folder_Missing_IsRefusedNamingIt()
    {
        var path = Path.Combine(_folder.Path, "none");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.Folder(path).LoadAsync("Users", TestContext.Current.CancellationToken));

        Assert.Equal($"Pact folder '{path}' does not exist.", error.Message);
    }

    [Fact]
    public void File_NoPath_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => PactSource.File());
    }

    private string Write(string consumer, string provider)
    {
        var path = Path.Combine(_folder.Path, $"{consumer}-{provider}.json");
        PactFile.Write(new Pact { Consumer = new(consumer), Provider = new(provider), Interactions = [SamplePacts.Get("a request", "/")] }, path);
        return path;
    }
}
