namespace ContractTesting.Generation;

/// <summary>The type a <see cref="ProviderStateGenerator"/> converts its value to (<c>dataType</c> in a pact file).</summary>
public enum ProviderStateDataType
{
    /// <summary>Keep the value as the provider state gave it (<c>RAW</c>).</summary>
    Raw,

    /// <summary>A string (<c>STRING</c>).</summary>
    Text,

    /// <summary>An integer (<c>INTEGER</c>).</summary>
    WholeNumber,

    /// <summary>A decimal number (<c>DECIMAL</c>).</summary>
    DecimalNumber,

    /// <summary>A floating-point number (<c>FLOAT</c>).</summary>
    FloatingPoint,

    /// <summary>A boolean (<c>BOOLEAN</c>).</summary>
    TrueOrFalse,
}
