namespace ContractTesting.Temporal;

/// <summary>Where a field element is matching and what to call with each possible end position.</summary>
internal readonly record struct MatchCursor(string Input, int Position, ParsedValues Values, Func<int, bool> Next);
