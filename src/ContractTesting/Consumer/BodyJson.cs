using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ContractTesting.Consumer;

/// <summary>The JSON settings bodies are serialised with, unless a contract brings its own.</summary>
internal static class BodyJson
{
    // One resolver for every contract: it caches what it learns about each type, and building that again for every
    // test would cost more than the rest of defining an interaction.
    private static readonly BodyContractResolver Resolver = new();

    /// <summary>camelCase property names (dictionary keys kept as they are), nulls written, dates in ISO 8601.</summary>
    public static JsonSerializerSettings DefaultSettings() => new()
    {
        ContractResolver = Resolver,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    /// <summary>
    /// camelCase names, and System.Text.Json's <c>[JsonPropertyName]</c> and <c>[JsonIgnore]</c> respected as well as
    /// Newtonsoft's own attributes, so DTOs written for ASP.NET Core serialise the way the service does.
    /// </summary>
    private sealed class BodyContractResolver : DefaultContractResolver
    {
        public BodyContractResolver()
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false };
        }

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is { } name)
            {
                property.PropertyName = name.Name;
            }

            if (member.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always })
            {
                property.Ignored = true;
            }

            return property;
        }
    }
}
