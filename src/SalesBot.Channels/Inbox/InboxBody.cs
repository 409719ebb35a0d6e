using Microsoft.AspNetCore.Http;

namespace SalesBot.Channels.Inbox;

/// <summary>How every webhook reads its body, with the one size limit: what the inbox's Payload column keeps.</summary>
public static class InboxBody
{
    /// <summary>The Inbox.Payload column's size (characters; a body of at most this many bytes always fits). Real updates are a few kilobytes.</summary>
    public const int MaxBytes = 100_000;

    /// <returns>The body, or null when it is larger than <see cref="MaxBytes"/> (answer 413).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
