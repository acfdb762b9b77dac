namespace ContractTesting.Generation;

/// <summary>How a <see cref="UuidGenerator"/> writes a UUID.</summary>
public enum UuidFormat
{
    /// <summary>32 lower-case hex digits, no hyphens (<c>simple</c>).</summary>
    Simple,

    /// <summary>Lower-case with hyphens, the default (<c>lower-case-hyphenated</c>).</summary>
    LowerCaseHyphenated,

    /// <summary>Upper-case with hyphens (<c>upper-case-hyphenated</c>).</summary>
    UpperCaseHyphenated,

    /// <summary>A URN, <c>urn:uuid:…</c> (<c>URN</c>).</summary>
    Urn,
}
