namespace ContractTesting.Broker.Matrix;

/// <summary>Where a resolved selector came from: asked for, added for an integrated pacticipant, or an ignore entry.</summary>
internal enum SelectorRole
{
    Specified,
    Inferred,
    Ignore,
}
