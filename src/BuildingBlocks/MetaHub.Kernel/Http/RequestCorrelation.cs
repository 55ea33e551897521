using Microsoft.AspNetCore.Http;

namespace MetaHub.Kernel.Http;

/// <summary>The correlation id of a request: set once by the host, quoted in problem details and audit entries.</summary>
public static class RequestCorrelation
{
    public const string HeaderName = "X-Correlation-Id";

    public static string? Get(HttpContext context) => context.Items[HeaderName] as string;

    public static void Set(HttpContext context, string correlationId) => context.Items[HeaderName] = correlationId;
}
