using System.Net.Mail;

namespace UserService.Users;

/// <summary>What counts as an email address: a bare <c>local@domain</c>, without a display name or angle brackets.</summary>
internal static class EmailAddress
{
    public static bool IsValid(string email) =>
        MailAddress.TryCreate(email, out MailAddress? address) && string.Equals(address.Address, email, StringComparison.Ordinal);
}
