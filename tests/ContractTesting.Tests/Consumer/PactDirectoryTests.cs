using ContractTesting.Consumer;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed class PactDirectoryTests
{
    [Fact]
    public void Locate_TestOutput_IsPactsBesideTheSolution()
    {
        var pacts = PactDirectory.Locate();

        Assert.Equal(Path.Combine(ConformanceFolder.RepositoryRoot, "pacts"), pacts);
    }

    [Fact]
    public void Locate_NestedInFolderWithSlnx_IsPactsBesideIt()
    {
        using var root = new TempPactFolder();
        File.WriteAllText(Path.Combine(root.Path, "Shop.slnx"), "<Solution />");
        var output = Directory.CreateDirectory(Path.Combine(root.Path, "tests", "Shop.Tests", "bin", "Debug")).FullName;

        var pacts = PactDirectory.Locate(output);

        Assert.Equal(Path.Combine(root.Path, "pacts"), pacts);
    }

    [Fact]
    public void Locate_GitRepositoryFolder_IsPactsAtItsRoot()
    {
        using var root = new TempPactFolder();
        Directory.CreateDirectory(Path.Combine(root.Path, ".git"));
        var output = Directory.CreateDirectory(Path.Combine(root.Path, "src", "bin")).FullName;

        var pacts = PactDirectory.Locate(output);

        Assert.Equal(Path.Combine(root.Path, "pacts"), pacts);
    }

    [Fact]
    public void Locate_GitWorktreeWhoseGitIsAFile_IsPactsAtItsRoot()
    {
        using var root = new TempPactFolder();
        File.WriteAllText(Path.Combine(root.Path, ".git"), "gitdir: /elsewhere/.git/worktrees/feature\n");
        var output = Directory.CreateDirectory(Path.Combine(root.Path, "src", "bin")).FullName;

        var pacts = PactDirectory.Locate(output);

        Assert.Equal(Path.Combine(root.Path, "pacts"), pacts);
    }

    [Fact]
    public async Task VerifyAsync_NoPactDirectoryOption_WritesUnderRepositoryPacts()
    {
        var provider = "Provider" + Guid.NewGuid().ToString("N");
        var path = Path.Combine(ConformanceFolder.RepositoryRoot, "pacts", $"{nameof(PactDirectoryTests)}-{provider}.json");
        using var contract = Contract.Between(nameof(PactDirectoryTests), provider);
        contract.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond();

        try
        {
            await contract.VerifyAsync(
                async context =>
                {
                    using var client = context.CreateHttpClient();
                    using var response = await client.GetAsync(new Uri("ping", UriKind.Relative), TestContext.Current.CancellationToken);
                },
                TestContext.Current.CancellationToken);
            await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);

            Assert.True(File.Exists(path), $"Expected the pact at '{path}'.");
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".lock");
        }
    }
}
