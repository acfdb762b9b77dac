using ContractTesting.ConsumerBench;

// The consumer-side measurements that bench/compare.ps1 runs beside the reference implementation.
// Each command prints one JSON line (serve prints its URL, then waits for its standard input to close).
return args switch
{
    ["suite", var count, var directory] => await ConsumerSuite.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), directory, portless: false),
    ["suite", var count, var directory, "port-less"] => await ConsumerSuite.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), directory, portless: true),
    ["start", var count] => await MockServerStart.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["pact", var count, var file] => BenchPact.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), file),
    ["serve", var file] => await MockServerHost.RunAsync(file),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ContractTesting.ConsumerBench suite <interactions> <pact-dir>   one consumer test per interaction
               ContractTesting.ConsumerBench suite <interactions> <pact-dir> port-less   the same with the in-memory mock server
               ContractTesting.ConsumerBench start <servers>                   mock server start time
               ContractTesting.ConsumerBench pact <interactions> <file>        write the pact the throughput runs serve
               ContractTesting.ConsumerBench serve <pact-file>                 serve a pact until standard input closes
        """);
    return 2;
}
