using System.Globalization;
using ContractTesting.VerifierBench;

// The provider-verification measurements that bench/compare.ps1 runs beside the reference `pact verifier`.
return args switch
{
    ["verify", var count, var folder] => await VerificationBench.RunAsync(Number(count), folder, null, TimeSpan.Zero),
    ["verify", var count, var folder, var reference, var limit] =>
        await VerificationBench.RunAsync(Number(count), folder, reference, TimeSpan.FromSeconds(Number(limit))),
    _ => Usage(),
};

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ContractTesting.VerifierBench verify <interactions> <work-dir> [<pact-binary> <limit-seconds>]
          Writes a pact of <interactions> interactions in <work-dir>, starts the provider, verifies it with our
          verifier (over HTTP, in memory) and, given the reference pact binary, with `pact verifier` (stopped after
          <limit-seconds>), and prints the times as one JSON line.
        """);
    return 2;
}
