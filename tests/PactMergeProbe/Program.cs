using System.Globalization;
using ContractTesting;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;

// A child process for ContractTesting.Tests. Interactions are named "<prefix> <n>", between OrderService and UserService.
//   PactMergeProbe merge <pact file> <prefix> <count> <Merge|FreshRun>
//     merges <count> interactions with PactFile.MergeAsync, one call each.
//   PactMergeProbe consumer <pact file> <prefix> <count> <Merge|FreshRun> [conflict]
//     runs <count> consumer tests and exits without writing: the pact file is written as the process exits. With
//     "conflict", it then writes the file itself as another process could, with "<prefix> 0" changed, so writing fails.
const string Usage = "Usage: PactMergeProbe <merge|consumer> <pact file> <prefix> <count> <Merge|FreshRun> [conflict]";
if (args.Length is < 5 or > 6 || !int.TryParse(args[3], CultureInfo.InvariantCulture, out var count) || !Enum.TryParse<PactFileMode>(args[4], out var mode))
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var (command, file, prefix) = (args[0], args[1], args[2]);
switch (command)
{
    case "merge":
        for (var n = 0; n < count; n++)
        {
            await PactFile.MergeAsync(PactOf(Interaction(prefix, n, $"/{prefix}/{n}")), file, mode);
        }

        return 0;

    case "consumer":
        var options = new ContractOptions
        {
            PactDirectory = Path.GetDirectoryName(Path.GetFullPath(file)),
            FileMode = mode,
            MockServer = new MockServerOptions { UseKestrel = false },
        };
        for (var n = 0; n < count; n++)
        {
            using var contract = Contract.Between("OrderService", "UserService", options);
            contract.UponReceiving($"{prefix} {n}").WithRequest(HttpMethod.Get, $"/{prefix}/{n}").WillRespond();
            await contract.VerifyAsync(async context =>
            {
                using var client = context.CreateHttpClient();
                using var response = await client.GetAsync(new Uri($"{prefix}/{n}", UriKind.Relative));
            });
        }

        if (args is [.., "conflict"])
        {
            PactFile.Write(PactOf(Interaction(prefix, 0, "/changed-by-another-process")), file);
        }

        return 0;

    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

static HttpInteraction Interaction(string prefix, int n, string path) =>
    new() { Description = $"{prefix} {n}", Request = new HttpRequest { Path = path } };

static Pact PactOf(Interaction interaction) =>
    new() { Consumer = new("OrderService"), Provider = new("UserService"), Interactions = [interaction] };
