using System.Text;

namespace ContractTesting.Broker.Pacticipants;

/// <summary>
/// The display name the broker shows for a pacticipant that has none: its name split into words at separators and
/// at lower-to-upper case changes, each word capitalised (<c>order-service</c> and <c>OrderService</c> become <c>Order Service</c>).
/// </summary>
internal static class DisplayNames
{
    public static string Generate(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '-' or '_' or ' ' or '.')
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && word.Length > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                Flush();
            }

            word.Append(c);
        }

        Flush();
        return words.Count == 0 ? name : string.Join(' ', words);

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(char.ToUpperInvariant(word[0]) + word.ToString(1, word.Length - 1));
                word.Clear();
            }
        }
    }
}
