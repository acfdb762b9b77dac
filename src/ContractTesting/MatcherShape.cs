namespace ContractTesting;

/// <summary>How a matcher's example becomes the value in the pact, and where its inner matchers apply.</summary>
internal enum MatcherShape
{
    /// <summary>The example is the value; inner matchers apply below the matcher's path.</summary>
    Value,

    /// <summary>The example is one item of a list (min/max type); inner matchers apply to every item (<c>[*]</c>).</summary>
    EachItem,

    /// <summary>The example is a map whose keys are free (values, eachValue); inner matchers apply to every value (<c>*</c>).</summary>
    EachEntry,

    /// <summary>The value is a list of variants, each with its own rules (arrayContains).</summary>
    ArrayContains,
}
