using ContractTesting.Models;
using ContractTesting.PactFiles;

// Usage: PactMergeProbe <pact file> <description prefix> <count> <Merge|FreshRun>
// Merges <count> interactions, one MergeAsync call each, named "<prefix> <n>", between OrderService and UserService.
if (args.Length != 4 || !int.TryParse(args[2], out var count) || !Enum.TryParse<PactFileMode>(args[3], out var mode))
{
    await Console.Error.WriteLineAsync("Usage: PactMergeProbe <pact file> <description prefix> <count> <Merge|FreshRun>");
    return 2;
}

for (var n = 0; n < count; n++)
{
    var interaction = new HttpInteraction
    {
        Description = $"{args[1]} {n}",
        Request = new HttpRequest { Path = $"/{args[1]}/{n}" },
    };
    var pact = new Pact { Consumer = new("OrderService"), Provider = new("UserService"), Interactions = [interaction] };
    await PactFile.MergeAsync(pact, args[0], mode);
}

return 0;
