namespace SalesBot.Core.Features.Administration;

/// <summary>The outcome of an administrative command: the record, or one sentence saying what is wrong.</summary>
public sealed record AdminResult<T>(T? Value, string? Error) where T : class
{
    public bool Ok => Error is null;

    public static AdminResult<T> Success(T value) => new(value, null);

    public static AdminResult<T> Fail(string error) => new(null, error);
}
