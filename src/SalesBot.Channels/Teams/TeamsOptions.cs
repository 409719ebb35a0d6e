using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Teams;

/// <summary>
/// The Azure bot's identity and the Bot Framework endpoints (section "Teams"). Teams is on with an
/// <see cref="AppId"/> (real tenant, every activity authenticated) or with <see cref="Emulator"/> (local tries:
/// no tokens either way, loopback callers only); with neither, <c>/api/messages</c> does not exist.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    public string AppId { get; set; } = "";
    public string AppPassword { get; set; } = "";
    /// <summary>The Entra tenant of the single-tenant app registration (outbound tokens, new conversations).</summary>
    public string TenantId { get; set; } = "";
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;
    /// <summary>Empty: https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token.</summary>
    public string TokenEndpoint { get; set; } = "";
    /// <summary>
    /// Accepts unauthenticated activities from this machine, for Microsoft's emulator. Only ever on when asked
    /// for: an empty AppId (every Telegram-only install) used to mean this, and a reverse proxy made it public.
    /// </summary>
    public bool Emulator { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId);

    public bool IsEmulatorMode => Emulator && !IsConfigured;

    /// <summary>Whether the Teams endpoint exists at all.</summary>
    public bool IsEnabled => IsConfigured || Emulator;

    public string ResolvedTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/oauth2/v2.0/token"
        : TokenEndpoint;

    /// <summary>Credentials and metadata go over HTTPS only; plain HTTP is allowed to loopback (tests, local fakes).</summary>
    internal static bool IsSecureOrLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>Fails the host at start with a message that names the key, instead of failing the first message.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var errors = new List<string>();
        if (!TeamsOptions.IsSecureOrLoopback(options.OpenIdMetadataUrl))
        {
            errors.Add("Teams:OpenIdMetadataUrl must be an https URL (http only to loopback)");
        }

        if (options.Emulator && options.IsConfigured)
        {
            errors.Add("Teams:Emulator=true accepts unauthenticated activities; it cannot be combined with Teams:AppId (remove one)");
        }

        if (options.IsConfigured)
        {
            if (!Guid.TryParse(options.AppId, out _))
            {
                errors.Add("Teams:AppId must be the Azure bot's Microsoft App ID (a GUID)");
            }

            if (string.IsNullOrWhiteSpace(options.AppPassword))
            {
                errors.Add("Teams:AppPassword (the app registration's client secret) is required when Teams:AppId is set");
            }

            if (string.IsNullOrWhiteSpace(options.TenantId) && string.IsNullOrWhiteSpace(options.TokenEndpoint))
            {
                errors.Add("Teams:TenantId (the single-tenant app's Entra tenant id) is required when Teams:AppId is set");
            }

            if (!TeamsOptions.IsSecureOrLoopback(options.ResolvedTokenEndpoint))
            {
                errors.Add("Teams:TokenEndpoint must be an https URL (http only to loopback)");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
