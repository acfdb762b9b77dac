using ContractTesting.Broker;
using ContractTesting.BrokerBench;

// The broker measurements that bench/compare.ps1 runs (-Part Broker): seed a long history, then time the API over HTTP.
return args switch
{
    ["run", var database, var shape, var folder, .. var flags] when Provider(database) is { } provider && Shape(shape) is { } history
        && flags.All(f => f is "--reuse" or "--keep" or "--seed-only") =>
        await BrokerBenchRun.RunAsync(provider, history, folder, new RunFlags(flags.Contains("--reuse"), flags.Contains("--keep"), flags.Contains("--seed-only"))),
    _ => Usage(),
};

static BrokerDatabaseProvider? Provider(string name) => name switch
{
    "sqlite" => BrokerDatabaseProvider.Sqlite,
    "postgresql" => BrokerDatabaseProvider.PostgreSql,
    _ => null,
};

static HistoryShape? Shape(string name) => name switch
{
    "full" => HistoryShape.Full,
    "smoke" => HistoryShape.Smoke,
    _ => null,
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ContractTesting.BrokerBench run <sqlite|postgresql> <full|smoke> <work-dir> [--reuse] [--keep] [--seed-only]
          Seeds a history (full: 50 pacticipants, 100,000 versions, 200,000 verification results; smoke: 10, 2,000
          and 4,000) through the broker's stores into <work-dir>/broker_bench_<shape>.seeded.sqlite unless it is
          there, puts it into a new database (a copy of that file, or a database on the server CONTRACTTESTING_POSTGRES
          names), starts the broker on 127.0.0.1, measures pacts for verification, can-i-deploy and publishing over
          HTTP, and prints the figures as one JSON line.
          --reuse measures the database a --keep run left instead of seeding a new one; --keep leaves it;
          --seed-only seeds (or reuses) and keeps the database without measuring.
        """);
    return 2;
}
