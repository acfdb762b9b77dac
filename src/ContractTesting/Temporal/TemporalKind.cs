namespace ContractTesting.Temporal;

/// <summary>Which part of a date/time value an expression or generator produces.</summary>
internal enum TemporalKind
{
    Date,
    Time,
    DateTime,
}
