using ContractTesting.Broker;

// dotnet run --project src/ContractTesting.Broker -- --urls http://127.0.0.1:9292
// Without configuration the data is kept in an SQLite file in the working directory; see README.md for PostgreSQL.
await BrokerApp.Build(args).RunAsync();
