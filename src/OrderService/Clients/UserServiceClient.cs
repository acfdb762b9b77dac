using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrderService.Clients;

/// <summary>
/// OrderService's view of UserService. Works on any <see cref="HttpClient"/> whose
/// <see cref="HttpClient.BaseAddress"/> is UserService's root (paths are relative to it).
/// </summary>
/// <remarks>
/// A 5xx, a connection failure or a time-out raises <see cref="UserServiceUnavailableException"/>; any other answer
/// the method does not expect raises <see cref="UserServiceException"/>. Cancelling the token cancels as usual.
/// </remarks>
public sealed class UserServiceClient(HttpClient httpClient)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    /// <summary>Reads one user; null when UserService answers 404.</summary>
    public async Task<UserDto?> GetUserAsync(int id, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/users/{id}");
        using HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await ReadAsync<UserDto>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a notification to a user and returns it as created. A 404 (no such user) is a <see cref="UserServiceException"/>.</summary>
    public async Task<NotificationDto> CreateNotificationAsync(int userId, NotificationRequest notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);

        // Buffered text rather than JsonContent, so the request has a Content-Length instead of a chunked body.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/users/{userId}/notifications")
        {
            Content = new StringContent(JsonSerializer.Serialize(notification, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        using HttpResponseMessage response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<NotificationDto>(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(Json);
        try
        {
            return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new UserServiceUnavailableException($"UserService could not be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UserServiceUnavailableException("UserService did not answer in time.", exception);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        HttpStatusCode status = response.StatusCode;
        if ((int)status >= 500)
        {
            throw new UserServiceUnavailableException($"UserService answered {(int)status} {response.ReasonPhrase}.", status);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new UserServiceException($"UserService answered {(int)status} {response.ReasonPhrase}, which was not expected here.", status);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false)
                ?? throw new UserServiceException($"UserService answered {(int)status} with a null body.", status);
        }
        catch (JsonException exception)
        {
            throw new UserServiceException($"UserService answered {(int)status} with a body that is not a {typeof(T).Name}: {exception.Message}", exception);
        }
    }
}
