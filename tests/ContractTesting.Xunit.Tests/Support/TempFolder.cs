using ContractTesting.Models;
using ContractTesting.PactFiles;

namespace ContractTesting.Xunit.Tests.Support;

/// <summary>A fresh folder under the temp directory, deleted with everything in it on disposal.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("contracttesting-xunit-").FullName;

    /// <summary>Writes a pact between the two with interactions <c>GET /0</c>, <c>GET /1</c>, … named by the descriptions.</summary>
    public string WritePact(string consumer, string provider, params string[] descriptions)
    {
        var file = System.IO.Path.Combine(Path, $"{consumer}-{provider}.json");
        PactFile.Write(new Pact
        {
            Consumer = new(consumer),
            Provider = new(provider),
            Interactions = [.. descriptions.Select((d, i) => new HttpInteraction
            {
                Description = d,
                Request = new HttpRequest { Method = "GET", Path = $"/{i}" },
                Response = new HttpResponse { Status = 200 },
            })],
        }, file);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
